import type { DataSource } from 'typeorm';
import type { PoolClient } from 'pg';
import { mapBasinsToZones, mapOccupationsToBmoFamilies } from '@passerelle/matching/domain';
import { readCertifications } from './certification-files';
import { BMO_DIR, INSEE_DIR, readBmo, readInseeZones, readRomeV3ToFap2009 } from './labour-files';
import { readNafDivisions, readOccupationSectors, readRomeRelease } from './reference-files';
import { syncTable, type TableChanges, type TableLoad } from './table-sync';

export type ReferenceSource = 'rome' | 'insee' | 'bmo' | 'rncp';
export const REFERENCE_SOURCES: readonly ReferenceSource[] = ['rome', 'insee', 'bmo', 'rncp'];

export interface ReferenceImportReport {
  sources: { source: ReferenceSource; release: string; previousRelease: string | null }[];
  tables: TableChanges[];
  /** How BMO families were reached for each occupation (see bmo-mapping.ts). */
  bmoMapping: Record<string, number>;
  /** How BMO basin rows were brought to employment zones (see basin-zone-mapping.ts): rows and projects per method. */
  basinZoneMapping: Record<string, { basinRows: number; projects: number }>;
}

/**
 * Imports the official reference files from `directory` (laid out like ../shared/data) in one
 * transaction: every file is read and checked first, so a bad file writes nothing. Idempotent;
 * the report gives, per table, the rows added, removed and changed against what was there.
 * BMO needs the ROME occupations, so importing `bmo` alone maps against the ROME in the database;
 * likewise its basins are brought to the employment zones of the INSEE communes (read, or in the database).
 */
export async function importReferenceData(
  dataSource: DataSource,
  directory: string,
  sources: readonly ReferenceSource[] = REFERENCE_SOURCES,
): Promise<ReferenceImportReport> {
  const loads: TableLoad[] = [];
  const releases: { source: ReferenceSource; release: string }[] = [];
  const bmoMapping: Record<string, number> = {};
  const basinZoneMapping: Record<string, { basinRows: number; projects: number }> = {};
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
      {
        table: 'occupation_sector',
        columns: ['rome_code', 'naf_division'],
        key: ['rome_code', 'naf_division'],
        rows: [...readOccupationSectors(directory)].flatMap(([code, divisions]) =>
          divisions.map((division) => [code, division]),
        ),
      },
      {
        table: 'naf_division',
        columns: ['code', 'label'],
        key: ['code'],
        rows: [...readNafDivisions(directory)].map(([code, label]) => [code, label]),
      },
    );
  }
  const insee = sources.includes('insee') ? readInseeZones(directory) : null;
  if (insee) {
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
  const rncp = sources.includes('rncp') ? readCertifications(directory) : null;
  if (rncp) {
    releases.push({ source: 'rncp', release: rncp.release });
    loads.push(
      {
        table: 'certification',
        columns: ['number', 'kind', 'superseded_by'],
        key: ['number'],
        rows: rncp.certifications.map((c) => [c.number, c.kind, c.supersededBy]),
      },
      {
        table: 'certification_occupation',
        columns: ['number', 'rome_code'],
        key: ['number', 'rome_code'],
        rows: rncp.occupations.map((o) => [o.number, o.romeCode]),
      },
      {
        table: 'certification_topic',
        columns: ['number', 'code', 'label'],
        key: ['number', 'code'],
        rows: rncp.topics.map((t) => [t.number, t.code, t.label]),
      },
      {
        table: 'certification_skill_block',
        columns: ['number', 'code', 'label'],
        key: ['number', 'code'],
        rows: rncp.skillBlocks.map((b) => [b.number, b.code, b.label]),
      },
    );
  }

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
      const geography = insee ?? {
        zones: (await runner.query(`SELECT "code", "label" FROM "employment_zone"`)) as {
          code: string;
          label: string;
        }[],
        communes: (await runner.query(
          `SELECT "code", "label", "zone_code" AS "zoneCode", "department_code" AS "departmentCode" FROM "commune"`,
        )) as { code: string; label: string; zoneCode: string; departmentCode: string }[],
      };
      if (geography.communes.length === 0)
        throw new Error('import INSEE zones before BMO: BMO basins are brought to employment zones');
      const basinZones = mapBasinsToZones(bmo.basins, geography.communes, geography.zones);
      const projectsOf = new Map<string, number>();
      for (const d of bmo.demand) {
        const key = `${d.basinCode}|${d.departmentCode}`;
        projectsOf.set(key, (projectsOf.get(key) ?? 0) + (d.projects ?? 0));
      }
      for (const link of basinZones) {
        const entry = (basinZoneMapping[link.method] ??= { basinRows: 0, projects: 0 });
        entry.basinRows += link.weight;
        entry.projects += link.weight * (projectsOf.get(`${link.basinCode}|${link.departmentCode}`) ?? 0);
      }
      for (const entry of Object.values(basinZoneMapping)) {
        entry.basinRows = Math.round(entry.basinRows);
        entry.projects = Math.round(entry.projects);
      }
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
        {
          table: 'basin_zone',
          columns: ['basin_code', 'department_code', 'zone_code', 'weight', 'method'],
          key: ['basin_code', 'department_code', 'zone_code'],
          rows: basinZones.map((l) => [l.basinCode, l.departmentCode, l.zoneCode, l.weight, l.method]),
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
      basinZoneMapping,
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
      return [
        'occupation',
        'job_title',
        'skill',
        'occupation_skill',
        'mobility_link',
        'occupation_sector',
        'naf_division',
      ];
    case 'insee':
      return ['employment_zone', 'commune'];
    case 'bmo':
      return ['bmo_family', 'bmo_basin', 'labour_demand', 'occupation_bmo_family', 'basin_zone'];
    case 'rncp':
      return [
        'certification',
        'certification_occupation',
        'certification_topic',
        'certification_skill_block',
      ];
  }
}
