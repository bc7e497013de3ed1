import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BmoMappingMethod, QualificationLevel } from '@passerelle/matching/domain';

export interface OccupationReferenceRow {
  code: string;
  label: string;
  domainCode: string;
  riasecMajor: string | null;
  riasecMinor: string | null;
  regulated: boolean;
  executive: boolean;
  entryLevel: QualificationLevel | null;
  skillCodes: string[];
}

export interface DemandRow {
  romeCode: string;
  projects: number;
  hardToFill: number;
}

export interface FamilyDemandRow {
  familyCode: string;
  familyLabel: string;
  /** How the family was reached from the ROME code (the column's CHECK holds these values). */
  method: BmoMappingMethod;
  projects: number;
  hardToFill: number;
  seasonal: number;
  maskedRows: number;
  rows: number;
}

/** Reads the imported reference tables (ROME, zones, BMO) with SQL: they are bulk-loaded, read-only. */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inside an event's transaction, reads must use that transaction's connection: taking a second
   * one from the pool while holding the first deadlocks once every pooled connection waits so.
   */
  private runner(manager: EntityManager | undefined): Pick<EntityManager, 'query'> {
    return manager ?? this.dataSource;
  }

  /** When the reference data last changed, to know when a cached catalogue is stale. */
  async releaseStamp(manager?: EntityManager): Promise<string> {
    const [row] = (await this.runner(manager).query(
      `SELECT coalesce(max("imported_at")::text, 'none') AS stamp FROM "reference_release"`,
    )) as { stamp: string }[];
    return row?.stamp ?? 'none';
  }

  async occupations(manager?: EntityManager): Promise<OccupationReferenceRow[]> {
    return this.runner(manager).query(`
      SELECT o."code", o."label", o."domain_code" AS "domainCode", o."riasec_major" AS "riasecMajor",
             o."riasec_minor" AS "riasecMinor", o."regulated", o."executive", o."entry_level" AS "entryLevel",
             coalesce(array_agg(os."skill_code" ORDER BY os."skill_code") FILTER (WHERE os."skill_code" IS NOT NULL), '{}') AS "skillCodes"
      FROM "occupation" o LEFT JOIN "occupation_skill" os ON os."rome_code" = o."code"
      GROUP BY o."code" ORDER BY o."code"`);
  }

  /**
   * Skills that are no trade's own (SkillSpace.specific): listed as a soft skill ("savoir-être"),
   * or general by ROME's category (transverse know-how, workplace rules).
   */
  async generalSkillCodes(manager?: EntityManager): Promise<string[]> {
    const rows = (await this.runner(manager).query(
      `SELECT DISTINCT "skill_code" AS "code" FROM "occupation_skill" WHERE "block" = 'soft_skill'
       UNION SELECT "code" FROM "skill" WHERE "general"`,
    )) as { code: string }[];
    return rows.map((row) => row.code);
  }

  /** Knowledge items that are diplomas, certificates or licences: never named as a skill a person has. */
  async certificationCodes(manager?: EntityManager): Promise<string[]> {
    const rows = (await this.runner(manager).query(`SELECT "code" FROM "skill" WHERE "certification"`)) as {
      code: string;
    }[];
    return rows.map((row) => row.code);
  }

  async mobilityLinks(
    manager?: EntityManager,
  ): Promise<{ fromCode: string; toCode: string; order: number }[]> {
    return this.runner(manager).query(
      `SELECT "from_code" AS "fromCode", "to_code" AS "toCode", "rank" AS "order" FROM "mobility_link"`,
    );
  }

  async skillLabels(manager?: EntityManager): Promise<{ code: string; label: string }[]> {
    return this.runner(manager).query(`SELECT "code", "label" FROM "skill"`);
  }

  async jobTitles(manager?: EntityManager): Promise<{ code: string; romeCode: string; label: string }[]> {
    return this.runner(manager).query(`SELECT "code", "rome_code" AS "romeCode", "label" FROM "job_title"`);
  }

  /** BMO recruitment projects per ROME occupation, in some departments or (null) nationally. */
  async demandByOccupation(
    departmentCodes: readonly string[] | null,
    manager?: EntityManager,
  ): Promise<DemandRow[]> {
    const rows = (await this.runner(manager).query(
      `SELECT obf."rome_code" AS "romeCode", coalesce(sum(ld."projects"), 0)::int AS "projects",
              coalesce(sum(ld."hard_to_fill"), 0)::int AS "hardToFill"
       FROM "occupation_bmo_family" obf JOIN "labour_demand" ld ON ld."family_code" = obf."family_code"
       WHERE $1::text[] IS NULL OR ld."department_code" = ANY($1)
       GROUP BY obf."rome_code"`,
      [departmentCodes],
    )) as DemandRow[];
    return rows;
  }

  /** The BMO families behind an occupation and their figures in the area (null = France). */
  async familyDemand(
    occupationCode: string,
    departmentCode: string | null,
    manager?: EntityManager,
  ): Promise<FamilyDemandRow[]> {
    return this.runner(manager).query(
      `SELECT f."code" AS "familyCode", f."label" AS "familyLabel", obf."method",
              coalesce(sum(ld."projects"), 0)::int AS "projects", coalesce(sum(ld."hard_to_fill"), 0)::int AS "hardToFill",
              coalesce(sum(ld."seasonal"), 0)::int AS "seasonal",
              count(*) FILTER (WHERE ld."projects" IS NULL)::int AS "maskedRows", count(ld.*)::int AS "rows"
       FROM "occupation_bmo_family" obf
       JOIN "bmo_family" f ON f."code" = obf."family_code"
       LEFT JOIN "labour_demand" ld ON ld."family_code" = obf."family_code"
            AND ($2::text IS NULL OR ld."department_code" = $2)
       WHERE obf."rome_code" = $1
       GROUP BY f."code", f."label", obf."method" ORDER BY f."code"`,
      [occupationCode, departmentCode],
    );
  }

  async occupationLabel(code: string, manager?: EntityManager): Promise<string | null> {
    const [row] = (await this.runner(manager).query(`SELECT "label" FROM "occupation" WHERE "code" = $1`, [
      code,
    ])) as {
      label: string;
    }[];
    return row?.label ?? null;
  }

  async commune(
    code: string,
    manager?: EntityManager,
  ): Promise<{ code: string; label: string; departmentCode: string; regionCode: string } | null> {
    const [row] = (await this.runner(manager).query(
      `SELECT "code", "label", "department_code" AS "departmentCode", "region_code" AS "regionCode" FROM "commune" WHERE "code" = $1`,
      [code],
    )) as { code: string; label: string; departmentCode: string; regionCode: string }[];
    return row ?? null;
  }

  async departmentExists(code: string, manager?: EntityManager): Promise<boolean> {
    const rows = (await this.runner(manager).query(
      `SELECT 1 FROM "commune" WHERE "department_code" = $1 LIMIT 1`,
      [code],
    )) as unknown[];
    return rows.length > 0;
  }
}
