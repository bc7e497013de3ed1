import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  BmoMappingMethod,
  CertificationCandidate,
  QualificationLevel,
} from '@passerelle/matching/domain';

export interface OccupationReferenceRow {
  code: string;
  label: string;
  domainCode: string;
  riasecMajor: string | null;
  riasecMinor: string | null;
  regulated: boolean;
  executive: boolean;
  entryLevel: QualificationLevel | null;
  /** The ROME 3 occupation it comes from (the learned mobility's "same parent"). */
  parentCode: string | null;
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

/** Where demand is counted: an employment zone (BMO basins brought to it), some departments, or France (null). */
export type DemandAreaFilter = { zoneCode: string } | { departmentCodes: readonly string[] } | null;

export interface AreaDemandRow {
  romeCode: string;
  projects: number;
  hardToFill: number;
  seasonal: number;
  /** BMO rows behind the figure that statistical secrecy masks (counted as 0). */
  maskedRows: number;
}

export interface EmploymentZoneRow {
  code: string;
  label: string;
  departmentCodes: string[];
  /** Share of the zone's projects that come from basins named after one of its towns (the rest: by department share). */
  namedShare: number;
  /** Whether any BMO basin is brought to the zone (two zones get none: their departments' basins are all named after other towns). */
  hasDemand: boolean;
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
             o."parent_code" AS "parentCode",
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

  /** The NAF divisions ROME files each occupation under (decision 0039). */
  async occupationSectors(manager?: EntityManager): Promise<{ romeCode: string; division: string }[]> {
    return this.runner(manager).query(
      `SELECT "rome_code" AS "romeCode", "naf_division" AS "division" FROM "occupation_sector"`,
    );
  }

