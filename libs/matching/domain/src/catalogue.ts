import type { RiasecType } from '@passerelle/shared/contracts';
import type { QualificationLevel } from './qualification-level';

/** A ROME occupation as the ranking needs it. */
export interface Occupation {
  code: string;
  label: string;
  /** ROME professional domain, e.g. "M18" (the first three characters of the code). */
  domainCode: string;
  riasecMajor: RiasecType | null;
  riasecMinor: RiasecType | null;
  /** Skill and knowledge item codes (savoir-faire, savoir-être, savoirs). */
  skillCodes: readonly string[];
  /** A regulated job needs a diploma or licence: worth saying before suggesting it. */
  regulated: boolean;
  /** An executive ("cadre") job. */
  executive: boolean;
  /** The usual entry level, read from ROME's "accès au métier" text; null or absent when unknown. */
  entryLevel?: QualificationLevel | null;
  /** The ROME 3 occupation it comes from (several ROME 4 ones may share one); absent when unknown. */
  parentCode?: string | null;
}

/** A ROME mobility link: from an occupation, a ranked suggestion of another (1 = first). */
export interface MobilityLink {
  fromCode: string;
  toCode: string;
  order: number;
}

/** Recruitment projects for an occupation in an area (BMO), with the hard-to-fill share. */
export interface LabourDemand {
  projects: number;
  hardToFill: number;
}

/** Everything ranking reads, indexed once. */
export class OccupationCatalogue {
  readonly byCode = new Map<string, Occupation>();
  readonly skillSets = new Map<string, ReadonlySet<string>>();
  private readonly mobility = new Map<string, Map<string, number>>();
  private readonly mobilityInto = new Map<string, Map<string, number>>();
  private readonly skillLabels: ReadonlyMap<string, string>;
  private readonly certifications: ReadonlySet<string>;

  constructor(
    occupations: readonly Occupation[],
    links: readonly MobilityLink[],
    skillLabels: ReadonlyMap<string, string> = new Map(),
    /** Knowledge items that are diplomas, certificates or licences (ROME's "Certifications et habilitations"). */
    certifications: ReadonlySet<string> = new Set(),
  ) {
    this.certifications = certifications;
    for (const occupation of occupations) {
      this.byCode.set(occupation.code, occupation);
      this.skillSets.set(occupation.code, new Set(occupation.skillCodes));
    }
    for (const link of links) {
      const targets = this.mobility.get(link.fromCode) ?? new Map<string, number>();
      targets.set(link.toCode, link.order);
      this.mobility.set(link.fromCode, targets);
      const sources = this.mobilityInto.get(link.toCode) ?? new Map<string, number>();
      sources.set(link.fromCode, link.order);
      this.mobilityInto.set(link.toCode, sources);
    }
    this.skillLabels = skillLabels;
  }

  get occupations(): Occupation[] {
    return [...this.byCode.values()];
  }

  /** The rank ROME gives `to` among the mobility suggestions from `from`, or null. */
  mobilityOrder(from: string, to: string): number | null {
    return this.mobility.get(from)?.get(to) ?? null;
  }

  mobilityTargets(from: string): ReadonlyMap<string, number> {
    return this.mobility.get(from) ?? new Map();
  }

  /** The occupations whose ROME mobility links name `to`, each with the rank it has among their links. */
  mobilitySources(to: string): ReadonlyMap<string, number> {
    return this.mobilityInto.get(to) ?? new Map();
  }

  isCertification(code: string): boolean {
    return this.certifications.has(code);
  }

  skillLabel(code: string): string {
    return this.skillLabels.get(code) ?? code;
  }
}
