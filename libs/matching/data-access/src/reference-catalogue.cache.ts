import { Injectable } from '@nestjs/common';
import {
  localDemandArea,
  OccupationCatalogue,
  SkillSpace,
  TitleMatcher,
  type LabourDemand,
  type LocalDemandArea,
  type Occupation,
} from '@passerelle/matching/domain';
import type { EntityManager } from 'typeorm';
import { ReferenceRepository, type EmploymentZoneRow } from './reference.repository';

export interface ReferenceSnapshot {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  titles: TitleMatcher;
  nationalDemand: ReadonlyMap<string, LabourDemand>;
}

/** The reference of one release, for a batch (`ReferenceCatalogueCache.view`). */
export interface ReferenceView {
  snapshot: ReferenceSnapshot;
  localArea(profile: {
    employmentZoneCode: string | null;
    searchDepartments: readonly string[];
  }): Promise<{ area: LocalDemandArea; zone: EmploymentZoneRow | null }>;
  demandForArea(area: LocalDemandArea): Promise<ReadonlyMap<string, LabourDemand>>;
}

/** Search areas' demand kept per release before the memory is cleared (a few per programme's region). */
const AREAS_KEPT = 2_000;

/**
 * The imported reference data as the ranking uses it, built once and rebuilt when an import
 * changed it (each replica checks the release stamp; nothing assumes a single instance).
 */
@Injectable()
export class ReferenceCatalogueCache {
  private current: { stamp: string; snapshot: Promise<ReferenceSnapshot> } | null = null;
  /** Each employment zone's demand, read once per release (306 zones at most). */
  private zoneDemand: { stamp: string; zones: Map<string, Promise<ReadonlyMap<string, LabourDemand>>> } = {
    stamp: '',
    zones: new Map(),
  };
  /**
   * For batches (`view`): each employment zone's row and each search area's demand, read once per
   * release (306 zones; search areas are a person's departments, capped at AREAS_KEPT).
   */
  private areas: {
    stamp: string;
    zones: Map<string, Promise<EmploymentZoneRow | null>>;
    departments: Map<string, Promise<ReadonlyMap<string, LabourDemand>>>;
  } = { stamp: '', zones: new Map(), departments: new Map() };

  constructor(private readonly reference: ReferenceRepository) {}

  /** Pass the caller's transaction when there is one (see ReferenceRepository.runner). */
  async get(manager?: EntityManager): Promise<ReferenceSnapshot> {
    return this.snapshotOf(await this.reference.releaseStamp(manager), manager);
  }

