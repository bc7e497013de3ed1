// Creates the topics of infra/kafka/topics.json that are missing, and brings retention.ms /
// cleanup.policy of existing ones back to the file's values. Idempotent; prints what it did.
// On a cluster of three brokers or more (counted from the cluster itself), topics get replication
// factor 3 and min.insync.replicas=2 (docs/decisions/0041-three-broker-cluster.md); on a single
// broker, 1 and the broker's default, as before.
// Usage: node infra/kafka/create-topics.mjs   (brokers: KAFKA_BROKERS, default 127.0.0.1:19092)
// KAFKA_TOPIC_PREFIX (default none) creates another environment's topics on the same broker:
// `staging.passerelle.intake.candidate` (docs/decisions/0043-topic-prefix-per-run.md).
// kafkajs comes from the repo root's node_modules (Node resolves upwards from this folder).
import { readFileSync } from 'node:fs';
import kafkajs from 'kafkajs'; // CommonJS: not all its exports are visible as named ESM imports

const { Kafka, ConfigResourceTypes, logLevel } = kafkajs;

const prefix = process.env.KAFKA_TOPIC_PREFIX || '';
if (!/^([a-z0-9][a-z0-9-]*\.)?$/.test(prefix)) {
  console.error(
    `KAFKA_TOPIC_PREFIX "${prefix}": lowercase letters, digits and dashes ending with a dot, or empty`,
  );
  process.exit(2);
}
const topics = JSON.parse(readFileSync(new URL('./topics.json', import.meta.url), 'utf8')).map((t) => ({
  ...t,
  name: `${prefix}${t.name}`,
}));
const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:19092').split(',').map((b) => b.trim());
let replicated = false; // set once the cluster's broker count is known
const wanted = (t) => ({
  'retention.ms': String(t.retentionMs),
  'cleanup.policy': t.cleanupPolicy,
  ...(replicated ? { 'min.insync.replicas': '2' } : {}),
});

// Retries cover a broker that has just opened its port but is still loading metadata.
const kafka = new Kafka({
  clientId: 'passerelle-create-topics',
  brokers,
  logLevel: logLevel.WARN,
  retry: { retries: 10, initialRetryTime: 300 },
});
const admin = kafka.admin();

try {
  await admin.connect();
  const { brokers: nodes } = await admin.describeCluster();
  replicated = nodes.length >= 3;
  const replicationFactor = replicated ? 3 : 1;
  const existing = new Set(await admin.listTopics());

  const missing = topics.filter((t) => !existing.has(t.name));
  if (missing.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({
        topic: t.name,
        numPartitions: t.partitions,
        replicationFactor,
        configEntries: Object.entries(wanted(t)).map(([name, value]) => ({ name, value })),
      })),
    });
    for (const t of missing) console.log(`created ${t.name} (${t.partitions} partitions)`);
  }

  const present = topics.filter((t) => existing.has(t.name));
  if (present.length > 0) {
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: present.map((t) => ({
        type: ConfigResourceTypes.TOPIC,
        name: t.name,
        configNames: Object.keys(wanted(t)),
      })),
    });
    const { topics: meta } = await admin.fetchTopicMetadata({ topics: present.map((t) => t.name) });
    for (const t of present) {
      const actual = Object.fromEntries(
        resources
          .find((r) => r.resourceName === t.name)
          .configEntries.map((e) => [e.configName, e.configValue]),
      );
      const diff = Object.entries(wanted(t)).filter(([k, v]) => actual[k] !== v);
      if (diff.length > 0) {
        // AlterConfigs replaces the topic's whole set of overrides, so send all managed keys.
        await admin.alterConfigs({
          validateOnly: false,
          resources: [
            {
              type: ConfigResourceTypes.TOPIC,
              name: t.name,
              configEntries: Object.entries(wanted(t)).map(([name, value]) => ({ name, value })),
            },
          ],
        });
        console.log(`updated ${t.name}: ${diff.map(([k, v]) => `${k} ${actual[k]} -> ${v}`).join(', ')}`);
      }
      // Partitions are only reported: adding some would move keys to other partitions.
      const partitions = meta.find((m) => m.name === t.name)?.partitions ?? [];
      const count = partitions.length;
      // Nor is the replication factor changed (that is a partition reassignment, for ops).
      const replicas = Math.min(...partitions.map((p) => p.replicas.length));
      if (partitions.length > 0 && replicas < replicationFactor) {
        console.warn(
          `warning: ${t.name} has ${replicas} replica(s), ${replicationFactor} wanted (left as is)`,
        );
      }
      if (count !== t.partitions) {
        console.warn(
          `warning: ${t.name} has ${count} partitions, topics.json says ${t.partitions} (left as is)`,
        );
      }
    }
  }
  console.log(
    `topics: ${missing.length} created, ${present.length} already there (${brokers.join(',')}; ` +
      `${nodes.length} broker(s): replication factor ${replicationFactor}` +
      `${replicated ? ', min.insync.replicas 2' : ''})`,
  );
} catch (err) {
  console.error(`create-topics failed against ${brokers.join(',')}:`, err);
  process.exitCode = 1;
} finally {
  await admin.disconnect();
}
