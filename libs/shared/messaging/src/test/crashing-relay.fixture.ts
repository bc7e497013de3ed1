// Runs an outbox relay that dies (SIGKILL, no clean-up) right after Kafka acknowledged a batch and
// before the rows are marked published: the crash the outbox must survive. Used by outbox.int-spec.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createKafka } from '../kafka/kafka-client';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity';
import { OutboxRelay } from '../outbox/outbox.relay';
import { kafkaAfterEachSend, silentLogger } from './messaging-test-kit';

async function main(): Promise<void> {
  const [databaseUrl, brokers, topicPrefix = ''] = process.argv.slice(2);
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, entities: [OutboxMessageEntity] });
  await dataSource.initialize();
  const relay = new OutboxRelay({
    dataSource,
    // Dies right after Kafka's acknowledgement, before the relay removes the rows.
    kafka: kafkaAfterEachSend(createKafka('crashing-relay', brokers!.split(','), silentLogger), () => {
      process.stdout.write('published\n');
      process.kill(process.pid, 'SIGKILL');
    }),
    logger: silentLogger,
    topicPrefix,
  });
  await relay.start();
}

void main();
