// Imports an HR file into a programme, with a progress bar, through the same runner as GraphQL.
//   npm run import:candidates -- --programme <id> --file <path> [--mapping employeeNumber=Pers.No,email=Mail]
//   npm run import:candidates -- --resume <batch id>     (continue an import whose process stopped)
// The CLI is for operators with database access; the outbox rows it writes are published by the
// intake service's relay, like any other change.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import type { Identity } from '@passerelle/shared/auth';
import { SystemClock } from '@passerelle/shared/clock';
import { UPLOAD_LIMIT_BYTES } from '@passerelle/shared/config';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateImportRepository,
  ImportBatchRepository,
  ImportUploadRepository,
  ProgrammeRepository,
  EmploymentZoneRepository,
  type ImportBatchEntity,
} from '@passerelle/intake/data-access';
import { IMPORT_FIELDS } from '@passerelle/intake/domain';
import {
  ImportCandidatesHandler,
  importCandidatesCommandSchema,
  invalidImportInput,
} from '@passerelle/intake/feature-import';
import { parseInput } from '@passerelle/shared/graphql';
import { fieldToEnum } from '@passerelle/intake/feature-import';
import { RunImportHandler } from '@passerelle/intake/feature-import';
import { NO_IMPORT_FAULTS } from '@passerelle/intake/feature-import';
import { intakeDatabaseUrl, openIntakeDatabase } from './intake-database';

const USAGE =
  'usage: npm run import:candidates -- --programme <id> --file <path> [--mapping field=header,...] [--save-mapping]\n' +
  '       npm run import:candidates -- --resume <batch id>';

function mappingFrom(text: string | undefined) {
  if (!text) return null;
  return text.split(',').map((pair) => {
    const [field, ...header] = pair.split('=');
    if (!field || !IMPORT_FIELDS.includes(field as never) || header.length === 0) {
      throw new Error(`--mapping: "${pair}" is not field=header (fields: ${IMPORT_FIELDS.join(', ')})`);
    }
    return { field: fieldToEnum(field), header: header.join('=') };
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      programme: { type: 'string' },
      file: { type: 'string' },
      resume: { type: 'string' },
      mapping: { type: 'string' },
      'save-mapping': { type: 'boolean', default: false },
      database: { type: 'string' },
      chunk: { type: 'string', default: '1000' },
    },
  });
  if (!values.resume && (!values.programme || !values.file)) throw new Error(USAGE);
  const dataSource = await openIntakeDatabase(intakeDatabaseUrl(values.database));
  // The operator acts for every office: database access already grants that much.
  const operator: Identity = {
    subject: `cli:${process.env['USER'] ?? 'operator'}`,
    role: 'ops',
    officeIds: [],
    allOffices: true,
  };
  const batches = new ImportBatchRepository(dataSource);
  const uploads = new ImportUploadRepository(dataSource);
  const programmes = new ProgrammeRepository(dataSource);
  const runner = new RunImportHandler(
    dataSource,
    batches,
    uploads,
    new CandidateImportRepository(),
    programmes,
    new OutboxWriter(),
    new SystemClock(),
    NO_IMPORT_FAULTS,
    new EmploymentZoneRepository(dataSource),
  );
  const handler = new ImportCandidatesHandler(programmes, uploads, batches, runner);
  try {
    let batchId: string;
    if (values.resume) {
      batchId = (await handler.checkResumable(operator, values.resume)).id;
    } else {
      const uploadId = randomUUID();
      // Claimed at once below, so the cap on unclaimed uploads does not apply.
      await uploads.store(
        {
          id: uploadId,
          filename: basename(values.file!),
          uploadedBy: operator.subject,
          programmeId: values.programme!,
        },
        createReadStream(values.file!),
        { limitBytes: UPLOAD_LIMIT_BYTES },
      );
      const command = parseInput(
        importCandidatesCommandSchema,
        {
          programmeId: values.programme,
          file: uploadId,
          columnMapping: mappingFrom(values.mapping),
          saveColumnMapping: values['save-mapping'],
        },
        invalidImportInput,
      );
      const batch = await handler.execute(operator, command);
      batchId = batch.id;
    }
    console.log(`import ${batchId} (resume it with --resume ${batchId} if this process stops)`);
    const bar = new SingleBar(
      {
        format:
          ' {bar} {percentage}% | {value}/{total} rows | {enrolled} new, {updated} updated, {rejected} rejected',
      },
      Presets.shades_classic,
    );
    let started = false;
    const progress = (batch: ImportBatchEntity) => {
      const done = batch.rowsRead;
      const payload = {
        enrolled: batch.rowsEnrolled,
        updated: batch.rowsUpdated,
        rejected: batch.rowsRejected,
      };
      if (!started) {
        bar.start(batch.rowsTotal ?? done, done, payload);
        started = true;
      } else {
        bar.update(done, payload);
      }
    };
    const final = await runner.run(batchId, { chunkSize: Number(values.chunk), onProgress: progress });
    if (started) bar.stop();
    if (!final) throw new Error(`import ${batchId} disappeared`);
    console.log(
      `${final.status}: ${final.rowsRead} rows read, ${final.rowsEnrolled} enrolled, ${final.rowsUpdated} updated, ` +
        `${final.rowsUnchanged} unchanged, ${final.rowsRejected} rejected`,
    );
    if (final.failureReason) console.error(`the file was not imported: ${final.failureReason}`);
    if (final.rowsRejected > 0) {
      const page = await batches.errorPage(batchId, 0, 20);
      for (const error of page.items)
        console.log(`  row ${error.row}${error.column ? `, ${error.column}` : ''}: ${error.reason}`);
      if (page.total > page.items.length)
        console.log(`  ... ${page.total - page.items.length} more (query importBatch { errorReport })`);
    }
    return final.status === 'completed' ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import:candidates failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
