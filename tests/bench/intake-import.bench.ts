// The HR file import against PostgreSQL's COPY of the same rows into the same table, measured in
// the same run, and the time from upload to the last CandidateEnrolled on Kafka.
//   npm run bench:intake-import [-- --rows 10000 --rounds 3 --chunk 1000]
// Not a test: it prints figures (ratio = import rows/s / COPY rows/s, higher is better; target 0.5x).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Consumer, Kafka } from 'kafkajs';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { HEADERS } from '@passerelle/shared/contracts';
import { OutboxRelay, createKafka } from '@passerelle/shared/messaging';
import { testInfrastructure } from '@passerelle/shared/testing';
import { cellsOf, csvFile, hrRows, type HrRow } from '@passerelle/intake/feature-import/testing';
import { ImportTestKit, silentLogger } from '@passerelle/intake/feature-import/testing';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    chunk: { type: 'string', default: '1000' },
  },
});
const ROWS = Number(values.rows);
const ROUNDS = Number(values.rounds);
const CHUNK = Number(values.chunk);

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;
const escape = (value: string | null) =>
  value === null
    ? '\\N'
    : value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const isoDate = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');

/** The baseline: the same people, already shaped as candidate rows, streamed with COPY into the same table. */
async function copyRows(kit: ImportTestKit, programmeId: string, rows: readonly HrRow[]): Promise<number> {
  const now = new Date().toISOString();
  const lines = rows.map((row) =>
    [
      randomUUID(),
      programmeId,
      kit.sponsorId,
      row.employeeNumber,
      row.firstName,
      row.lastName,
      row.email,
      null,
      row.site,
      row.jobTitle,
      row.romeCode || null,
      row.romeCode ? 'given' : null,
      isoDate(row.hireDate),
      null,
      isoDate(row.contractEndDate),
      `{${row.languages.replace(/\s/g, '')}}`,
      null,
      row.postcode,
      'invited',
      now,
      null,
      now,
    ]
      .map((cell) => escape(cell))
      .join('\t'),
  );
  const pool = (kit.dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } }).master;
  const client = await pool.connect();
  try {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const stream = client.query(
        copyFrom(`COPY candidate (id, programme_id, sponsor_id, employee_number, first_name, last_name, email, phone, site,
          former_job_title, former_occupation_code, occupation_code_source, hire_date, seniority_years, contract_end_date,
          languages, home_commune_code, home_postcode, status, enrolled_at, import_batch_id, updated_at) FROM STDIN`),
      );
      stream.on('finish', resolve);
      stream.on('error', reject);
      for (let i = 0; i < lines.length; i += 1000) stream.write(lines.slice(i, i + 1000).join('\n') + '\n');
      stream.end();
    });
    return performance.now() - start;
  } finally {
    client.release();
  }
}

