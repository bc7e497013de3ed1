import { ConfigResourceTypes, type Kafka } from 'kafkajs';

/** What a service requires of the topics it reads and writes (KAFKA_MIN_* configuration keys). */
export interface TopicMinimums {
  replicationFactor: number;
  minInsyncReplicas: number;
}

/** What the cluster says of one topic; `undefined` fields: the topic does not exist. */
export interface TopicSettings {
  topic: string;
  /** The smallest replica count over the topic's partitions. */
  replicationFactor?: number;
  /** The topic's effective min.insync.replicas (its override, else the broker's default). */
  minInsyncReplicas?: number;
}

export interface TopicViolation {
  topic: string;
  setting: 'exists' | 'replication.factor' | 'min.insync.replicas';
  actual?: number;
  required: number | boolean;
}

/** The defaults: any topic passes (a single broker in development and tests). */
export const NO_TOPIC_MINIMUMS: TopicMinimums = { replicationFactor: 1, minInsyncReplicas: 1 };

export function requiresTopicCheck(minimums: TopicMinimums): boolean {
  return minimums.replicationFactor > 1 || minimums.minInsyncReplicas > 1;
}

/** Every setting of every topic below the minimums, in the topics' order. Pure. */
export function topicViolations(topics: TopicSettings[], minimums: TopicMinimums): TopicViolation[] {
  const violations: TopicViolation[] = [];
  for (const t of topics) {
    if (t.replicationFactor === undefined) {
      violations.push({ topic: t.topic, setting: 'exists', required: true });
      continue;
    }
    if (t.replicationFactor < minimums.replicationFactor) {
      violations.push({
        topic: t.topic,
        setting: 'replication.factor',
        actual: t.replicationFactor,
        required: minimums.replicationFactor,
      });
    }
    if ((t.minInsyncReplicas ?? 1) < minimums.minInsyncReplicas) {
      violations.push({
        topic: t.topic,
        setting: 'min.insync.replicas',
        actual: t.minInsyncReplicas ?? 1,
        required: minimums.minInsyncReplicas,
      });
    }
  }
  return violations;
}

/** One line per violation, naming the topic and the setting: the message a refused start prints. */
export function describeTopicViolations(violations: TopicViolation[]): string {
  return violations
    .map((v) =>
      v.setting === 'exists'
        ? `${v.topic}: missing (create it with infra/kafka/create-topics.mjs)`
        : `${v.topic}: ${v.setting} is ${v.actual}, at least ${v.required} required`,
    )
    .join('\n');
}

export class TopicSettingsError extends Error {
  constructor(readonly violations: TopicViolation[]) {
    super(
      `Kafka topics below the configured minimums (KAFKA_MIN_REPLICATION_FACTOR, KAFKA_MIN_INSYNC_REPLICAS):\n` +
        describeTopicViolations(violations),
    );
    this.name = 'TopicSettingsError';
  }
}

/** Reads the topics' replica counts and effective min.insync.replicas from the cluster. */
export async function readTopicSettings(kafka: Kafka, topics: string[]): Promise<TopicSettings[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const present = topics.filter((t) => existing.has(t));
    if (present.length === 0) return topics.map((topic) => ({ topic }));
    const { topics: meta } = await admin.fetchTopicMetadata({ topics: present });
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: present.map((name) => ({
        type: ConfigResourceTypes.TOPIC,
        name,
        configNames: ['min.insync.replicas'],
      })),
    });
    return topics.map((topic) => {
      const partitions = meta.find((m) => m.name === topic)?.partitions;
      if (!existing.has(topic) || !partitions?.length) return { topic };
      const value = resources
        .find((r) => r.resourceName === topic)
        ?.configEntries.find((e) => e.configName === 'min.insync.replicas')?.configValue;
      return {
        topic,
        replicationFactor: Math.min(...partitions.map((p) => p.replicas.length)),
        minInsyncReplicas: value === undefined ? undefined : Number(value),
      };
    });
  } finally {
    await admin.disconnect();
  }
}

/** Refuses (throws TopicSettingsError) when a topic is missing or below the minimums. */
export async function assertTopicSettings(
  kafka: Kafka,
  topics: string[],
  minimums: TopicMinimums,
): Promise<void> {
  if (!requiresTopicCheck(minimums)) return;
  const violations = topicViolations(await readTopicSettings(kafka, topics), minimums);
  if (violations.length > 0) throw new TopicSettingsError(violations);
}