  /** NAF divisions' labels: "10" -> "Industries alimentaires". */
  async nafDivisions(manager?: EntityManager): Promise<{ code: string; label: string }[]> {
    return this.runner(manager).query(`SELECT "code", "label" FROM "naf_division"`);
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

  /** An employment zone, its departments and how well BMO reaches it; null when the reference does not know it. */
  async employmentZone(code: string, manager?: EntityManager): Promise<EmploymentZoneRow | null> {
    const [row] = (await this.runner(manager).query(
      `SELECT z."code", z."label",
              coalesce((SELECT array_agg(DISTINCT c."department_code" ORDER BY c."department_code") FROM "commune" c WHERE c."zone_code" = z."code"), '{}') AS "departmentCodes",
              coalesce((SELECT sum(ld."projects" * bz."weight") FILTER (WHERE bz."method" = 'name') / nullif(sum(ld."projects" * bz."weight"), 0)
                        FROM "basin_zone" bz JOIN "labour_demand" ld ON ld."basin_code" = bz."basin_code" AND ld."department_code" = bz."department_code"
                        WHERE bz."zone_code" = z."code"), 0)::float AS "namedShare",
              EXISTS (SELECT 1 FROM "basin_zone" bz WHERE bz."zone_code" = z."code") AS "hasDemand"
       FROM "employment_zone" z WHERE z."code" = $1`,
      [code],
    )) as EmploymentZoneRow[];
    return row ?? null;
  }

  /** Several employment zones at once (`employmentZone`'s figures), for a batch of people. */
  async employmentZones(codes: readonly string[], manager?: EntityManager): Promise<EmploymentZoneRow[]> {
    if (codes.length === 0) return [];
    return this.runner(manager).query(
      `SELECT z."code", z."label",
              coalesce((SELECT array_agg(DISTINCT c."department_code" ORDER BY c."department_code") FROM "commune" c WHERE c."zone_code" = z."code"), '{}') AS "departmentCodes",
              coalesce((SELECT sum(ld."projects" * bz."weight") FILTER (WHERE bz."method" = 'name') / nullif(sum(ld."projects" * bz."weight"), 0)
                        FROM "basin_zone" bz JOIN "labour_demand" ld ON ld."basin_code" = bz."basin_code" AND ld."department_code" = bz."department_code"
                        WHERE bz."zone_code" = z."code"), 0)::float AS "namedShare",
              EXISTS (SELECT 1 FROM "basin_zone" bz WHERE bz."zone_code" = z."code") AS "hasDemand"
       FROM "employment_zone" z WHERE z."code" = ANY($1::text[])`,
      [[...codes]],
    );
  }

  /** `demandInArea`'s figures (all occupations) for several zones at once: one group per zone and occupation. */
  async demandInZones(
    zoneCodes: readonly string[],
    manager?: EntityManager,
  ): Promise<(DemandRow & { zoneCode: string })[]> {
    if (zoneCodes.length === 0) return [];
    return this.runner(manager).query(
      `SELECT bz."zone_code" AS "zoneCode", obf."rome_code" AS "romeCode",
              round(coalesce(sum(ld."projects" * bz."weight"), 0))::int AS "projects",
              round(coalesce(sum(ld."hard_to_fill" * bz."weight"), 0))::int AS "hardToFill"
       FROM "basin_zone" bz
       JOIN "labour_demand" ld ON ld."basin_code" = bz."basin_code" AND ld."department_code" = bz."department_code"
       JOIN "occupation_bmo_family" obf ON obf."family_code" = ld."family_code"
       WHERE bz."zone_code" = ANY($1::text[])
       GROUP BY bz."zone_code", obf."rome_code"`,
      [[...zoneCodes]],
    );
  }

  /**
   * `demandByOccupation`'s figures per department, for several departments at once: a set of
   * departments' figures are the sums of its departments' (whole projects, added).
   */
  async demandByDepartment(
    departmentCodes: readonly string[],
    manager?: EntityManager,
  ): Promise<(DemandRow & { departmentCode: string })[]> {
    if (departmentCodes.length === 0) return [];
    return this.runner(manager).query(
      `SELECT ld."department_code" AS "departmentCode", obf."rome_code" AS "romeCode",
              coalesce(sum(ld."projects"), 0)::int AS "projects", coalesce(sum(ld."hard_to_fill"), 0)::int AS "hardToFill"
       FROM "occupation_bmo_family" obf JOIN "labour_demand" ld ON ld."family_code" = obf."family_code"
       WHERE ld."department_code" = ANY($1::text[])
       GROUP BY ld."department_code", obf."rome_code"`,
      [[...departmentCodes]],
    );
  }

  /**
   * BMO figures per ROME occupation in an area, for some occupations or (null) all: in a zone, each
   * basin row counts with its weight in the zone (rounded to whole projects).
   */
  async demandInArea(
    area: DemandAreaFilter,
    occupationCodes: readonly string[] | null,
    manager?: EntityManager,
  ): Promise<AreaDemandRow[]> {
    const columns = (weight: string) => `
      SELECT obf."rome_code" AS "romeCode",
             round(coalesce(sum(ld."projects" * ${weight}), 0))::int AS "projects",
             round(coalesce(sum(ld."hard_to_fill" * ${weight}), 0))::int AS "hardToFill",
             round(coalesce(sum(ld."seasonal" * ${weight}), 0))::int AS "seasonal",
             count(*) FILTER (WHERE ld."projects" IS NULL)::int AS "maskedRows"`;
    if (area && 'zoneCode' in area) {
      return this.runner(manager).query(
        `${columns('bz."weight"')}
         FROM "basin_zone" bz
         JOIN "labour_demand" ld ON ld."basin_code" = bz."basin_code" AND ld."department_code" = bz."department_code"
         JOIN "occupation_bmo_family" obf ON obf."family_code" = ld."family_code"
         WHERE bz."zone_code" = $1 AND ($2::text[] IS NULL OR obf."rome_code" = ANY($2))
         GROUP BY obf."rome_code"`,
        [area.zoneCode, occupationCodes],
      );
    }
    return this.runner(manager).query(
      `${columns('1')}
       FROM "occupation_bmo_family" obf JOIN "labour_demand" ld ON ld."family_code" = obf."family_code"
       WHERE ($1::text[] IS NULL OR ld."department_code" = ANY($1)) AND ($2::text[] IS NULL OR obf."rome_code" = ANY($2))
       GROUP BY obf."rome_code"`,
      [area ? area.departmentCodes : null, occupationCodes],
    );
  }

  /** ROME 4.0 occupations with the ROME V3 code they come from (certifications name V3 codes). */
  async parentCodes(codes: readonly string[], manager?: EntityManager): Promise<Map<string, string>> {
    const rows = (await this.runner(manager).query(
      `SELECT "code", "parent_code" AS "parentCode" FROM "occupation" WHERE "code" = ANY($1)`,
      [codes],
    )) as { code: string; parentCode: string }[];
    return new Map(rows.map((row) => [row.code, row.parentCode]));
  }

  /** The current (not superseded) certifications naming any of these ROME codes, with topics and skill blocks. */
  async currentCertifications(
    romeCodes: readonly string[],
    manager?: EntityManager,
  ): Promise<CertificationCandidate[]> {
    if (romeCodes.length === 0) return [];
    return this.runner(manager).query(
      `WITH chosen AS (
         SELECT DISTINCT c."number", c."kind" FROM "certification" c
         JOIN "certification_occupation" co ON co."number" = c."number"
         WHERE co."rome_code" = ANY($1) AND c."superseded_by" IS NULL)
       SELECT ch."number", ch."kind",
              (SELECT array_agg(co."rome_code" ORDER BY co."rome_code") FROM "certification_occupation" co WHERE co."number" = ch."number") AS "occupationCodes",
              coalesce((SELECT json_agg(json_build_object('code', t."code", 'label', t."label") ORDER BY t."code") FROM "certification_topic" t WHERE t."number" = ch."number"), '[]') AS "topics",
              coalesce((SELECT json_agg(json_build_object('code', b."code", 'label', b."label") ORDER BY b."code") FROM "certification_skill_block" b WHERE b."number" = ch."number"), '[]') AS "skillBlocks"
       FROM chosen ch`,
      [romeCodes],
    );
  }

  /** Zones whose name, or a commune's name or code, starts with the search (case and accents as typed). */
  async searchEmploymentZones(
    search: string,
    limit: number,
    manager?: EntityManager,
  ): Promise<EmploymentZoneRow[]> {
    return this.runner(manager).query(
      `SELECT z."code", z."label",
              (SELECT array_agg(DISTINCT c."department_code" ORDER BY c."department_code") FROM "commune" c WHERE c."zone_code" = z."code") AS "departmentCodes",
              0::float AS "namedShare", true AS "hasDemand"
       FROM "employment_zone" z
       WHERE z."code" = $1 OR lower(z."label") LIKE lower($1) || '%'
          OR EXISTS (SELECT 1 FROM "commune" c WHERE c."zone_code" = z."code" AND (c."code" = $1 OR lower(c."label") LIKE lower($1) || '%'))
       ORDER BY (lower(z."label") LIKE lower($1) || '%') DESC, z."label" LIMIT $2`,
      [search.replace(/[%_\\]/g, ''), limit],
    );
  }

  /** BMO figures per family in a zone (basin rows weighted into it), most projects first. */
  async familyDemandInZone(
    zoneCode: string,
    familyCodes: readonly string[] | null,
    manager?: EntityManager,
  ): Promise<(Omit<FamilyDemandRow, 'method' | 'rows'> & { romeCodes: string[] })[]> {
    return this.runner(manager).query(
      `SELECT f."code" AS "familyCode", f."label" AS "familyLabel",
              round(coalesce(sum(ld."projects" * bz."weight"), 0))::int AS "projects",
              round(coalesce(sum(ld."hard_to_fill" * bz."weight"), 0))::int AS "hardToFill",
              round(coalesce(sum(ld."seasonal" * bz."weight"), 0))::int AS "seasonal",
              count(*) FILTER (WHERE ld."projects" IS NULL)::int AS "maskedRows", '{}'::text[] AS "romeCodes"
       FROM "basin_zone" bz
       JOIN "labour_demand" ld ON ld."basin_code" = bz."basin_code" AND ld."department_code" = bz."department_code"
       JOIN "bmo_family" f ON f."code" = ld."family_code"
       WHERE bz."zone_code" = $1 AND ($2::text[] IS NULL OR f."code" = ANY($2))
       GROUP BY f."code", f."label" ORDER BY 3 DESC, f."code"`,
      [zoneCode, familyCodes],
    );
  }

  /** The BMO families behind some ROME occupations. */
  async familiesOf(
    romeCodes: readonly string[],
    manager?: EntityManager,
  ): Promise<{ romeCode: string; familyCode: string }[]> {
    return this.runner(manager).query(
      `SELECT "rome_code" AS "romeCode", "family_code" AS "familyCode" FROM "occupation_bmo_family" WHERE "rome_code" = ANY($1)`,
      [romeCodes],
    );
  }
}
