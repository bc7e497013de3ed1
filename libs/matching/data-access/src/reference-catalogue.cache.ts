import { Injectable } from '@nestjs/common';
import {
  OccupationCatalogue,
  SkillSpace,
  TitleMatcher,
  type LabourDemand,
  type Occupation,
} from '@passerelle/matching/domain';
import type { EntityManager } from 'typeorm';
import { ReferenceRepository } from './reference.repository';

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

  private async build(manager?: EntityManager): Promise<ReferenceSnapshot> {
    // One after another: on a transaction's single connection they would queue anyway.
    const occupations = await this.reference.occupations(manager);
    const links = await this.reference.mobilityLinks(manager);
    const labels = await this.reference.skillLabels(manager);
    const generalSkills = await this.reference.generalSkillCodes(manager);
    const certifications = await this.reference.certificationCodes(manager);
    const titles = await this.reference.jobTitles(manager);
    const demand = await this.reference.demandByOccupation(null, manager);
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
      titles: new TitleMatcher(titles),
      nationalDemand,
    };
  }
}
