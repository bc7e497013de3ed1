import type { DataSource } from 'typeorm';
import type { PoolClient } from 'pg';
import { mapOccupationsToBmoFamilies } from '@passerelle/matching/domain';
import { BMO_DIR, INSEE_DIR, readBmo, readInseeZones, readRomeV3ToFap2009 } from './labour-files';
import { readRomeRelease } from './reference-files';
import { syncTable, type TableChanges, type TableLoad } from './table-sync';

export type ReferenceSource = 'rome' | 'insee' | 'bmo';
export const REFERENCE_SOURCES: readonly ReferenceSource[] = ['rome', 'insee', 'bmo'];

export interface ReferenceImportReport {
  sources: { source: ReferenceSource; release: string; previousRelease: string | null }[];
  tables: TableChanges[];
  /** How BMO families were reached for each occupation (see bmo-mapping.ts). */
  bmoMapping: Record<string, number>;
}

/**
 * Imports the official reference files from `directory` (laid out like ../shared/data) in one
 * transaction: every file is read and checked first, so a bad file writes nothing. Idempotent;
 * the report gives, per table, the rows added, removed and changed against what was there.
 * BMO needs the ROME occupations, so importing `bmo` alone maps against the ROME in the database.
 */
export async function importReferenceData(
  dataSource: DataSource,
  directory: string,
  sources: readonly ReferenceSource[] = REFERENCE_SOURCES,
): Promise<ReferenceImportReport> {
  const loads: TableLoad[] = [];
  const releases: { source: ReferenceSource; release: string }[] = [];
  const bmoMapping: Record<string, number> = {};
  const rome = sources.includes('rome') ? readRomeRelease(directory) : null;
  if (rome) {
    releases.push({ source: 'rome', release: rome.release });
    loads.push(
      {
        table: 'occupation',
        columns: [
          'code',
          'label',
          'domain_code',
          'parent_code',
          'riasec_major',
          'riasec_minor',
          'regulated',
          'executive',
          'entry_level',
        ],
        key: ['code'],
        rows: rome.occupations.map((o) => [
          o.code,
          o.label,
          o.domainCode,
          o.parentCode,
          o.riasecMajor,
          o.riasecMinor,
          o.regulated,
          o.executive,
          o.entryLevel,
        ]),
      },
      {
        table: 'job_title',
        columns: ['code', 'rome_code', 'label', 'short_label', 'principal'],
        key: ['code'],
        rows: rome.titles.map((t) => [t.code, t.romeCode, t.label, t.shortLabel, t.principal]),
      },
      {
        table: 'skill',
        columns: ['code', 'label', 'kind', 'general', 'certification'],
        key: ['code'],
        rows: rome.skills.map((s) => [s.code, s.label, s.kind, s.general, s.certification]),
      },
      {
        table: 'occupation_skill',
        columns: ['rome_code', 'skill_code', 'block', 'core'],
        key: ['rome_code', 'skill_code'],
        rows: rome.occupationSkills.map((l) => [l.romeCode, l.skillCode, l.block, l.core]),
      },
      {
        table: 'mobility_link',
        columns: ['from_code', 'to_code', 'rank'],
        key: ['from_code', 'to_code'],
        rows: rome.mobility.map((m) => [m.fromCode, m.toCode, m.order]),
      },
    );
  }
  if (sources.includes('insee')) {
    const insee = readInseeZones(directory);
    releases.push({ source: 'insee', release: INSEE_DIR });
    loads.push(
      {
        table: 'employment_zone',
        columns: ['code', 'label', 'commune_count'],
        key: ['code'],
        rows: insee.zones.map((z) => [z.code, z.label, z.communeCount]),
      },
      {
        table: 'commune',
        columns: ['code', 'label', 'zone_code', 'department_code', 'region_code'],
        key: ['code'],
        rows: insee.communes.map((c) => [c.code, c.label, c.zoneCode, c.departmentCode, c.regionCode]),
      },
    );
  }
  const bmo = sources.includes('bmo')
    ? { ...readBmo(directory), crosswalk: readRomeV3ToFap2009(directory) }
    : null;

  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  try {
    await runner.startTransaction();
    const previous = new Map<string, string>(
      (
        (await runner.query(`SELECT "source", "release" FROM "reference_release"`)) as {
          source: string;
          release: string;
        }[]
      ).map((row) => [row.source, row.release]),
    );
    if (bmo) {
      const occupations =
        rome?.occupations ??
        ((await runner.query(`SELECT "code", "parent_code" AS "parentCode" FROM "occupation"`)) as {
          code: string;
          parentCode: string;
        }[]);
      if (occupations.length === 0)
        throw new Error('import ROME before BMO: BMO is mapped onto ROME occupations');
      const mapping = mapOccupationsToBmoFamilies(
        occupations,
        bmo.crosswalk,
        new Set(bmo.families.map((f) => f.code)),
      );
      const perOccupation = new Map<string, string>();
      for (const row of mapping) perOccupation.set(row.romeCode, row.method);
      for (const method of perOccupation.values()) bmoMapping[method] = (bmoMapping[method] ?? 0) + 1;
      bmoMapping['unmapped'] = occupations.length - perOccupation.size;
      releases.push({ source: 'bmo', release: BMO_DIR });
      loads.push(
        {
          table: 'bmo_family',
          columns: ['code', 'label', 'group_code', 'group_label'],
          key: ['code'],
          rows: bmo.families.map((f) => [f.code, f.label, f.groupCode, f.groupLabel]),
        },
        {
          table: 'bmo_basin',
          columns: ['code', 'department_code', 'label', 'region_code'],
          key: ['code', 'department_code'],
          rows: bmo.basins.map((b) => [b.code, b.departmentCode, b.label, b.regionCode]),
        },
        {
          table: 'labour_demand',
          columns: ['family_code', 'basin_code', 'department_code', 'projects', 'hard_to_fill', 'seasonal'],
          key: ['family_code', 'basin_code', 'department_code'],
          rows: bmo.demand.map((d) => [
            d.familyCode,
            d.basinCode,
            d.departmentCode,
            d.projects,
            d.hardToFill,
            d.seasonal,
          ]),
        },
        {
          table: 'occupation_bmo_family',
          columns: ['rome_code', 'family_code', 'method'],
          key: ['rome_code', 'family_code'],
          rows: mapping.map((m) => [m.romeCode, m.familyCode, m.method]),
        },
      );
    }
    const tables: TableChanges[] = [];
    for (const load of loads) tables.push(await syncTable(client, load));
    const now = new Date();
    for (const { source, release } of releases) {
      const changes = tables.filter((t) => tablesOf(source).includes(t.table));
      await runner.query(
        `INSERT INTO "reference_release" ("source", "release", "imported_at", "changes") VALUES ($1, $2, $3, $4)
         ON CONFLICT ("source") DO UPDATE SET "release" = EXCLUDED."release", "imported_at" = EXCLUDED."imported_at", "changes" = EXCLUDED."changes"`,
        [source, release, now, JSON.stringify(changes)],
      );
    }
    await runner.commitTransaction();
    return {
      sources: releases.map((r) => ({ ...r, previousRelease: previous.get(r.source) ?? null })),
      tables,
      bmoMapping,
    };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

function tablesOf(source: ReferenceSource): string[] {
  switch (source) {
    case 'rome':
      return ['occupation', 'job_title', 'skill', 'occupation_skill', 'mobility_link'];
    case 'insee':
      return ['employment_zone', 'commune'];
    case 'bmo':
      return ['bmo_family', 'bmo_basin', 'labour_demand', 'occupation_bmo_family'];
  }
}
