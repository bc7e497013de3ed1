import {
  NO_TOPIC_MINIMUMS,
  TopicSettingsError,
  requiresTopicCheck,
  topicViolations,
  type TopicMinimums,
  type TopicSettings,
  type TopicViolation,
} from './topic-settings';

const production: TopicMinimums = { replicationFactor: 3, minInsyncReplicas: 2 };
const topic = 'passerelle.intake.candidate';

describe('topicViolations', () => {
  it.each<[string, TopicSettings, TopicMinimums, TopicViolation[]]>([
    [
      'a replicated topic meets the production minimums',
      { topic, replicationFactor: 3, minInsyncReplicas: 2 },
      production,
      [],
    ],
    ['more than required is fine', { topic, replicationFactor: 5, minInsyncReplicas: 3 }, production, []],
    [
      'a single-broker topic is refused on both settings',
      { topic, replicationFactor: 1, minInsyncReplicas: 1 },
      production,
      [
        { topic, setting: 'replication.factor', actual: 1, required: 3 },
        { topic, setting: 'min.insync.replicas', actual: 1, required: 2 },
      ],
    ],
    [
      'three replicas but min.insync.replicas left at 1',
      { topic, replicationFactor: 3, minInsyncReplicas: 1 },
      production,
      [{ topic, setting: 'min.insync.replicas', actual: 1, required: 2 }],
    ],
    [
      'an unknown min.insync.replicas counts as the broker default 1',
      { topic, replicationFactor: 3 },
      production,
      [{ topic, setting: 'min.insync.replicas', actual: 1, required: 2 }],
    ],
    ['a missing topic', { topic }, production, [{ topic, setting: 'exists', required: true }]],
    [
      'the defaults accept a single broker',
      { topic, replicationFactor: 1, minInsyncReplicas: 1 },
      NO_TOPIC_MINIMUMS,
      [],
    ],
  ])('%s', (_name, settings, minimums, expected) => {
    expect(topicViolations([settings], minimums)).toEqual(expected);
  });

  it('lists every topic below the minimums, in order', () => {
    const violations = topicViolations(
      [
        { topic: 'a', replicationFactor: 2, minInsyncReplicas: 2 },
        { topic: 'b', replicationFactor: 3, minInsyncReplicas: 2 },
        { topic: 'c', replicationFactor: 3, minInsyncReplicas: 1 },
      ],
      production,
    );
    expect(violations.map((v) => `${v.topic} ${v.setting}`)).toEqual([
      'a replication.factor',
      'c min.insync.replicas',
    ]);
  });
});

describe('requiresTopicCheck', () => {
  it.each<[TopicMinimums, boolean]>([
    [NO_TOPIC_MINIMUMS, false],
    [production, true],
    [{ replicationFactor: 1, minInsyncReplicas: 2 }, true],
    [{ replicationFactor: 2, minInsyncReplicas: 1 }, true],
  ])('%j -> %p', (minimums, expected) => {
    expect(requiresTopicCheck(minimums)).toBe(expected);
  });
});

describe('TopicSettingsError', () => {
  it('names each topic, the setting, its value and the minimum', () => {
    const error = new TopicSettingsError([
      { topic, setting: 'replication.factor', actual: 1, required: 3 },
      { topic: 'passerelle.dlq.intake', setting: 'exists', required: true },
    ]);
    expect(error.message).toBe(
      'Kafka topics below the configured minimums (KAFKA_MIN_REPLICATION_FACTOR, KAFKA_MIN_INSYNC_REPLICAS):\n' +
        'passerelle.intake.candidate: replication.factor is 1, at least 3 required\n' +
        'passerelle.dlq.intake: missing (create it with infra/kafka/create-topics.mjs)',
    );
  });
});
