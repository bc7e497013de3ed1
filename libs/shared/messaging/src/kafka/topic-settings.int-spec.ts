import { randomUUID } from 'node:crypto';
import { testKafka } from '../test/messaging-test-kit';
import { TopicSettingsError, assertTopicSettings, readTopicSettings } from './topic-settings';

// Against the single broker of the scripts (replication factor 1): what a service started with the
// production minimums (3 and 2) would refuse, and what it accepts with the defaults.
const kafka = testKafka();
const admin = kafka.admin();
const topic = `test.topic-settings.${randomUUID()}`;
const missing = `test.topic-settings.missing.${randomUUID()}`;

beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [{ topic, numPartitions: 2, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }],
  });
});

afterAll(async () => {
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
});

it('reads the replica count and the effective min.insync.replicas of each topic', async () => {
  expect(await readTopicSettings(kafka, [topic, missing])).toEqual([
    { topic, replicationFactor: 1, minInsyncReplicas: 2 },
    { topic: missing },
  ]);
});

it('accepts a single broker with the default minimums', async () => {
  await expect(
    assertTopicSettings(kafka, [topic, missing], { replicationFactor: 1, minInsyncReplicas: 1 }),
  ).resolves.toBeUndefined();
});

it('refuses with the production minimums, naming each topic and setting', async () => {
  const refusal = assertTopicSettings(kafka, [topic, missing], {
    replicationFactor: 3,
    minInsyncReplicas: 2,
  });
  await expect(refusal).rejects.toThrow(TopicSettingsError);
  await expect(refusal).rejects.toMatchObject({
    violations: [
      { topic, setting: 'replication.factor', actual: 1, required: 3 },
      { topic: missing, setting: 'exists', required: true },
    ],
  });
});
