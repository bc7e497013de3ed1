import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import {
  CandidateImportRepository,
  EmploymentZoneRepository,
  ImportBatchRepository,
  ImportUploadRepository,
  ProgrammeRepository,
  type ImportBatchEntity,
  type ProgrammeEntity,
  type StagedCandidate,
  type StoredRowError,
} from '@passerelle/intake/data-access';
import {
  decideImportChunk,
  demographicCategories,
  homeDepartmentOf,
  isBlankRow,
  normaliseHeader,
  resolveColumns,
  validateRow,
  type ColumnMapping,
  type ImportComparedField,
  type ResolvedColumns,
} from '@passerelle/intake/domain';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { NotUtf8Error, openHrFile, type HrFile } from '../../hr-file.reader';
import { ImportErrorCode, UnreadableFileError } from '../../import.error';
import { ImportFaults } from './import-faults';

export interface RunImportOptions {
  /** Rows per committed chunk. */
  chunkSize?: number;
  /** How long this process holds the batch without committing a chunk before another may take it. */
  leaseMs?: number;
  /** Called after each committed chunk (the CLI's progress bar); the next chunk commits once it returns. */
  onProgress?: (batch: ImportBatchEntity) => void | Promise<void>;
}

/** Someone asked to cancel the batch: its run stops at the chunk boundary where this is seen. */
class CancelRequested extends Error {
  override name = 'CancelRequested';
}

const DEFAULTS = { chunkSize: 1000, leaseMs: 60_000 };

/**
 * Runs that may start without a chunk committing in between before the batch is given up: a file
 * that crashes its reader every time would otherwise be resumed by the sweeper forever.
 */
export const MAX_ATTEMPTS_WITHOUT_PROGRESS = 3;

const givenUpReason = (attempts: number, lastError: string | null) =>
  `the import stopped ${attempts} times without getting further (last: ${lastError ?? 'its process stopped'}); upload the file again`;

/**
 * Runs an import batch from its checkpoint to the end: a structure pass (nothing written until the
 * whole file is known to be readable and to have the needed columns), then rows in chunks, each
 * chunk committed with its candidates, its CandidateEnrolled outbox rows, its row errors and the
 * batch's new checkpoint in one transaction. A process that dies loses at most the chunk in flight;
 * whoever runs the batch next (this process, or another replica once the lease has run out)
 * continues after the checkpoint.
 */
