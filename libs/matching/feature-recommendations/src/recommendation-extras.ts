import type { DataSource } from 'typeorm';
import {
  ReferenceCatalogueCache,
  ReferenceRepository,
  type CandidateProfileEntity,
  type OccupationRecommendationEntity,
} from '@passerelle/matching/data-access';
import {
  certificationUrl,
  chooseCertifications,
  hardToFillShare,
  type OccupationCatalogue,
} from '@passerelle/matching/domain';
import type { LocalDemand, SuggestedCertification } from '@passerelle/matching/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** Certifications suggested per recommendation. */
export const CERTIFICATIONS_PER_SUGGESTION = 3;

const AREA = { zone: 'EMPLOYMENT_ZONE', department: 'DEPARTMENT', france: 'FRANCE' } as const;

/**
 * What a person's recommendations show beyond what is stored: the local demand where they live and
 * the certifications that close each skill gap. Read once for the whole list (two or three
 * queries), only when a field asks for it, and shared by the list's items.
 */
export class RecommendationExtras {
  private demand: Promise<Map<string, LocalDemand>> | null = null;
  private certifications: Promise<Map<string, SuggestedCertification[]>> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ReferenceCatalogueCache,
    private readonly reference: ReferenceRepository,
    private readonly profile: CandidateProfileEntity | null,
    private readonly rows: readonly OccupationRecommendationEntity[],
    private readonly catalogue: OccupationCatalogue,
  ) {}

  async localDemand(occupationCode: string): Promise<LocalDemand> {
    this.demand ??= this.readDemand();
    const found = (await this.demand).get(occupationCode);
    if (!found) throw new Error(`no local demand read for ${occupationCode}`);
    return found;
  }

  async certificationsFor(occupationCode: string): Promise<SuggestedCertification[]> {
    this.certifications ??= this.readCertifications();
    return (await this.certifications).get(occupationCode) ?? [];
  }

  private async readDemand(): Promise<Map<string, LocalDemand>> {
    const manager = this.dataSource.manager;
    const codes = this.rows.map((r) => r.occupationCode);
    const { area, zone } = await this.cache.localArea(
      this.profile ?? { employmentZoneCode: null, searchDepartments: [] },
      manager,
    );
    const filter =
      area.kind === 'zone'
        ? { zoneCode: area.zoneCode }
        : area.kind === 'department'
          ? { departmentCodes: area.departmentCodes }
          : null;
    const figures = new Map(
      (await this.reference.demandInArea(filter, codes, manager)).map((row) => [row.romeCode, row]),
    );
    const base = {
      area: AREA[area.kind],
      areaCodes:
        area.kind === 'zone' ? [area.zoneCode] : area.kind === 'department' ? [...area.departmentCodes] : [],
      areaLabel: area.kind === 'zone' ? (zone?.label ?? null) : null,
      zoneUnknown: area.kind !== 'zone' && area.zoneUnknown,
      estimated: area.kind === 'zone',
    };
    return new Map(
      codes.map((code) => {
        const row = figures.get(code);
        const projects = row?.projects ?? 0;
        const hardToFill = row?.hardToFill ?? 0;
        return [
          code,
          {
            ...base,
            projects,
            hardToFill,
            hardToFillShare: hardToFillShare(projects, hardToFill),
            seasonal: row?.seasonal ?? 0,
          },
        ];
      }),
    );
  }

  private async readCertifications(): Promise<Map<string, SuggestedCertification[]>> {
    const manager = this.dataSource.manager;
    const codes = this.rows.map((r) => r.occupationCode);
    const parents = await this.reference.parentCodes(codes, manager);
    const candidates = await this.reference.currentCertifications(
      [...new Set([...codes, ...parents.values()])],
      manager,
    );
    const byNumber = new Map(candidates.map((c) => [c.number, c]));
    const skill = (code: string) => ({ code, label: this.catalogue.skillLabel(code) });
    return new Map(
      this.rows.map((row) => {
        const gap = row.missingSkillCodes.map(skill);
        const chosen = chooseCertifications(
          { code: row.occupationCode, parentCode: parents.get(row.occupationCode) ?? null },
          gap,
          candidates,
          CERTIFICATIONS_PER_SUGGESTION,
        );
        return [
          row.occupationCode,
          chosen.flatMap((choice) => {
            const certification = byNumber.get(choice.number);
            if (!certification) return [];
            return {
              certification: {
                ...certification,
                occupationCodes: [...certification.occupationCodes],
                topics: [...certification.topics],
                skillBlocks: [...certification.skillBlocks],
                kind: toGraphQLEnum(certification.kind),
                url: certificationUrl(certification.number),
              },
              score: choice.score,
              linkedBy: toGraphQLEnum(choice.linkedBy),
              coveredSkills: choice.coveredSkillCodes.map(skill),
              reason: choice.reason,
            };
          }),
        ];
      }),
    );
  }
}

/** The extras travel with each item of the list, out of GraphQL's sight. */
export const EXTRAS = Symbol('recommendation extras');
export type WithExtras<T> = T & { [EXTRAS]: RecommendationExtras };
