// Republishes a service's dead letters to the topics they came from, once their cause is fixed.
//   npm run dlq:replay -- --service pathway
// Safe to repeat: consumers that already applied an event skip it through their inbox.
import { parseArgs } from 'node:util';
import pino from 'pino';
import { SERVICE_NAMES, type ServiceName } from '@passerelle/shared/contracts';
import { createKafka, replayDeadLetters } from '@passerelle/shared/messaging';

const { values } = parseArgs({
  options: { service: { type: 'string' }, brokers: { type: 'string', default: '127.0.0.1:19092' } },
});
const service = values.service as ServiceName | undefined;
if (!service || !SERVICE_NAMES.includes(service)) {
  console.error(`usage: npm run dlq:replay -- --service <${SERVICE_NAMES.join('|')}> [--brokers host:port]`);
  process.exit(2);
}

const logger = pino({ level: 'warn' });
replayDeadLetters(createKafka('dead-letter-replay', values.brokers.split(','), logger), service).then(
  (report) => {
    console.log(`replayed ${report.replayed} dead letters of ${service}`, report.byTopic);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`replay failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