  /**
   * The reference as one release stamp says it is, for a batch of people: the release is checked
   * once, then the snapshot, each employment zone and each search area's demand come from memory
   * after their first reading (kept for the release: an import changes the stamp, and the next
   * view reads them again). The same figures `localArea` and `demandForArea` read each time.
   */
  async view(manager?: EntityManager): Promise<ReferenceView> {
    const stamp = await this.reference.releaseStamp(manager);
    const snapshot = await this.snapshotOf(stamp, manager);
    if (this.areas.stamp !== stamp) this.areas = { stamp, zones: new Map(), departments: new Map() };
    if (this.zoneDemand.stamp !== stamp) this.zoneDemand = { stamp, zones: new Map() };
    const { zones, departments } = this.areas;
    const remembered = <T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>) => {
      let value = map.get(key);
      if (!value) {
        if (map.size >= AREAS_KEPT) map.clear();
        value = read();
        value.catch(() => map.delete(key));
        map.set(key, value);
      }
      return value;
    };
    const zoneOf = (code: string) =>
      remembered(zones, code, () => this.reference.employmentZone(code, manager));
    return {
      snapshot,
      localArea: async (profile) => {
        const zone = profile.employmentZoneCode ? await zoneOf(profile.employmentZoneCode) : null;
        return { area: localDemandArea(profile, zone?.hasDemand ? zone.departmentCodes : null), zone };
      },
      demandForArea: (area) => {
        if (area.kind === 'france') return Promise.resolve(snapshot.nationalDemand);
        if (area.kind === 'zone') return this.zoneDemandOf(stamp, area.zoneCode, manager);
        if (area.departmentCodes.length === 0) return Promise.resolve(snapshot.nationalDemand);
        return remembered(departments, [...area.departmentCodes].sort().join(','), () =>
          this.demandIn(area.departmentCodes, manager),
        );
      },
    };
  }

  private snapshotOf(stamp: string, manager?: EntityManager): Promise<ReferenceSnapshot> {
    if (!this.current || this.current.stamp !== stamp) {
      const snapshot = this.build(manager);
      this.current = { stamp, snapshot };
      snapshot.catch(() => {
        if (this.current?.snapshot === snapshot) this.current = null;
      });
    }
    return this.current.snapshot;
  }

  /** Demand in some departments, or the national figures when the area is unknown (null or empty). */
  async demandIn(
    departmentCodes: readonly string[] | null,
    manager?: EntityManager,
  ): Promise<ReadonlyMap<string, LabourDemand>> {
    if (!departmentCodes || departmentCodes.length === 0) return (await this.get(manager)).nationalDemand;
    const rows = await this.reference.demandByOccupation(departmentCodes, manager);
    return new Map(rows.map((row) => [row.romeCode, { projects: row.projects, hardToFill: row.hardToFill }]));
  }

  /** Where a person's local demand is counted (their zone while they search at home), and the zone. */
  async localArea(
    profile: { employmentZoneCode: string | null; searchDepartments: readonly string[] },
    manager?: EntityManager,
  ): Promise<{ area: LocalDemandArea; zone: EmploymentZoneRow | null }> {
    const zone = profile.employmentZoneCode
      ? await this.reference.employmentZone(profile.employmentZoneCode, manager)
      : null;
    // A zone no BMO basin reaches counts as unknown: its departments' figures say more than zero.
    return { area: localDemandArea(profile, zone?.hasDemand ? zone.departmentCodes : null), zone };
  }

  /** Demand per occupation in the area: the zone's (basins brought to it), the departments', or France's. */
  async demandForArea(
    area: LocalDemandArea,
    manager?: EntityManager,
  ): Promise<ReadonlyMap<string, LabourDemand>> {
    if (area.kind === 'department') return this.demandIn(area.departmentCodes, manager);
    if (area.kind === 'france') return (await this.get(manager)).nationalDemand;
    return this.zoneDemandOf(await this.reference.releaseStamp(manager), area.zoneCode, manager);
  }

  private zoneDemandOf(
    stamp: string,
    zoneCode: string,
    manager?: EntityManager,
  ): Promise<ReadonlyMap<string, LabourDemand>> {
    if (this.zoneDemand.stamp !== stamp) this.zoneDemand = { stamp, zones: new Map() };
    const zones = this.zoneDemand.zones;
    let demand = zones.get(zoneCode);
    if (!demand) {
      demand = this.reference
        .demandInArea({ zoneCode }, null, manager)
        .then(
          (rows) =>
            new Map(
              rows.map((row) => [row.romeCode, { projects: row.projects, hardToFill: row.hardToFill }]),
            ),
        );
      demand.catch(() => zones.delete(zoneCode));
      zones.set(zoneCode, demand);
    }
    return demand;
  }

  private async build(manager?: EntityManager): Promise<ReferenceSnapshot> {
    // One after another: on a transaction's single connection they would queue anyway.
    const occupations = await this.reference.occupations(manager);
    const links = await this.reference.mobilityLinks(manager);
    const labels = await this.reference.skillLabels(manager);
    const generalSkills = await this.reference.generalSkillCodes(manager);
    const certifications = await this.reference.certificationCodes(manager);
    const titles = await this.reference.jobTitles(manager);
    const demand = await this.reference.demandByOccupation(null, manager);
    const sectors = await this.reference.occupationSectors(manager);
    const divisions = await this.reference.nafDivisions(manager);
    const catalogue = new OccupationCatalogue(
      occupations.map((o): Occupation => ({
        ...o,
        riasecMajor: o.riasecMajor as Occupation['riasecMajor'],
        riasecMinor: o.riasecMinor as Occupation['riasecMinor'],
      })),
      links,
      new Map(labels.map((l) => [l.code, l.label])),
      new Set(certifications),
    );
    const nationalDemand = new Map(
      demand.map((row) => [row.romeCode, { projects: row.projects, hardToFill: row.hardToFill }]),
    );
    return {
      catalogue,
      skills: SkillSpace.specific(
        occupations.map((o) => o.skillCodes),
        generalSkills,
      ),
      // What each occupation's skills say helps tell apart titles sharing words (docs/matching.md).
      // ROME's occupation-sector links let the employer's NAF code choose among a generic title's occupations.
      titles: new TitleMatcher(titles)
        .describe(
          new Map(occupations.map((o) => [o.code, o.skillCodes.map((code) => catalogue.skillLabel(code))])),
        )
        .locate(sectorsByOccupation(sectors), new Map(divisions.map((d) => [d.code, d.label]))),
      nationalDemand,
    };
  }
}

function sectorsByOccupation(rows: readonly { romeCode: string; division: string }[]): Map<string, string[]> {
  const sectors = new Map<string, string[]>();
  for (const row of rows) sectors.set(row.romeCode, [...(sectors.get(row.romeCode) ?? []), row.division]);
  return sectors;
}
