// Republishes a service's dead letters to the topics they came from, once their cause is fixed.
//   npm run dlq:replay -- --service pathway
//   npm run dlq:replay -- --service pathway --topic-prefix staging.   (an environment's topics, decision 0043)
// Safe to repeat: consumers that already applied an event skip it through their inbox.
// Or gives up on one dead letter that no fix will make applicable (decision 0042): the service
// records it as never to apply, and the key it parked gets its held events applied.
//   npm run dlq:replay -- --service pathway --discard <eventId>
import { parseArgs } from 'node:util';
import pino from 'pino';
import { SERVICE_NAMES, TOPIC_PREFIX_PATTERN, type ServiceName } from '@passerelle/shared/contracts';
import { createKafka, discardDeadLetter, replayDeadLetters } from '@passerelle/shared/messaging';

const { values } = parseArgs({
  options: {
    service: { type: 'string' },
    brokers: { type: 'string', default: '127.0.0.1:19092' },
    'topic-prefix': { type: 'string', default: process.env['KAFKA_TOPIC_PREFIX'] ?? '' },
    discard: { type: 'string' },
  },
});
const service = values.service as ServiceName | undefined;
const topicPrefix = values['topic-prefix'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
if (
  !service ||
  !SERVICE_NAMES.includes(service) ||
  !TOPIC_PREFIX_PATTERN.test(topicPrefix) ||
  (values.discard !== undefined && !UUID.test(values.discard))
) {
  console.error(
    `usage: npm run dlq:replay -- --service <${SERVICE_NAMES.join('|')}> [--discard <eventId (a UUID)>] ` +
      `[--brokers host:port] [--topic-prefix t3f9a01c2.] (the prefix: lowercase letters, digits and ` +
      `dashes ending with a dot; default KAFKA_TOPIC_PREFIX, else none)`,
  );
  process.exit(2);
}

const logger = pino({ level: 'warn' });
const kafka = createKafka('dead-letter-replay', values.brokers.split(','), logger);
const eventId = values.discard;
const run: Promise<number> =
  eventId === undefined
    ? replayDeadLetters(kafka, service, { topicPrefix }).then((report) => {
        console.log(`replayed ${report.replayed} dead letters of ${service}`, report.byTopic);
        return 0;
      })
    : discardDeadLetter(kafka, service, eventId, { topicPrefix }).then(({ topics }) => {
        if (topics.length === 0) {
          console.error(`no dead letter of ${service} has the event id ${eventId}`);
          return 1;
        }
        console.log(
          `discarded dead letter ${eventId} of ${service}: sent back to ${topics.join(', ')} as discarded`,
        );
        return 0;
      });
run.then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`${eventId === undefined ? 'replay' : 'discard'} failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
