// Republishes a service's dead letters to the topics they came from, once their cause is fixed.
//   npm run dlq:replay -- --service pathway
//   npm run dlq:replay -- --service pathway --topic-prefix staging.   (an environment's topics, decision 0043)
// Safe to repeat: consumers that already applied an event skip it through their inbox.
import { parseArgs } from 'node:util';
import pino from 'pino';
import { SERVICE_NAMES, TOPIC_PREFIX_PATTERN, type ServiceName } from '@passerelle/shared/contracts';
import { createKafka, replayDeadLetters } from '@passerelle/shared/messaging';

const { values } = parseArgs({
  options: {
    service: { type: 'string' },
    brokers: { type: 'string', default: '127.0.0.1:19092' },
    'topic-prefix': { type: 'string', default: process.env['KAFKA_TOPIC_PREFIX'] ?? '' },
  },
});
const service = values.service as ServiceName | undefined;
const topicPrefix = values['topic-prefix'];
if (!service || !SERVICE_NAMES.includes(service) || !TOPIC_PREFIX_PATTERN.test(topicPrefix)) {
  console.error(
    `usage: npm run dlq:replay -- --service <${SERVICE_NAMES.join('|')}> [--brokers host:port] ` +
      `[--topic-prefix t3f9a01c2.] (the prefix: lowercase letters, digits and dashes ending with a dot; ` +
      `default KAFKA_TOPIC_PREFIX, else none)`,
  );
  process.exit(2);
}

const logger = pino({ level: 'warn' });
replayDeadLetters(createKafka('dead-letter-replay', values.brokers.split(','), logger), service, {
  topicPrefix,
}).then(
  (report) => {
    console.log(`replayed ${report.replayed} dead letters of ${service}`, report.byTopic);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`replay failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
