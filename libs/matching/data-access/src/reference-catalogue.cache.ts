import { Injectable } from '@nestjs/common';
import {
  OccupationCatalogue,
  SkillSpace,
  TitleMatcher,
  type LabourDemand,
  type Occupation,
} from '@passerelle/matching/domain';
import { ReferenceRepository } from './reference.repository';

export interface ReferenceSnapshot {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  titles: TitleMatcher;
  nationalDemand: ReadonlyMap<string, LabourDemand>;
  /** Projects at which an occupation's demand counts as full: the 90th percentile, nationally. */
  demandScale: number;
}

/**
 * The imported reference data as the ranking uses it, built once and rebuilt when an import
 * changed it (each replica checks the release stamp; nothing assumes a single instance).
 */
@Injectable()
export class ReferenceCatalogueCache {
  private current: { stamp: string; snapshot: Promise<ReferenceSnapshot> } | null = null;

  constructor(private readonly reference: ReferenceRepository) {}

  async get(): Promise<ReferenceSnapshot> {
    const stamp = await this.reference.releaseStamp();
    if (!this.current || this.current.stamp !== stamp) {
      const snapshot = this.build();
      this.current = { stamp, snapshot };
      snapshot.catch(() => {
        if (this.current?.snapshot === snapshot) this.current = null;
      });
    }
    return this.current.snapshot;
  }

  /** Demand in some departments, or the national figures when the area is unknown (null or empty). */
  async demandIn(departmentCodes: readonly string[] | null): Promise<ReadonlyMap<string, LabourDemand>> {
    if (!departmentCodes || departmentCodes.length === 0) return (await this.get()).nationalDemand;
    const rows = await this.reference.demandByOccupation(departmentCodes);
    return new Map(rows.map((row) => [row.romeCode, { projects: row.projects, hardToFill: row.hardToFill }]));
  }

  private async build(): Promise<ReferenceSnapshot> {
    const [occupations, links, labels, titles, demand] = await Promise.all([
      this.reference.occupations(),
      this.reference.mobilityLinks(),
      this.reference.skillLabels(),
      this.reference.jobTitles(),
      this.reference.demandByOccupation(null),
    ]);
    const catalogue = new OccupationCatalogue(
      occupations.map((o): Occupation => ({
        ...o,
        riasecMajor: o.riasecMajor as Occupation['riasecMajor'],
        riasecMinor: o.riasecMinor as Occupation['riasecMinor'],
      })),
      links,
      new Map(labels.map((l) => [l.code, l.label])),
    );
    const nationalDemand = new Map(
      demand.map((row) => [row.romeCode, { projects: row.projects, hardToFill: row.hardToFill }]),
    );
    const sorted = [...nationalDemand.values()].map((d) => d.projects).sort((a, b) => a - b);
    return {
      catalogue,
      skills: new SkillSpace(occupations.map((o) => o.skillCodes)),
      titles: new TitleMatcher(titles),
      nationalDemand,
      demandScale: sorted.length > 0 ? sorted[Math.floor(sorted.length * 0.9)] : 1,
    };
  }
}