@Injectable()
export class RunImportHandler {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly running = new Set<string>();
  /** Errors a fault threw: the run stops as if its process had been killed, recording nothing. */
  private readonly faulted = new WeakSet<object>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly batches: ImportBatchRepository,
    private readonly uploads: ImportUploadRepository,
    private readonly candidates: CandidateImportRepository,
    private readonly programmes: ProgrammeRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly faults: ImportFaults,
    private readonly zones: EmploymentZoneRepository,
  ) {}

  isRunningHere(batchId: string): boolean {
    return this.running.has(batchId);
  }

  /** Runs the batch if nobody else holds it; returns its state when this run stops. */
  async run(batchId: string, options: RunImportOptions = {}): Promise<ImportBatchEntity | null> {
    const settings = { ...DEFAULTS, ...options };
    if (this.running.has(batchId)) return this.batches.find(batchId);
    const batch = await this.batches.claim(
      batchId,
      this.owner,
      settings.leaseMs,
      MAX_ATTEMPTS_WITHOUT_PROGRESS,
    );
    if (!batch) {
      await this.settleIdle(batchId);
      return this.batches.find(batchId);
    }
    this.running.add(batchId);
    try {
      await this.process(batch, settings);
      await this.batches.finish(batchId, this.owner, { status: 'completed' });
    } catch (error) {
      if (error instanceof CancelRequested) {
        await this.batches.finish(batchId, this.owner, { status: 'cancelled' });
      } else if (error instanceof UnreadableFileError) {
        await this.batches.finish(batchId, this.owner, {
          status: 'failed',
          code: error.code,
          reason: error.message,
        });
      } else {
        // Anything else (database, a killed process) leaves the batch running: its lease runs out and it resumes,
        // until it has stopped MAX_ATTEMPTS_WITHOUT_PROGRESS times without getting further.
        if (!(error instanceof Object && this.faulted.has(error))) {
          await this.batches.recordStop(batchId, this.owner, (error as Error).message).catch(() => undefined);
        }
        throw error;
      }
    } finally {
      this.running.delete(batchId);
    }
    return this.batches.find(batchId);
  }

  /** A batch no live process holds is ended here if it is to be cancelled, or has stopped too often. */
  private async settleIdle(batchId: string): Promise<void> {
    if (await this.batches.cancelIfIdle(batchId)) return;
    await this.batches.giveUpIfExhausted(
      batchId,
      MAX_ATTEMPTS_WITHOUT_PROGRESS,
      ImportErrorCode.AttemptsExhausted,
      givenUpReason,
    );
  }

  private async process(
    batch: ImportBatchEntity,
    settings: typeof DEFAULTS & RunImportOptions,
  ): Promise<void> {
    const programme = await this.programmes.findProgramme(batch.programmeId);
    if (!programme) throw new UnreadableFileError(`programme ${batch.programmeId} no longer exists`);
    const upload = await this.uploads.find(batch.uploadId);
    if (!upload?.complete) throw new UnreadableFileError('the uploaded file is incomplete: upload it again');
    const source = () => this.uploads.read(batch.uploadId);
    let file = await openHrFile(source, batch.encoding ?? null);
    const mapping =
      batch.columnMapping ?? savedFor(file.headers, await this.batches.savedMapping(batch.sponsorId));
    const resolution = resolveColumns(file.headers, mapping);
    if (!resolution.ok) throw new UnreadableFileError(resolution.reason);
    // A file re-read as Windows-1252 below has the same (ASCII) header: the columns hold.
    const columns = resolution.value;

    if (batch.rowsTotal === null) {
      // The structure pass: reads the whole file once, so a file cut inside a cell fails here, unwritten.
      let rowsTotal: number;
      const renew = async () => {
        const { cancelRequested } = await this.batches.renewLease(batch.id, this.owner, settings.leaseMs);
        if (cancelRequested) throw new CancelRequested();
      };
      try {
        rowsTotal = await countRows(file, renew);
      } catch (error) {
        if (!(error instanceof NotUtf8Error)) throw error;
        file = await openHrFile(source, 'windows-1252');
        rowsTotal = await countRows(file, renew);
      }
      if (rowsTotal === 0) throw new UnreadableFileError('the file has a header row but no candidate rows');
      await this.batches.recordStructure(batch.id, this.owner, {
        fileKind: file.kind,
        encoding: file.encoding,
        delimiter: file.delimiter,
        rowsTotal,
      });
    }

    let chunk: {
      rowNumber: number;
      staged: StagedCandidate[];
      errors: StoredRowError[];
      read: number;
      rejectedRows: number;
    } = emptyChunk();
    let committed = 0;
    const today = this.clock.today();
    // One chunk commits while the next is read and checked: the database and Node work side by side.
    // Commits stay one at a time and in file order, so the checkpoint only ever moves forward.
    let inFlight: Promise<void> | null = null;
    const commit = async () => {
      const ready = chunk;
      chunk = emptyChunk();
      if (inFlight) await inFlight;
      inFlight = this.commitChunk(batch, programme, file, columns, ready, settings.leaseMs).then(async () => {
        committed++;
        const state = await this.batches.find(batch.id);
        if (state) await settings.onProgress?.(state);
        try {
          await this.faults.afterChunk(committed);
        } catch (error) {
          if (error instanceof Object) this.faulted.add(error);
          throw error;
        }
      });
      inFlight.catch(() => undefined); // observed by the next commit or at the end
    };
    try {
      for await (const row of file.rows()) {
        if (row.rowNumber <= batch.checkpointRow) continue;
        chunk.rowNumber = row.rowNumber;
        if (isBlankRow(row.cells)) continue;
        chunk.read++;
        const result = validateRow(row.cells, row.rowNumber, columns, file.headers, today);
        if (result.ok) {
          chunk.staged.push({ ...result.candidate, candidateId: randomUUID(), occupationCodeSource: null });
        } else {
          chunk.errors.push(...result.errors);
          chunk.rejectedRows++;
        }
        if (chunk.read >= settings.chunkSize) await commit();
      }
      if (chunk.rowNumber > 0) await commit();
    } catch (error) {
      // Never leave a chunk committing behind a failure: the batch's state must be settled first.
      // (`commit` assigns inFlight from a closure, which TypeScript's narrowing does not see.)
      await (inFlight as Promise<void> | null)?.catch(() => undefined);
      throw error;
    }
    if (inFlight) await inFlight;
  }

  private async commitChunk(
    batch: ImportBatchEntity,
    programme: ProgrammeEntity,
    file: HrFile,
    columns: ResolvedColumns,
    chunk: {
      rowNumber: number;
      staged: StagedCandidate[];
      errors: StoredRowError[];
      read: number;
      rejectedRows: number;
    },
    leaseMs: number,
  ): Promise<void> {
    for (const row of chunk.staged) row.occupationCodeSource = row.formerOccupationCode ? 'given' : null;
    const zones = await this.zones.zonesOf(chunk.staged.map((row) => row.homeCommuneCode));
    const zoneOf = (communeCode: string | null): string | null =>
      (communeCode && zones.get(communeCode)) || null;
    const enrolledAt = this.clock.now();
    const enrolledOn = enrolledAt.toISOString().slice(0, 10);
    await this.dataSource.transaction(async (manager) => {
      // Load what the rows are checked against, let the domain decide, write what it decided.
      const surroundings = await this.candidates.surroundings(
        manager,
        batch.id,
        programme.sponsorId,
        chunk.staged,
      );
      const decision = decideImportChunk(chunk.staged, {
        programmeId: programme.id,
        ...surroundings,
        employeeNumberColumn: headerOf(file, columns, 'employeeNumber'),
        emailColumn: headerOf(file, columns, 'email'),
      });
      const enrol: StagedCandidate[] = [];
      const update: { candidateId: string; row: StagedCandidate }[] = [];
      const refused: StoredRowError[] = [];
      const corrected: AnyEvent[] = [];
      let unchanged = 0;
      for (const row of decision.rows) {
        if (row.kind === 'enrol') enrol.push(row.row);
        else if (row.kind === 'update') {
          update.push({ candidateId: row.candidateId, row: row.row });
          const correction = correctionOf(
            row.candidateId,
            programme,
            row.row,
            row.changed,
            row.enrolledOn,
            enrolledAt,
            zoneOf(row.row.homeCommuneCode),
          );
          if (correction) corrected.push(correction);
        } else if (row.kind === 'unchanged') unchanged++;
        else refused.push(row.error);
      }
      const enrolledIds = await this.candidates.write(manager, {
        batchId: batch.id,
        programmeId: programme.id,
        sponsorId: programme.sponsorId,
        enrolledAt,
        newFileKeys: decision.newFileKeys,
        enrol,
        update,
      });
      const enrolled = enrol.filter((row) => enrolledIds.has(row.candidateId));
      // The rows refused against the file or the sponsor's people come before the rows' own errors.
      await this.batches.appendErrors(manager, batch.id, [...refused, ...chunk.errors]);
      await this.outbox.append(
        manager,
        enrolled.map((candidate) =>
          createEvent('CandidateEnrolled.v1', candidate.candidateId, {
            candidateId: candidate.candidateId,
            programmeId: programme.id,
            sponsorId: programme.sponsorId,
            officeIds: programme.officeIds,
            enrolledAt: enrolledAt.toISOString(),
            formerOccupationCode: candidate.formerOccupationCode,
            formerJobTitle: jobTitleForEvent(candidate.formerJobTitle),
            languages: candidate.languages,
            homeDepartmentCode: homeDepartmentOf(candidate.homeCommuneCode, candidate.homePostcode),
            ...reportedCategories(candidate, enrolledOn, programme),
            employmentZoneCode: zoneOf(candidate.homeCommuneCode),
            ...titleContext(candidate, programme),
          }),
        ),
      );
      await this.outbox.append(manager, corrected);
      const advanced = await this.batches.advance(manager, batch.id, this.owner, leaseMs, {
        checkpointRow: chunk.rowNumber,
        read: chunk.read,
        enrolled: enrolled.length,
        updated: update.length,
        // Rows lost to a concurrent enrolment of the same number changed nothing either.
        unchanged: unchanged + enrol.length - enrolled.length,
        rejected: chunk.rejectedRows + refused.length,
      });
      // Thrown inside the transaction, so this chunk rolls back: the batch keeps what committed before.
      if (advanced === 'cancelled') throw new CancelRequested();
    });
  }
}