async function createTopic(kafka: Kafka): Promise<string> {
  const topic = `bench.intake.import.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true });
  await admin.disconnect();
  return topic;
}

/**
 * Counts a programme's CandidateEnrolled events as a consumer receives them and notes when the
 * last one arrived: counting on arrival keeps the measuring itself off the relay's CPU.
 */
class EnrolmentCounter {
  private programmeId = '';
  private seen = 0;
  private wanted = 0;
  private done: ((at: number) => void) | null = null;
  private arrived: Promise<number> = Promise.resolve(0);

  private constructor(private readonly consumer: Consumer) {}

  static async start(kafka: Kafka, topic: string): Promise<EnrolmentCounter> {
    const consumer = kafka.consumer({ groupId: `bench-intake-${randomUUID()}` });
    const counter = new EnrolmentCounter(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: 6,
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) {
          if (message.headers?.[HEADERS.eventType]?.toString() !== 'CandidateEnrolled') continue;
          if (counter.programmeId && message.value?.includes(counter.programmeId)) counter.seen++;
        }
        if (counter.done && counter.seen >= counter.wanted) {
          counter.done(performance.now());
          counter.done = null;
        }
      },
    });
    return counter;
  }

  expect(programmeId: string, count: number): void {
    this.programmeId = programmeId;
    this.seen = 0;
    this.wanted = count;
    this.arrived = new Promise((resolve) => (this.done = resolve));
  }

  async lastOf(programmeId: string, count: number): Promise<number> {
    const timeout = setTimeout(() => {
      throw new Error(
        `only ${this.seen} of ${count} CandidateEnrolled of ${programmeId} reached Kafka in 120 s`,
      );
    }, 120_000);
    try {
      return await this.arrived;
    } finally {
      clearTimeout(timeout);
    }
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}

async function main(): Promise<void> {
  const kafka = createKafka('bench-intake-import', testInfrastructure().kafkaBrokers, silentLogger);
  const topic = await createTopic(kafka);
  const kit = await ImportTestKit.create('bench_intake_import', () => topic);
  const relay = new OutboxRelay({
    dataSource: kit.dataSource,
    kafka,
    logger: silentLogger,
    pollIntervalMs: 20,
  });
  await relay.start();
  const arrivals = await EnrolmentCounter.start(kafka, topic);
  const rows = hrRows(ROWS);
  const file = csvFile(rows.map(cellsOf), { delimiter: ';', encoding: 'windows-1252' });
  const reset = () =>
    kit.dataSource.query(
      `TRUNCATE candidate, import_batch, import_row_error, import_file_key, import_upload, import_upload_chunk`,
    );
  const samples = {
    copy: [] as number[],
    importOnly: [] as number[],
    uploadAndImport: [] as number[],
    toKafka: [] as number[],
  };
  try {
    // Warm-up (connections, JIT, plans), not measured.
    await copyRows(kit, kit.programmeId, hrRows(500, 900_000));
    await reset();
    await kit.importFile(
      csvFile(hrRows(2000, 800_000).map(cellsOf), { delimiter: ';', encoding: 'windows-1252' }),
      'warm.csv',
    );
    await reset();

    for (let round = 0; round < ROUNDS; round++) {
      const programmeId = randomUUID();
      await kit.addProgramme(programmeId, `bench ${round}`);
      samples.copy.push(await copyRows(kit, programmeId, rows));
      await reset();

      arrivals.expect(programmeId, ROWS);
      const start = performance.now();
      const uploadId = await kit.upload(file, 'bench.csv');
      const uploaded = performance.now();
      const batch = await kit.handler().execute(kit.ops, { programmeId, file: uploadId });
      const done = await kit.runner().run(batch.id, { chunkSize: CHUNK });
      const imported = performance.now();
      if (done?.status !== 'completed' || done.rowsEnrolled !== ROWS) {
        throw new Error(`the import did not enrol every row: ${JSON.stringify(done)}`);
      }
      const onKafka = await arrivals.lastOf(programmeId, ROWS);
      samples.importOnly.push(imported - uploaded);
      samples.uploadAndImport.push(imported - start);
      samples.toKafka.push(onKafka - start);
      await reset();
    }
  } finally {
    await arrivals.stop();
    await relay.stop();
    await kit.stop();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  }

  const perSecond = (ms: number) => Math.round((ROWS / ms) * 1000);
  const copy = perSecond(median(samples.copy));
  const importOnly = perSecond(median(samples.importOnly));
  const withUpload = perSecond(median(samples.uploadAndImport));
  console.log(
    `\nintake import, ${ROWS} rows (${(file.length / 1024 / 1024).toFixed(1)} MiB CSV, ; Windows-1252), chunks of ${CHUNK}, median of ${ROUNDS} rounds`,
  );
  console.log(`  COPY of the same rows into candidate   ${copy.toLocaleString('en')} rows/s`);
  console.log(
    `  import (read, check, enrol, outbox)    ${importOnly.toLocaleString('en')} rows/s   ratio ${(importOnly / copy).toFixed(2)}x (target >= 0.5x)`,
  );
  console.log(
    `  upload + import                        ${withUpload.toLocaleString('en')} rows/s   ratio ${(withUpload / copy).toFixed(2)}x`,
  );
  console.log(
    `  upload start -> last CandidateEnrolled on Kafka   ${Math.round(median(samples.toKafka))} ms`,
  );
  console.log(
    `  samples (ms): copy ${samples.copy.map(Math.round).join(', ')}; import ${samples.importOnly.map(Math.round).join(', ')}; to Kafka ${samples.toKafka.map(Math.round).join(', ')}`,
  );
}

runBenchmark(main);
