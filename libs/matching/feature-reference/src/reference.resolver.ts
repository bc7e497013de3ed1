import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@passerelle/shared/auth';
import { ReferenceCatalogueCache, ReferenceRepository } from '@passerelle/matching/data-access';
import { normaliseDepartmentCode, totalDemand } from '@passerelle/matching/domain';
import type { LabourDemand, TitleMatch } from '@passerelle/matching/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';
import { ReferenceDataError, ReferenceDataErrorCode } from './reference-data.error';

const MAX_TITLE_MATCHES = 10;

/** The imported reference, read: job titles to ROME occupations, labour demand (BMO). */
@Resolver()
export class ReferenceResolver {
  constructor(
    private readonly reference: ReferenceRepository,
    private readonly catalogue: ReferenceCatalogueCache,
  ) {}

  /** A former job title, as typed, to ROME occupations with a confidence. */
  @Query('normaliseJobTitle')
  @Roles('candidate', 'coach', 'ops')
  async normaliseJobTitle(@Args('title') title: string, @Args('limit') limit: number): Promise<TitleMatch[]> {
    if (title.length > 200)
      throw new ReferenceDataError(ReferenceDataErrorCode.InvalidInput, 'title: at most 200 characters');
    const { titles, catalogue } = await this.catalogue.get();
    return titles.match(title, Math.min(Math.max(1, limit), MAX_TITLE_MATCHES)).map((match) => ({
      occupationCode: match.romeCode,
      occupationLabel: catalogue.byCode.get(match.romeCode)?.label ?? match.romeCode,
      confidence: match.confidence,
      matchedTitle: match.titleLabel,
    }));
  }

  /** Public labour-market figures (BMO), in aggregate: open to every role, sponsors included. */
  @Query('labourDemand')
  @Roles('candidate', 'coach', 'ops', 'sponsor')
  async labourDemand(
    @Args('occupationCode') occupationCode: string,
    @Args('departmentCode') departmentCode: string | null | undefined,
  ): Promise<LabourDemand> {
    const label = await this.reference.occupationLabel(occupationCode);
    if (!label) {
      throw new ReferenceDataError(
        ReferenceDataErrorCode.UnknownOccupation,
        `occupationCode: ${occupationCode} is not a ROME occupation of the imported release`,
      );
    }
    const department = (departmentCode && normaliseDepartmentCode(departmentCode)) || null;
    if (department && !(await this.reference.departmentExists(department))) {
      throw new ReferenceDataError(
        ReferenceDataErrorCode.UnknownDepartment,
        `departmentCode: "${department}" is not a French department`,
      );
    }
    const families = await this.reference.familyDemand(occupationCode, department);
    return {
      occupationCode,
      occupationLabel: label,
      departmentCode: department,
      ...totalDemand(families),
      families: families.map((f) => ({
        familyCode: f.familyCode,
        label: f.familyLabel,
        mapping: toGraphQLEnum(f.method),
        projects: f.projects,
        hardToFill: f.hardToFill,
        seasonal: f.seasonal,
        maskedRows: f.maskedRows,
      })),
    };
  }
}
