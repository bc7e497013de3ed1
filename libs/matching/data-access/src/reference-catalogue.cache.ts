import { Injectable } from '@nestjs/common';
import {
  localDemandArea,
  OccupationCatalogue,
  SHIPPED_MOBILITY_MODEL,
  SkillSpace,
  TitleMatcher,
  type LabourDemand,
  type LearnedMobilitySource,
  type LocalDemandArea,
  type Occupation,
} from '@passerelle/matching/domain';
import type { EntityManager } from 'typeorm';
import { ReferenceRepository, type DemandRow, type EmploymentZoneRow } from './reference.repository';

export interface ReferenceSnapshot {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  titles: TitleMatcher;
  nationalDemand: ReadonlyMap<string, LabourDemand>;
  /** The learned mobility the ranking uses (docs/decisions/0053-learned-mobility-ranking.md). */
  mobility: LearnedMobilitySource;
}

/** A profile as the local demand reads it. */
type AreaProfile = { employmentZoneCode: string | null; searchDepartments: readonly string[] };

/**
 * The reference of one release, for a batch (`ReferenceCatalogueCache.view`): `prepare` reads what
 * the batch's people need and is not known yet; then `localArea` and `demandForArea` answer from
 * memory, as `ReferenceCatalogueCache.localArea` and `demandForArea` answer with a statement each.
 */
export interface ReferenceView {
  snapshot: ReferenceSnapshot;
  prepare(profiles: readonly AreaProfile[]): Promise<void>;
  localArea(profile: AreaProfile): { area: LocalDemandArea; zone: EmploymentZoneRow | null };
  /** One map per area and release (the same object for the same area: a batch may key on it). */
  demandForArea(area: LocalDemandArea): ReadonlyMap<string, LabourDemand>;
}

interface ReleaseAreas {
  stamp: string;
  /** null: a zone the reference does not know. */
  zones: Map<string, EmploymentZoneRow | null>;
  zoneDemand: Map<string, ReadonlyMap<string, LabourDemand>>;
  departmentDemand: Map<string, ReadonlyMap<string, LabourDemand>>;
  /** Search areas (sets of departments) summed, by their sorted codes. */
  areaDemand: Map<string, ReadonlyMap<string, LabourDemand>>;
}

const emptyAreas = (stamp: string): ReleaseAreas => ({
  stamp,
  zones: new Map(),
  zoneDemand: new Map(),
  departmentDemand: new Map(),
  areaDemand: new Map(),
});

/** A zone no BMO basin reaches counts as unknown (as `ReferenceCatalogueCache.localArea`). */
function localAreaOf(areas: ReleaseAreas, profile: AreaProfile): LocalDemandArea {
  const zone = profile.employmentZoneCode ? (areas.zones.get(profile.employmentZoneCode) ?? null) : null;
  return localDemandArea(profile, zone?.hasDemand ? zone.departmentCodes : null);
}

/** Each area's figures from the rows read for it (none: an empty map), kept unless already known. */
function keep<R extends DemandRow>(
  into: Map<string, ReadonlyMap<string, LabourDemand>>,
  codes: readonly string[],
  rows: readonly R[],
  areaOf: (row: R) => string,
): void {
  const read = new Map(codes.map((code) => [code, new Map<string, LabourDemand>()]));
  for (const row of rows)
    read.get(areaOf(row))?.set(row.romeCode, { projects: row.projects, hardToFill: row.hardToFill });
  for (const [code, demand] of read) if (!into.has(code)) into.set(code, demand);
}

function known<T>(map: ReadonlyMap<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${key} was not prepared for this batch (ReferenceView.prepare)`);
  return value;
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
   * For batches (`view`): employment zones, their demand and each department's demand, read for
   * the zones and departments a batch needs that are not known yet (one statement each), kept for
   * the release (306 zones, about 100 departments at most); search areas' sums kept up to AREAS_KEPT.
   */
  private areas: ReleaseAreas = emptyAreas('');

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
    if (this.areas.stamp !== stamp) this.areas = emptyAreas(stamp);
    const areas = this.areas;
    const reference = this.reference;
    return {
      snapshot,
      async prepare(profiles) {
        // What is read is kept only once complete: a batch preparing at the same time reads it
        // again rather than see a zone's figures half filled (concurrent partitions).
        const zoneCodes = [
          ...new Set(profiles.flatMap((p) => (p.employmentZoneCode ? [p.employmentZoneCode] : []))),
        ].filter((code) => !areas.zones.has(code));
        const found = await reference.employmentZones(zoneCodes, manager);
        for (const code of zoneCodes) if (!areas.zones.has(code)) areas.zones.set(code, null);
        for (const zone of found) areas.zones.set(zone.code, zone);
        const local = profiles.map((profile) => localAreaOf(areas, profile));
        const zones = [
          ...new Set(local.flatMap((area) => (area.kind === 'zone' ? [area.zoneCode] : []))),
        ].filter((code) => !areas.zoneDemand.has(code));
        keep(areas.zoneDemand, zones, await reference.demandInZones(zones, manager), (row) => row.zoneCode);
        const departments = [
          ...new Set(local.flatMap((area) => (area.kind === 'department' ? area.departmentCodes : []))),
        ].filter((code) => !areas.departmentDemand.has(code));
        keep(
          areas.departmentDemand,
          departments,
          await reference.demandByDepartment(departments, manager),
          (row) => row.departmentCode,
        );
      },
      localArea: (profile) => {
        const zone = profile.employmentZoneCode
          ? (areas.zones.get(profile.employmentZoneCode) ?? null)
          : null;
        return { area: localAreaOf(areas, profile), zone };
      },
      demandForArea: (area) => {
        if (area.kind === 'france' || (area.kind === 'department' && area.departmentCodes.length === 0))
          return snapshot.nationalDemand;
        if (area.kind === 'zone') return known(areas.zoneDemand, area.zoneCode);
        const key = [...area.departmentCodes].sort().join(',');
        let demand = areas.areaDemand.get(key);
        if (!demand) {
          // A set of departments: the sum of each one's figures (whole projects, as the SQL sums them).
          const sum = new Map<string, LabourDemand>();
          for (const code of new Set(area.departmentCodes))
            for (const [rome, figures] of known(areas.departmentDemand, code)) {
              const before = sum.get(rome);
              sum.set(
                rome,
                before
                  ? {
                      projects: before.projects + figures.projects,
                      hardToFill: before.hardToFill + figures.hardToFill,
                    }
                  : figures,
              );
            }
          if (areas.areaDemand.size >= AREAS_KEPT) areas.areaDemand.clear();
          areas.areaDemand.set(key, sum);
          demand = sum;
        }
        return demand;
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
      mobility: { model: SHIPPED_MOBILITY_MODEL, nationalDemand },
    };
  }
}

function sectorsByOccupation(rows: readonly { romeCode: string; division: string }[]): Map<string, string[]> {
  const sectors = new Map<string, string[]>();
  for (const row of rows) sectors.set(row.romeCode, [...(sectors.get(row.romeCode) ?? []), row.division]);
  return sectors;
}
