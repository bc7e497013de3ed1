// Sets how far ahead of the broker's clock a message timestamp may be, on every broker, as a
// dynamic config (no restart). Only the clock-shift run needs it: its test process stamps messages
// a year ahead, which the broker's default (one hour) refuses.
// Usage: node infra/kafka/broker-timestamps.mjs --accept-any | --reset
import kafkajs from 'kafkajs';

const { Kafka, ConfigResourceTypes, logLevel } = kafkajs;
const mode = process.argv[2];
if (mode !== '--accept-any' && mode !== '--reset') {
  console.error('usage: node infra/kafka/broker-timestamps.mjs --accept-any | --reset');
  process.exit(2);
}
const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:19092').split(',').map((b) => b.trim());
const admin = new Kafka({
  clientId: 'passerelle-broker-timestamps',
  brokers,
  logLevel: logLevel.WARN,
}).admin();
await admin.connect();
try {
  const { brokers: nodes } = await admin.describeCluster();
  const KEY = 'log.message.timestamp.after.max.ms';
  await admin.alterConfigs({
    validateOnly: false,
    resources: nodes.map((node) => ({
      type: ConfigResourceTypes.BROKER,
      name: String(node.nodeId),
      // An empty value removes the dynamic override: the broker's own default applies again.
      configEntries: mode === '--accept-any' ? [{ name: KEY, value: '9223372036854775807' }] : [],
    })),
  });
  console.log(`${KEY}: ${mode === '--accept-any' ? 'any timestamp accepted' : 'broker default restored'}`);
} finally {
  await admin.disconnect();
}
