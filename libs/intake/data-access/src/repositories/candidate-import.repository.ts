import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { homeDepartmentOf, type ImportedCandidate } from '@passerelle/intake/domain';
import type { OccupationCodeSource } from '../entities/candidate.entity';

/** A valid row, with the id it gets if it is new and where its occupation code came from. */
export interface StagedCandidate extends ImportedCandidate {
  candidateId: string;
  occupationCodeSource: OccupationCodeSource | null;
}

export interface ChunkTarget {
  batchId: string;
  programmeId: string;
  sponsorId: string;
  enrolledAt: Date;
  /** The file's own headers, so a duplicate is reported under the column the person sees. */
  employeeNumberColumn: string;
  emailColumn: string;
}

export interface EnrolledRow {
  id: string;
  formerOccupationCode: string | null;
  languages: string[];
  homeDepartmentCode: string | null;
}

export interface ChunkOutcome {
  enrolled: EnrolledRow[];
  updated: number;
  unchanged: number;
  /** Rows refused by the duplicate checks (their errors are already recorded). */
  rejected: number;
}

interface ChunkFunctionOutcome {
  enrolled: { id: string; code: string | null; languages: string[] }[];
  updated: number;
  unchanged: number;
  rejected: number;
}

// The staging table lives for the session and is emptied at each commit: no catalogue churn per chunk.
const STAGING = `
  CREATE TEMP TABLE IF NOT EXISTS import_staging (
    row_number int NOT NULL, candidate_id uuid NOT NULL, employee_number text NOT NULL,
    first_name text NOT NULL, last_name text NOT NULL, email text NOT NULL, phone text, site text,
    former_job_title text, former_occupation_code text, occupation_code_source text, hire_date date,
    seniority_years numeric(3,1), contract_end_date date, languages text[] NOT NULL,
    home_commune_code text, home_postcode text,
    existing_id uuid, existing_programme_id uuid, reject_column text, reject_reason text, reject_value text
  ) ON COMMIT DELETE ROWS`;

const STAGING_COLUMNS = `row_number, candidate_id, employee_number, first_name, last_name, email, phone, site,
  former_job_title, former_occupation_code, occupation_code_source, hire_date, seniority_years, contract_end_date,
  languages, home_commune_code, home_postcode`;

/** COPY text format: backslash escapes, \N for null. */
const copyText = (value: string | number | null): string =>
  value === null
    ? '\\N'
    : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

const copyLine = (row: StagedCandidate): string =>
  [
    row.rowNumber,
    row.candidateId,
    row.employeeNumber,
    row.firstName,
    row.lastName,
    row.email,
    row.phone,
    row.site,
    row.formerJobTitle,
    row.formerOccupationCode,
    row.occupationCodeSource,
    row.hireDate,
    row.seniorityYears,
    row.contractEndDate,
    `{${row.languages.join(',')}}`, // ISO codes: nothing to quote in the array literal
    row.homeCommuneCode,
    row.homePostcode,
  ]
    .map(copyText)
    .join('\t');

/**
 * The set-based half of the import: one chunk of valid rows staged with COPY, then checked,
 * inserted and updated by intake_import_chunk in set-based statements, inside the chunk's
 * transaction; nothing is written row by row.
 */
@Injectable()
export class CandidateImportRepository {
  /** The chunk's rows into the staging table with COPY, on the transaction's own connection. */
  private async copyIntoStaging(manager: EntityManager, rows: readonly StagedCandidate[]): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('the staging COPY must run inside the chunk transaction');
    const client = (await runner.connect()) as PoolClient;
    await new Promise<void>((resolve, reject) => {
      const stream = client.query(copyFrom(`COPY import_staging (${STAGING_COLUMNS}) FROM STDIN`));
      stream.on('finish', resolve);
      stream.on('error', reject);
      stream.end(rows.map(copyLine).join('\n') + '\n');
    });
  }

  /**
   * Stages the chunk with COPY and hands it to intake_import_chunk (see its migration): three round
   * trips for the whole chunk, whatever its size. Row errors of staged rows are recorded there too.
   */
  async commitChunk(
    manager: EntityManager,
    target: ChunkTarget,
    rows: readonly StagedCandidate[],
  ): Promise<ChunkOutcome> {
    if (rows.length === 0) return { enrolled: [], updated: 0, unchanged: 0, rejected: 0 };
    await manager.query(STAGING);
    await this.copyIntoStaging(manager, rows);
    const [row] = (await manager.query(`SELECT intake_import_chunk($1, $2, $3, $4, $5, $6) AS outcome`, [
      target.batchId,
      target.programmeId,
      target.sponsorId,
      target.enrolledAt,
      target.employeeNumberColumn,
      target.emailColumn,
    ])) as { outcome: ChunkFunctionOutcome }[];
    if (!row) throw new Error('intake_import_chunk returned nothing');
    const { enrolled, updated, unchanged, rejected } = row.outcome;
    // A new person gets the id they were staged with.
    const staged = new Map(rows.map((candidate) => [candidate.candidateId, candidate]));
    return {
      enrolled: enrolled.map((e) => {
        const row = staged.get(e.id);
        return {
          id: e.id,
          formerOccupationCode: e.code,
          languages: e.languages,
          homeDepartmentCode: row ? homeDepartmentOf(row.homeCommuneCode, row.homePostcode) : null,
        };
      }),
      updated,
      unchanged,
      rejected,
    };
  }
}
