import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ImportedCandidate } from '@passerelle/intake/domain';
import type { OccupationCodeSource } from '../entities/candidate.entity';
import type { StoredRowError } from './import-batch.repository';
import { updatedRows } from './returned-rows';

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
}

export interface ChunkOutcome {
  enrolled: EnrolledRow[];
  updated: number;
  unchanged: number;
  rejected: StoredRowError[];
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

const col = <K extends keyof StagedCandidate>(rows: readonly StagedCandidate[], key: K) =>
  rows.map((row) => row[key]);

/**
 * The set-based half of the import: one chunk of valid rows staged in one statement, checked for
 * duplicates (in the file so far, then against the sponsor's candidates: employee number first,
 * then email), then new people inserted and changed people updated in one statement each.
 * Runs inside the chunk's transaction; nothing is written row by row.
 */
@Injectable()
export class CandidateImportRepository {
  async commitChunk(
    manager: EntityManager,
    target: ChunkTarget,
    rows: readonly StagedCandidate[],
  ): Promise<ChunkOutcome> {
    if (rows.length === 0) return { enrolled: [], updated: 0, unchanged: 0, rejected: [] };
    await manager.query(STAGING);
    await manager.query(
      `INSERT INTO import_staging (row_number, candidate_id, employee_number, first_name, last_name, email, phone, site,
         former_job_title, former_occupation_code, occupation_code_source, hire_date, seniority_years,
         contract_end_date, languages, home_commune_code, home_postcode)
       SELECT r, id, en, fn, ln, em, ph, si, jt, oc, os, hd, sy, ce, string_to_array(lg, ','), hc, hp
         FROM unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::text[], $11::text[], $12::date[], $13::numeric[], $14::date[], $15::text[],
                     $16::text[], $17::text[])
           AS u(r, id, en, fn, ln, em, ph, si, jt, oc, os, hd, sy, ce, lg, hc, hp)`,
      [
        col(rows, 'rowNumber'),
        col(rows, 'candidateId'),
        col(rows, 'employeeNumber'),
        col(rows, 'firstName'),
        col(rows, 'lastName'),
        col(rows, 'email'),
        col(rows, 'phone'),
        col(rows, 'site'),
        col(rows, 'formerJobTitle'),
        col(rows, 'formerOccupationCode'),
        col(rows, 'occupationCodeSource'),
        col(rows, 'hireDate'),
        col(rows, 'seniorityYears'),
        col(rows, 'contractEndDate'),
        rows.map((row) => row.languages.join(',')),
        col(rows, 'homeCommuneCode'),
        col(rows, 'homePostcode'),
      ],
    );

    // 1. Duplicates inside the file: the first row holding a key keeps it, later rows are refused.
    await manager.query(
      `INSERT INTO import_file_key (batch_id, kind, key, row_number)
       SELECT $1, 'employee_number', employee_number, min(row_number) FROM import_staging GROUP BY employee_number
       ON CONFLICT DO NOTHING`,
      [target.batchId],
    );
    await manager.query(
      `UPDATE import_staging s
          SET reject_column = $2, reject_value = s.employee_number,
              reject_reason = 'employee number ' || s.employee_number || ' is already on row ' || k.row_number
                || ' of this file: keep one row per person'
         FROM import_file_key k
        WHERE k.batch_id = $1 AND k.kind = 'employee_number' AND k.key = s.employee_number AND k.row_number <> s.row_number`,
      [target.batchId, target.employeeNumberColumn],
    );
    await manager.query(
      `INSERT INTO import_file_key (batch_id, kind, key, row_number)
       SELECT $1, 'email', email, min(row_number) FROM import_staging WHERE reject_reason IS NULL GROUP BY email
       ON CONFLICT DO NOTHING`,
      [target.batchId],
    );
    await manager.query(
      `UPDATE import_staging s
          SET reject_column = $2, reject_value = s.email,
              reject_reason = 'email ' || s.email || ' is already used on row ' || k.row_number
                || ' of this file by another employee number: one email per person'
         FROM import_file_key k
        WHERE k.batch_id = $1 AND k.kind = 'email' AND k.key = s.email AND k.row_number <> s.row_number
          AND s.reject_reason IS NULL`,
      [target.batchId, target.emailColumn],
    );

    // 2. Against the sponsor's candidates: the employee number says who the row is...
    await manager.query(
      `UPDATE import_staging s SET existing_id = c.id, existing_programme_id = c.programme_id
         FROM candidate c
        WHERE c.sponsor_id = $1 AND c.employee_number = s.employee_number AND s.reject_reason IS NULL`,
      [target.sponsorId],
    );
    await manager.query(
      `UPDATE import_staging s
          SET reject_column = $2, reject_value = s.employee_number,
              reject_reason = 'employee number ' || s.employee_number || ' is enrolled in another programme of this sponsor'
                || ' (' || s.existing_programme_id || '); import them there, or check the number'
        WHERE s.existing_id IS NOT NULL AND s.existing_programme_id <> $1 AND s.reject_reason IS NULL`,
      [target.programmeId, target.employeeNumberColumn],
    );
    // ...and a new number with an email already enrolled is the same person under two numbers.
    await manager.query(
      `UPDATE import_staging s
          SET reject_column = $2, reject_value = s.email,
              reject_reason = 'email ' || s.email || ' is already enrolled under employee number ' || c.employee_number
                || ': correct the employee number, or the email if this is another person'
         FROM candidate c
        WHERE c.sponsor_id = $1 AND c.email = s.email AND s.existing_id IS NULL AND s.reject_reason IS NULL`,
      [target.sponsorId, target.emailColumn],
    );

    // 3. People already enrolled: update what the file changes, leave the rest untouched.
    const updated = updatedRows(
      await manager.query(
        `UPDATE candidate c
          SET first_name = s.first_name, last_name = s.last_name, email = s.email, phone = s.phone, site = s.site,
              former_job_title = s.former_job_title, former_occupation_code = s.former_occupation_code,
              occupation_code_source = s.occupation_code_source, hire_date = s.hire_date,
              seniority_years = s.seniority_years, contract_end_date = s.contract_end_date, languages = s.languages,
              home_commune_code = s.home_commune_code, home_postcode = s.home_postcode,
              import_batch_id = $1, updated_at = now()
         FROM import_staging s
        WHERE c.id = s.existing_id AND s.reject_reason IS NULL
          AND (c.first_name, c.last_name, c.email, c.phone, c.site, c.former_job_title, c.former_occupation_code,
               c.hire_date, c.seniority_years, c.contract_end_date, c.languages, c.home_commune_code, c.home_postcode)
              IS DISTINCT FROM
              (s.first_name, s.last_name, s.email, s.phone, s.site, s.former_job_title, s.former_occupation_code,
               s.hire_date, s.seniority_years, s.contract_end_date, s.languages, s.home_commune_code, s.home_postcode)
        RETURNING c.id`,
        [target.batchId],
      ),
    );
    const [matched] = (await manager.query(
      `SELECT count(*)::int AS n FROM import_staging WHERE existing_id IS NOT NULL AND reject_reason IS NULL`,
    )) as { n: number }[];

    // 4. New people, in one statement; a concurrent import of the same number loses quietly here.
    const enrolled: { id: string; former_occupation_code: string | null; languages: string[] }[] =
      await manager.query(
        `INSERT INTO candidate (id, programme_id, sponsor_id, employee_number, first_name, last_name, email, phone, site,
         former_job_title, former_occupation_code, occupation_code_source, hire_date, seniority_years,
         contract_end_date, languages, home_commune_code, home_postcode, status, enrolled_at, import_batch_id, updated_at)
       SELECT candidate_id, $1, $2, employee_number, first_name, last_name, email, phone, site,
              former_job_title, former_occupation_code, occupation_code_source, hire_date, seniority_years,
              contract_end_date, languages, home_commune_code, home_postcode, 'invited', $3, $4, $3
         FROM import_staging WHERE existing_id IS NULL AND reject_reason IS NULL ORDER BY row_number
       ON CONFLICT (sponsor_id, employee_number) DO NOTHING
       RETURNING id, former_occupation_code, languages`,
        [target.programmeId, target.sponsorId, target.enrolledAt, target.batchId],
      );
    const rejected: {
      row_number: number;
      reject_column: string;
      reject_reason: string;
      reject_value: string;
    }[] = await manager.query(
      `SELECT row_number, reject_column, reject_reason, reject_value FROM import_staging
          WHERE reject_reason IS NOT NULL ORDER BY row_number`,
    );
    const matchedCount = matched?.n ?? 0;
    const fresh = rows.length - rejected.length - matchedCount;
    return {
      enrolled: enrolled.map((row) => ({
        id: row.id,
        formerOccupationCode: row.former_occupation_code,
        languages: row.languages,
      })),
      updated: updated.length,
      // Rows lost to a concurrent insert of the same number changed nothing either.
      unchanged: matchedCount - updated.length + (fresh - enrolled.length),
      rejected: rejected.map((row) => ({
        row: row.row_number,
        column: row.reject_column,
        reason: row.reject_reason,
        value: row.reject_value,
      })),
    };
  }
}
