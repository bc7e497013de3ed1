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

  constructor(private readonly reference: ReferenceRepository) {}

  /** Pass the caller's transaction when there is one (see ReferenceRepository.runner). */
  async get(manager?: EntityManager): Promise<ReferenceSnapshot> {
    const stamp = await this.reference.releaseStamp(manager);
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
    const stamp = await this.reference.releaseStamp(manager);
    if (this.zoneDemand.stamp !== stamp) this.zoneDemand = { stamp, zones: new Map() };
    const zones = this.zoneDemand.zones;
    let demand = zones.get(area.zoneCode);
    if (!demand) {
      demand = this.reference
        .demandInArea({ zoneCode: area.zoneCode }, null, manager)
        .then(
          (rows) =>
            new Map(
              rows.map((row) => [row.romeCode, { projects: row.projects, hardToFill: row.hardToFill }]),
            ),
        );
      demand.catch(() => zones.delete(area.zoneCode));
      zones.set(area.zoneCode, demand);
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
