import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RomeJobTitleRow {
  normalisedTitle: string;
  romeCode: string;
  label: string;
}

/** Intake's lookup of ROME job titles: filled by `npm run import:intake-titles`, read by the import. */
@Injectable()
export class RomeJobTitleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces every title of one source in one transaction, so a lookup never sees half a list. */
  async replaceSource(source: string, rows: readonly RomeJobTitleRow[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM rome_job_title WHERE source = $1`, [source]);
      let inserted = 0;
      for (let start = 0; start < rows.length; start += 5000) {
        const slice = rows.slice(start, start + 5000);
        const result: unknown[] = await manager.query(
          `INSERT INTO rome_job_title (normalised_title, rome_code, label, source)
           SELECT t, c, l, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS u(t, c, l)
           ON CONFLICT DO NOTHING RETURNING 1`,
          [
            slice.map((r) => r.normalisedTitle),
            slice.map((r) => r.romeCode),
            slice.map((r) => r.label),
            source,
          ],
        );
        inserted += result.length;
      }
      return inserted;
    });
  }

  /**
   * The ROME code of each normalised title, when exactly one occupation carries it; a title two
   * occupations share is left unresolved rather than guessed.
   */
  async resolve(normalisedTitles: readonly string[]): Promise<Map<string, string>> {
    if (normalisedTitles.length === 0) return new Map();
    const rows: { title: string; codes: string[] }[] = await this.dataSource.query(
      `SELECT normalised_title AS title, array_agg(DISTINCT rome_code) AS codes
         FROM rome_job_title WHERE normalised_title = ANY($1::text[]) GROUP BY normalised_title`,
      [[...new Set(normalisedTitles)]],
    );
    const resolved = new Map<string, string>();
    for (const { title, codes } of rows) if (codes.length === 1 && codes[0]) resolved.set(title, codes[0]);
    return resolved;
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM rome_job_title`);
    return (row as { n: number }).n;
  }
}
