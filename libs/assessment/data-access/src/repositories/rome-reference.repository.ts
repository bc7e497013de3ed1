import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface OccupationRow {
  code: string;
  title: string;
}
export interface SkillRow {
  code: string;
  label: string;
  category: string;
}
export interface OccupationSkillRow {
  occupationCode: string;
  skillCode: string;
  core: boolean;
}

/** Rows per statement: columns travel as arrays, so a batch is one round trip. */
const BATCH = 5_000;

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

@Injectable()
export class RomeReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent upserts: re-importing the same files leaves the tables as they are. */
  async upsertOccupations(
    manager: EntityManager,
    rows: readonly OccupationRow[],
    source: string,
  ): Promise<void> {
    await inBatches(rows, (batch) =>
      manager.query(
        `INSERT INTO rome_occupation (code, title, source)
         SELECT code, title, $3 FROM unnest($1::text[], $2::text[]) AS t(code, title)
         ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, source = EXCLUDED.source
         WHERE (rome_occupation.title, rome_occupation.source) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.source)`,
        [batch.map((row) => row.code), batch.map((row) => row.title), source],
      ),
    );
  }

  async upsertSkills(manager: EntityManager, rows: readonly SkillRow[]): Promise<void> {
    await inBatches(rows, (batch) =>
      manager.query(
        `INSERT INTO rome_skill (code, label, category)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (code) DO UPDATE SET label = EXCLUDED.label, category = EXCLUDED.category
         WHERE (rome_skill.label, rome_skill.category) IS DISTINCT FROM (EXCLUDED.label, EXCLUDED.category)`,
        [batch.map((row) => row.code), batch.map((row) => row.label), batch.map((row) => row.category)],
      ),
    );
  }

  /** Replaces the links of the occupations imported, so a skill dropped from a fiche goes too. */
  async replaceOccupationSkills(manager: EntityManager, rows: readonly OccupationSkillRow[]): Promise<void> {
    const occupations = [...new Set(rows.map((row) => row.occupationCode))];
    await inBatches(occupations, (batch) =>
      manager.query(`DELETE FROM rome_occupation_skill WHERE occupation_code = ANY($1::text[])`, [batch]),
    );
    await inBatches(rows, (batch) =>
      manager.query(
        `INSERT INTO rome_occupation_skill (occupation_code, skill_code, core)
         SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])`,
        [
          batch.map((row) => row.occupationCode),
          batch.map((row) => row.skillCode),
          batch.map((row) => row.core),
        ],
      ),
    );
  }

  async counts(): Promise<{ occupations: number; skills: number; links: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT count(*) FROM rome_occupation)::int AS occupations,
              (SELECT count(*) FROM rome_skill)::int AS skills,
              (SELECT count(*) FROM rome_occupation_skill)::int AS links`,
    )) as { occupations: number; skills: number; links: number }[];
    return row;
  }

  async occupationTitles(codes: readonly string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: OccupationRow[] = await this.dataSource.query(
      `SELECT code, title FROM rome_occupation WHERE code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((row) => [row.code, row.title]));
  }

  /**
   * The skills to ask a person about for each occupation: ROME's core skills first, then the
   * others by label, at most `perOccupation` each; a skill shared with an earlier occupation is
   * asked once, and the occupation gets its next skill instead.
   */
  async skillsToRate(
    manager: EntityManager,
    occupationCodes: readonly string[],
    perOccupation: number,
  ): Promise<{ occupationCode: string; skillCode: string; label: string }[]> {
    if (occupationCodes.length === 0) return [];
    const rows: { occupation_code: string; skill_code: string; label: string }[] = await manager.query(
      `SELECT l.occupation_code, l.skill_code, s.label
       FROM rome_occupation_skill l JOIN rome_skill s ON s.code = l.skill_code
       WHERE l.occupation_code = ANY($1::text[])
       ORDER BY array_position($1::text[], l.occupation_code), l.core DESC, s.label, l.skill_code`,
      [occupationCodes],
    );
    const chosen = new Set<string>();
    const perCode = new Map<string, number>();
    const skills: { occupationCode: string; skillCode: string; label: string }[] = [];
    for (const row of rows) {
      const taken = perCode.get(row.occupation_code) ?? 0;
      if (taken >= perOccupation || chosen.has(row.skill_code)) continue;
      chosen.add(row.skill_code);
      perCode.set(row.occupation_code, taken + 1);
      skills.push({ occupationCode: row.occupation_code, skillCode: row.skill_code, label: row.label });
    }
    return skills;
  }
}
