import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { topicName } from '@passerelle/shared/contracts';

const TOPICS_FILE = join(__dirname, '..', '..', '..', '..', 'infra', 'kafka', 'topics.json');

interface TopicSpec {
  name: string;
  partitions: number;
  retentionMs: number;
  cleanupPolicy: string;
}

/**
 * One run's own topics on the shared broker (decision 0043): every topic of infra/kafka/topics.json
 * under a fresh prefix (`thtqsh-9f3e2a.`), with the file's partitions and settings. Services started
 * with `KAFKA_TOPIC_PREFIX: topics.prefix` read and write only these, so no other run's events
 * reach them and none of theirs reach another run, whatever the topics already hold.
 */
export interface RunTopics {
  /** The run's KAFKA_TOPIC_PREFIX. */
  readonly prefix: string;
  /** A catalogue topic's (or a dead-letter topic's) name in this run: for a spec's own reader or producer. */
  topic(name: string): string;
  /** Deletes the run's topics (their events and the groups' offsets on them go with them). */
  delete(): Promise<void>;
}

/** A run prefix: `t`, the minute it was made (base 36), a dash, 6 random hex digits, a dot. */
const RUN_PREFIX = /^t([0-9a-z]+)-[0-9a-f]{6}\./;
/** Topics of a run that ended without deleting them (a crash, a failed start) go after this long. */
const STALE_AFTER_MS = 3 * 3_600_000;

/** A new run prefix (`thtqsh-9f3e2a.`): unique, and saying when it was made so leftovers can be swept. */
export function newTopicPrefix(now: Date = new Date()): string {
  return `t${Math.floor(now.getTime() / 60_000).toString(36)}-${randomBytes(3).toString('hex')}.`;
}

/** The run topics among these made more than three hours before `now`: a crashed run's. */
export function staleRunTopics(topics: readonly string[], now: Date = new Date()): string[] {
  return topics.filter((topic) => {
    const made = RUN_PREFIX.exec(topic)?.[1];
    return made !== undefined && now.getTime() - parseInt(made, 36) * 60_000 > STALE_AFTER_MS;
  });
}

/**
 * Creates the run's topics in one request (the broker creates them in parallel) and waits for their
 * leaders. On a cluster of three brokers or more they get replication factor 3 and
 * min.insync.replicas 2, as infra/kafka/create-topics.mjs gives the shared ones.
 */
export async function createRunTopics(
  brokers: string[],
  prefix: string = newTopicPrefix(),
): Promise<RunTopics> {
  const specs = JSON.parse(readFileSync(TOPICS_FILE, 'utf8')) as TopicSpec[];
  const runTopics = specs.map((spec) => ({ ...spec, topic: topicName(prefix, spec.name) }));
  const names = runTopics.map(({ topic }) => topic);
  const kafka = new Kafka({ clientId: 'test-run-topics', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { brokers: nodes } = await admin.describeCluster();
    const replicated = nodes.length >= 3;
    await admin.createTopics({
      // kafkajs's own wait fails on the first "does not host this topic-partition" a broker still
      // answers for a topic it has just created: the wait below tries again instead.
      waitForLeaders: false,
      topics: runTopics.map((spec) => ({
        topic: spec.topic,
        numPartitions: spec.partitions,
        replicationFactor: replicated ? 3 : 1,
        configEntries: [
          { name: 'retention.ms', value: String(spec.retentionMs) },
          { name: 'cleanup.policy', value: spec.cleanupPolicy },
          ...(replicated ? [{ name: 'min.insync.replicas', value: '2' }] : []),
        ],
      })),
    });
    await waitForLeaders(admin, runTopics);
    // A run that crashed left its topics: the next run removes them (deleted in the background).
    const stale = staleRunTopics(await admin.listTopics());
    if (stale.length > 0) await admin.deleteTopics({ topics: stale }).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
  return {
    prefix,
    topic: (name) => topicName(prefix, name),
    async delete() {
      const remover = kafka.admin();
      await remover.connect();
      try {
        await remover.deleteTopics({ topics: names, timeout: 10_000 });
      } finally {
        await remover.disconnect();
      }
    },
  };
}

/**
 * Until every partition of every topic answers for its offsets: metadata names a leader a moment
 * before that leader serves the partition ("not the leader for that topic-partition"), so the
 * offsets, not the metadata, say the topics are ready (a few hundred milliseconds on one broker).
 */
async function waitForLeaders(
  admin: Admin,
  topics: readonly { topic: string; partitions: number }[],
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const served = await Promise.all(
        topics.map(
          async ({ topic, partitions }) => (await admin.fetchTopicOffsets(topic)).length === partitions,
        ),
      );
      if (served.every(Boolean)) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`the run's topics are not served after ${timeoutMs} ms`);
    await sleep(50);
  }
}
