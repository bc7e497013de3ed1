import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  ExistingImportedPerson,
  FileKey,
  FileKeyKind,
  ImportedCandidate,
  Sex,
  SocioProfessionalCategory,
} from '@passerelle/intake/domain';
import type { OccupationCodeSource } from '../entities/candidate.entity';

/** A valid row, with the id it gets if it is new and where its occupation code came from. */
export interface StagedCandidate extends ImportedCandidate {
  candidateId: string;
  occupationCodeSource: OccupationCodeSource | null;
}

/** What a chunk's rows are checked against: the file's keys so far and the sponsor's people. */
export interface ChunkSurroundings {
  fileKeys: FileKey[];
  existing: ExistingImportedPerson[];
}

/** What the domain decided for a chunk, to be written in the chunk's transaction. */
export interface ChunkWrites {
  batchId: string;
  programmeId: string;
  sponsorId: string;
  enrolledAt: Date;
  newFileKeys: readonly FileKey[];
  enrol: readonly StagedCandidate[];
  update: readonly { candidateId: string; row: StagedCandidate }[];
}

interface ExistingRow {
  id: string;
  programme_id: string;
  employee_number: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  site: string | null;
  service: string | null;
  former_job_title: string | null;
  former_occupation_code: string | null;
  hire_date: string | null;
  seniority_years: number | null;
  contract_end_date: string | null;
  languages: string[];
  home_commune_code: string | null;
  home_postcode: string | null;
  date_of_birth: string | null;
  sex: Sex | null;
  socio_professional_category: SocioProfessionalCategory | null;
  enrolled_on: string;
}

/** In an update: matching's answer no longer holds once the title changes or HR gives a code. */
const STALE_RESOLUTION = `(c.former_job_title IS DISTINCT FROM s.former_job_title OR s.former_occupation_code IS NOT NULL)`;

/** The written columns of a row, as parallel arrays for unnest (languages as a comma list: ISO codes). */
const columnsOf = (rows: readonly StagedCandidate[]) => [
  rows.map((row) => row.employeeNumber),
  rows.map((row) => row.firstName),
  rows.map((row) => row.lastName),
  rows.map((row) => row.email),
  rows.map((row) => row.phone),
  rows.map((row) => row.site),
  rows.map((row) => row.service),
  rows.map((row) => row.formerJobTitle),
  rows.map((row) => row.formerOccupationCode),
  rows.map((row) => row.occupationCodeSource),
  rows.map((row) => row.hireDate),
  rows.map((row) => row.seniorityYears),
  rows.map((row) => row.contractEndDate),
  rows.map((row) => row.languages.join(',')),
  rows.map((row) => row.homeCommuneCode),
  rows.map((row) => row.homePostcode),
  rows.map((row) => row.dateOfBirth),
  rows.map((row) => row.sex),
  rows.map((row) => row.socioProfessionalCategory),
];

/** The unnest of columnsOf from parameter $first on, named as the candidate's columns. */
const unnestColumns = (first: number) => {
  const types = [
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'date',
    'numeric',
    'date',
    'text',
    'text',
    'text',
    'date',
    'text',
    'text',
  ];
  return `unnest(${types.map((type, i) => `$${first + i}::${type}[]`).join(', ')}) WITH ORDINALITY
    AS s(employee_number, first_name, last_name, email, phone, site, service, former_job_title, former_occupation_code,
         occupation_code_source, hire_date, seniority_years, contract_end_date, languages, home_commune_code,
         home_postcode, date_of_birth, sex, socio_professional_category, ord)`;
};

/**
 * The set-based half of the import: what a chunk is checked against, read in one statement per
 * table, and what the domain decided (decideImportChunk), written in one statement per kind of
 * write, inside the chunk's transaction; nothing is written row by row.
 */
@Injectable()
export class CandidateImportRepository {
  /** The file's keys and the sponsor's people that the chunk's employee numbers and emails name. */
  async surroundings(
    manager: EntityManager,
    batchId: string,
    sponsorId: string,
    rows: readonly ImportedCandidate[],
  ): Promise<ChunkSurroundings> {
    if (rows.length === 0) return { fileKeys: [], existing: [] };
    const numbers = [...new Set(rows.map((row) => row.employeeNumber))];
    const emails = [...new Set(rows.map((row) => row.email))];
    const keys = (await manager.query(
      `SELECT kind, key, row_number FROM import_file_key
        WHERE batch_id = $1
          AND ((kind = 'employee_number' AND key = ANY($2::text[])) OR (kind = 'email' AND key = ANY($3::text[])))`,
      [batchId, numbers, emails],
    )) as { kind: FileKeyKind; key: string; row_number: number }[];
    // Ordered so that, of several people sharing an email, the same one is named each time.
    const people = (await manager.query(
      `SELECT id, programme_id, employee_number, first_name, last_name, email, phone, site, service, former_job_title,
              former_occupation_code, to_char(hire_date, 'YYYY-MM-DD') AS hire_date,
              seniority_years::float8 AS seniority_years, to_char(contract_end_date, 'YYYY-MM-DD') AS contract_end_date,
              languages, home_commune_code, home_postcode, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
              sex, socio_professional_category,
              to_char(enrolled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS enrolled_on
         FROM candidate
        WHERE sponsor_id = $1 AND (employee_number = ANY($2::text[]) OR email = ANY($3::text[]))
        ORDER BY employee_number`,
      [sponsorId, numbers, emails],
    )) as ExistingRow[];
    return {
      fileKeys: keys.map((key) => ({ kind: key.kind, key: key.key, rowNumber: key.row_number })),
      existing: people.map((person) => ({
        id: person.id,
        programmeId: person.programme_id,
        employeeNumber: person.employee_number,
        firstName: person.first_name,
        lastName: person.last_name,
        email: person.email,
        phone: person.phone,
        site: person.site,
        service: person.service,
        formerJobTitle: person.former_job_title,
        formerOccupationCode: person.former_occupation_code,
        hireDate: person.hire_date,
        seniorityYears: person.seniority_years,
        contractEndDate: person.contract_end_date,
        languages: person.languages,
        homeCommuneCode: person.home_commune_code,
        homePostcode: person.home_postcode,
        dateOfBirth: person.date_of_birth,
        sex: person.sex,
        socioProfessionalCategory: person.socio_professional_category,
        enrolledOn: person.enrolled_on,
      })),
    };
  }

