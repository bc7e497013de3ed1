// The run's Kafka: the shared single broker (`--brokers single`), or a three-broker cluster of the
// run's own (infra/bin/kafka.sh --brokers 3 on a base port of its own, fresh data, topics with 3
// replicas and min.insync.replicas 2 as decision 0041 creates them), stopped at the end.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';

const ROOT = join(__dirname, '../..');

export interface RunKafka {
  brokers: string[];
  cluster: boolean;
  kafka: Kafka;
  /** kill -9 one node of the cluster (1-3). */
  killNode(node: number): void;
  startNode(node: number): void;
  stop(): void;
}

function kafkaSh(basePort: number, ...args: string[]): string {
  return execFileSync('bash', [join(ROOT, 'infra/bin/kafka.sh'), ...args], {
    env: { ...process.env, PASSERELLE_KAFKA_BASE_PORT: String(basePort) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

export async function startKafka(
  mode: 'single' | 'cluster',
  basePort: number,
  say: (line: string) => void,
): Promise<RunKafka> {
  if (mode === 'single') {
    const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:19092').split(',');
    return {
      brokers,
      cluster: false,
      kafka: new Kafka({ clientId: 'soak', brokers, logLevel: logLevel.NOTHING }),
      killNode: () => {
        throw new Error('broker-kill needs the cluster (--brokers 3)');
      },
      startNode: () => undefined,
      stop: () => undefined,
    };
  }
  // A fresh cluster: no topic, offset or group of an earlier run.
  rmSync(join(ROOT, `.local/kafka-cluster-${basePort}`), { recursive: true, force: true });
  say(`starting a three-broker cluster on 127.0.0.1:${basePort}-${basePort + 2}`);
  kafkaSh(basePort, 'start', '--brokers', '3');
  const brokers = kafkaSh(basePort, 'brokers', '--brokers', '3').split(',');
  const stop = () => {
    say(kafkaSh(basePort, 'stop', '--brokers', '3').split('\n').join('; '));
    rmSync(join(ROOT, `.local/kafka-cluster-${basePort}`), { recursive: true, force: true });
  };
  try {
    await createTopics(brokers, say);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    brokers,
    cluster: true,
    kafka: new Kafka({ clientId: 'soak', brokers, logLevel: logLevel.NOTHING }),
    killNode: (node) => say(kafkaSh(basePort, 'kill-node', String(node))),
    startNode: (node) => say(kafkaSh(basePort, 'start-node', String(node))),
    stop,
  };
}

/**
 * The topics as decision 0041 creates them (infra/kafka/create-topics.mjs), once the three brokers
 * are in the cluster: a cluster whose ports just opened may not have all of them registered yet
 * (create-topics.mjs then failed with UNKNOWN_TOPIC_OR_PARTITION), so it is tried again.
 */
async function createTopics(brokers: string[], say: (line: string) => void): Promise<void> {
  const admin = new Kafka({ clientId: 'soak-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    for (let attempt = 1; (await admin.describeCluster()).brokers.length < 3; attempt++) {
      if (attempt > 60) throw new Error('the cluster did not count three brokers in 30 s');
      await sleep(500);
    }
  } finally {
    await admin.disconnect();
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const created = execFileSync('node', [join(ROOT, 'infra/kafka/create-topics.mjs')], {
        env: { ...process.env, KAFKA_BROKERS: brokers.join(',') },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      say(created.trim().split('\n').at(-1)!);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      say(`create-topics failed (attempt ${attempt}), trying again in 3 s`);
      await sleep(3000);
    }
  }
}