/** What matching reads a generic former title with (decision 0039): the programme's NAF code, the file's service. */
const titleContext = (row: Pick<StagedCandidate, 'service'>, programme: ProgrammeEntity) => ({
  employerNafCode: programme.employerNafCode,
  service: row.service,
});

/** The title as HR wrote it, as events carry it (at most 120 characters; matching resolves it). */
export const jobTitleForEvent = (title: string | null | undefined): string | null =>
  title?.trim().slice(0, 120).trim() || null;

async function countRows(file: HrFile, every: () => Promise<void>): Promise<number> {
  let rows = 0;
  for await (const row of file.rows()) {
    if (isBlankRow(row.cells)) continue;
    if (++rows % 20_000 === 0) await every();
  }
  return rows;
}

const headerOf = (file: HrFile, columns: ResolvedColumns, field: 'employeeNumber' | 'email') => {
  const index = columns.columns[field];
  return (index === undefined ? undefined : file.headers[index]) ?? field;
};

/** A sponsor's saved mapping applies to the headers this file has; the others fall back to known names. */
function savedFor(headers: readonly string[], saved: Record<string, string> | null): ColumnMapping {
  const present = new Set(headers.map(normaliseHeader));
  return Object.fromEntries(
    Object.entries(saved ?? {}).filter(([, header]) => present.has(normaliseHeader(header))),
  );
}

