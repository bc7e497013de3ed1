import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface CommuneZoneRow {
  communeCode: string;
  zoneCode: string;
}

/**
 * INSEE's commune -> employment zone table: filled by `npm run import:intake-zones`, read by the
 * import to say each person's zone on CandidateEnrolled and CandidateDetailsCorrected.
 */
@Injectable()
export class EmploymentZoneRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces the whole table in one transaction, so a lookup never sees half a list. */
  async replace(source: string, rows: readonly CommuneZoneRow[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM commune_employment_zone`);
      for (let start = 0; start < rows.length; start += 5000) {
        const slice = rows.slice(start, start + 5000);
        await manager.query(
          `INSERT INTO commune_employment_zone (commune_code, zone_code, source)
           SELECT c, z, $3 FROM unnest($1::text[], $2::text[]) AS u(c, z) ON CONFLICT DO NOTHING`,
          [slice.map((r) => r.communeCode), slice.map((r) => r.zoneCode), source],
        );
      }
      const [row] = (await manager.query(`SELECT count(*)::int AS n FROM commune_employment_zone`)) as {
        n: number;
      }[];
      return row?.n ?? 0;
    });
  }

  /** The zone of each commune code the table knows (unknown codes are left out). */
  async zonesOf(
    communeCodes: readonly (string | null)[],
    manager?: EntityManager,
  ): Promise<Map<string, string>> {
    const codes = [...new Set(communeCodes.filter((code): code is string => !!code))];
    if (codes.length === 0) return new Map();
    const rows = (await (manager ?? this.dataSource).query(
      `SELECT commune_code AS "communeCode", zone_code AS "zoneCode" FROM commune_employment_zone WHERE commune_code = ANY($1::text[])`,
      [codes],
    )) as CommuneZoneRow[];
    return new Map(rows.map((row) => [row.communeCode, row.zoneCode]));
  }
}