  /**
   * Writes the chunk's decisions: the keys it claims, the people it changes, the people it enrols.
   * Answers the ids actually enrolled: a concurrent import of the same number wins, quietly.
   */
  async write(manager: EntityManager, writes: ChunkWrites): Promise<Set<string>> {
    if (writes.newFileKeys.length > 0) {
      await manager.query(
        `INSERT INTO import_file_key (batch_id, kind, key, row_number)
         SELECT $1, kind, key, row_number FROM unnest($2::text[], $3::text[], $4::int[]) AS k(kind, key, row_number)
         ON CONFLICT DO NOTHING`,
        [
          writes.batchId,
          writes.newFileKeys.map((key) => key.kind),
          writes.newFileKeys.map((key) => key.key),
          writes.newFileKeys.map((key) => key.rowNumber),
        ],
      );
    }
    if (writes.update.length > 0) {
      await manager.query(
        `UPDATE candidate c
            SET first_name = s.first_name, last_name = s.last_name, email = s.email, phone = s.phone, site = s.site,
                service = s.service,
                former_job_title = s.former_job_title, former_occupation_code = s.former_occupation_code,
                -- Matching's answer was for the old title: it resolves the new one (or HR's code wins);
                -- an answer older than this change, arriving late, is then ignored.
                resolved_occupation_code = CASE WHEN ${STALE_RESOLUTION} THEN NULL ELSE c.resolved_occupation_code END,
                resolved_occupation_how = CASE WHEN ${STALE_RESOLUTION} THEN NULL ELSE c.resolved_occupation_how END,
                resolved_occupation_at = CASE WHEN ${STALE_RESOLUTION} THEN now() ELSE c.resolved_occupation_at END,
                occupation_code_source = s.occupation_code_source, hire_date = s.hire_date,
                seniority_years = s.seniority_years, contract_end_date = s.contract_end_date,
                languages = string_to_array(s.languages, ','), home_commune_code = s.home_commune_code,
                home_postcode = s.home_postcode, date_of_birth = s.date_of_birth, sex = s.sex,
                socio_professional_category = s.socio_professional_category, import_batch_id = $1, updated_at = now()
           FROM (SELECT s.*, ids.id FROM ${unnestColumns(3)}
                   JOIN unnest($2::uuid[]) WITH ORDINALITY AS ids(id, ord) USING (ord)) AS s
          WHERE c.id = s.id`,
        [
          writes.batchId,
          writes.update.map((update) => update.candidateId),
          ...columnsOf(writes.update.map((update) => update.row)),
        ],
      );
    }
    if (writes.enrol.length === 0) return new Set();
    const inserted = (await manager.query(
      `INSERT INTO candidate (id, programme_id, sponsor_id, employee_number, first_name, last_name, email, phone, site, service,
         former_job_title, former_occupation_code, occupation_code_source, hire_date, seniority_years,
         contract_end_date, languages, home_commune_code, home_postcode, date_of_birth, sex, socio_professional_category,
         status, enrolled_at, import_batch_id, updated_at)
       SELECT ids.id, $1, $2, s.employee_number, s.first_name, s.last_name, s.email, s.phone, s.site, s.service,
              s.former_job_title, s.former_occupation_code, s.occupation_code_source, s.hire_date, s.seniority_years,
              s.contract_end_date, string_to_array(s.languages, ','), s.home_commune_code, s.home_postcode,
              s.date_of_birth, s.sex, s.socio_professional_category, 'invited', $3, $4, $3
         FROM ${unnestColumns(6)} JOIN unnest($5::uuid[]) WITH ORDINALITY AS ids(id, ord) USING (ord)
        ORDER BY ord
       ON CONFLICT (sponsor_id, employee_number) DO NOTHING
       RETURNING id`,
      [
        writes.programmeId,
        writes.sponsorId,
        writes.enrolledAt,
        writes.batchId,
        writes.enrol.map((row) => row.candidateId),
        ...columnsOf(writes.enrol),
      ],
    )) as { id: string }[];
    return new Set(inserted.map((row) => row.id));
  }
}