const emptyChunk = () => ({
  rowNumber: 0,
  staged: [] as StagedCandidate[],
  errors: [] as StoredRowError[],
  read: 0,
  rejectedRows: 0,
});

/**
 * What reporting is told of a person (CandidateEnrolled, CandidateDetailsCorrected): bands and
 * categories on their enrolment day under the programme's limits, the site and the contract's end;
 * never the date of birth or the hire date themselves.
 */
function reportedCategories(row: StagedCandidate, enrolledOn: string, programme: ProgrammeEntity) {
  return {
    ...demographicCategories(row, enrolledOn, {
      ageBandLimits: programme.ageBandLimits,
      seniorityBandLimits: programme.seniorityBandLimits,
    }),
    site: row.site,
    contractEndsOn: row.contractEndDate,
  };
}

/** The import's fields each reported category follows. */
const REPORTED_FROM: Record<keyof ReturnType<typeof reportedCategories>, readonly ImportComparedField[]> = {
  ageBand: ['dateOfBirth'],
  sex: ['sex'],
  socioProfessionalCategory: ['socioProfessionalCategory'],
  site: ['site'],
  seniorityBand: ['hireDate', 'seniorityYears', 'contractEndDate'],
  contractEndsOn: ['contractEndDate'],
};

/**
 * A correction file's change to what services were told at enrolment (occupation, languages, home
 * department, employment zone, reporting's categories) goes out as CandidateDetailsCorrected with
 * the new values only; null when the row changes nothing they hold (a name, an address, a phone stay
 * in intake). A band is sent when what it comes from changed, even if the band itself did not move.
 */
function correctionOf(
  candidateId: string,
  programme: ProgrammeEntity,
  row: StagedCandidate,
  changed: readonly ImportComparedField[],
  enrolledOn: string,
  correctedAt: Date,
  employmentZoneCode: string | null,
): AnyEvent | null {
  // Matching resolves the title unless HR gives a code: it is told both, with the title's context
  // (decision 0039), whenever one of them or the service changes.
  const occupation =
    changed.includes('formerOccupationCode') ||
    changed.includes('formerJobTitle') ||
    changed.includes('service');
  const languages = changed.includes('languages');
  const home = changed.includes('homeCommuneCode') || changed.includes('homePostcode');
  const categories = reportedCategories(row, enrolledOn, programme);
  const reported = Object.fromEntries(
    Object.entries(categories).filter(([key]) =>
      REPORTED_FROM[key as keyof typeof categories].some((field) => changed.includes(field)),
    ),
  );
  if (!occupation && !languages && !home && Object.keys(reported).length === 0) return null;
  return createEvent('CandidateDetailsCorrected.v1', candidateId, {
    candidateId,
    programmeId: programme.id,
    ...(occupation
      ? {
          formerOccupationCode: row.formerOccupationCode,
          formerJobTitle: jobTitleForEvent(row.formerJobTitle),
          ...titleContext(row, programme),
        }
      : {}),
    ...(languages ? { languages: row.languages } : {}),
    ...(home ? { homeDepartmentCode: homeDepartmentOf(row.homeCommuneCode, row.homePostcode) } : {}),
    ...reported,
    // The zone comes from the commune only (a postcode may straddle zones).
    ...(changed.includes('homeCommuneCode') ? { employmentZoneCode } : {}),
    correctedAt: correctedAt.toISOString(),
  }) as AnyEvent;
}
