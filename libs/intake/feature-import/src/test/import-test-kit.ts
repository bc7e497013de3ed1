import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { SystemClock, type Clock } from '@passerelle/shared/clock';
import { UPLOAD_LIMIT_BYTES } from '@passerelle/shared/config';
import { OutboxWriter, type TopicRoute } from '@passerelle/shared/messaging';
import { runMigrations } from '@passerelle/shared/runtime';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import {
  CandidateImportRepository,
  ImportBatchRepository,
  ImportUploadRepository,
  ProgrammeRepository,
  EmploymentZoneRepository,
  intakeDataSourceOptions,
  type ImportBatchEntity,
} from '@passerelle/intake/data-access';
import { CancelImportHandler } from '../usecases/cancel-import/cancel-import.handler';
import type { ImportCandidatesCommand } from '../usecases/import-candidates/import-candidates.command';
import { ImportCandidatesHandler } from '../usecases/import-candidates/import-candidates.handler';
import { ImportFaults, NO_IMPORT_FAULTS } from '../usecases/run-import/import-faults';
import { RunImportHandler, type RunImportOptions } from '../usecases/run-import/run-import.handler';
import { ImportSweeper } from '../import.sweeper';
import { bytesOf } from './hr-files';

export const silentLogger = pino({ level: 'silent' });

/** A migrated intake database with one sponsor and programme, and the import wired as the app wires it. */
export class ImportTestKit {
  readonly office = randomUUID();
  readonly ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [this.office], allOffices: false };
  readonly sponsorId = randomUUID();
  readonly programmeId = randomUUID();
  readonly batches: ImportBatchRepository;
  readonly uploads: ImportUploadRepository;
  readonly zones: EmploymentZoneRepository;
  readonly programmes: ProgrammeRepository;
  readonly writer: OutboxWriter;
  /** The import's clock (hire dates in the future are refused against it). */
  readonly clock: Clock = new SystemClock();

  private constructor(
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
    route?: TopicRoute,
  ) {
    this.batches = new ImportBatchRepository(dataSource);
    this.uploads = new ImportUploadRepository(dataSource);
    this.zones = new EmploymentZoneRepository(dataSource);
    this.programmes = new ProgrammeRepository(dataSource);
    this.writer = new OutboxWriter(route);
  }

  static async create(label: string, route?: TopicRoute): Promise<ImportTestKit> {
    const database = await createTestDatabase(label);
    await runMigrations(intakeDataSourceOptions(database.url));
    const dataSource = new DataSource({ ...intakeDataSourceOptions(database.url), extra: { max: 6 } });
    await dataSource.initialize();
    const kit = new ImportTestKit(database, dataSource, route);
    await dataSource.query(`INSERT INTO sponsor (id, name) VALUES ($1, 'Acme Industrie')`, [kit.sponsorId]);
    await kit.addProgramme(kit.programmeId, 'PSE Acme Lyon 2026');
    return kit;
  }

  async addProgramme(id: string, name: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO programme (id, sponsor_id, name, office_ids) VALUES ($1, $2, $3, $4)`,
      [id, this.sponsorId, name, [this.office]],
    );
  }

  sweeper(runner = this.runner()): ImportSweeper {
    return new ImportSweeper(this.batches, runner, this.uploads);
  }

  /** The runner as the app wires it; a test injects a fault by passing its own repository or faults. */
  runner({
    uploads = this.uploads,
    faults = NO_IMPORT_FAULTS,
  }: { uploads?: ImportUploadRepository; faults?: ImportFaults } = {}): RunImportHandler {
    return new RunImportHandler(
      this.dataSource,
      this.batches,
      uploads,
      new CandidateImportRepository(),
      this.programmes,
      this.writer,
      this.clock,
      faults,
      this.zones,
    );
  }

  handler(runner = this.runner()): ImportCandidatesHandler {
    return new ImportCandidatesHandler(this.programmes, this.uploads, this.batches, runner);
  }

  cancelHandler(clock: Clock = this.clock): CancelImportHandler {
    return new CancelImportHandler(this.programmes, this.batches, clock);
  }

  /** Stores a file as the kit's ops; bound to `programmeId` if given, else importable into any programme. */
  async upload(file: Buffer, filename: string, programmeId: string | null = null): Promise<string> {
    const id = randomUUID();
    await this.uploads.store({ id, filename, uploadedBy: this.ops.subject, programmeId }, bytesOf(file), {
      limitBytes: UPLOAD_LIMIT_BYTES,
    });
    return id;
  }

  /** Uploads and starts an import, without running it. */
  async start(
    file: Buffer,
    filename: string,
    input: Partial<ImportCandidatesCommand> = {},
  ): Promise<ImportBatchEntity> {
    const uploadId = await this.upload(file, filename, this.programmeId);
    return this.handler().execute(this.ops, { programmeId: this.programmeId, file: uploadId, ...input });
  }

  async importFile(
    file: Buffer,
    filename: string,
    options: RunImportOptions = {},
    input: Partial<ImportCandidatesCommand> = {},
  ): Promise<ImportBatchEntity> {
    const batch = await this.start(file, filename, input);
    const done = await this.runner().run(batch.id, options);
    if (!done) throw new Error(`import ${batch.id} vanished`);
    return done;
  }

  async candidates(): Promise<Record<string, unknown>[]> {
    // As JSON, so dates read as the yyyy-mm-dd the file meant, not as local-midnight Date objects.
    const rows: { row: Record<string, unknown> }[] = await this.dataSource.query(
      `SELECT to_jsonb(c) AS row FROM candidate c ORDER BY employee_number`,
    );
    return rows.map(({ row }) => row);
  }

  async count(table: string): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
    return row!.n;
  }

  async stop(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.database.drop();
  }
}
