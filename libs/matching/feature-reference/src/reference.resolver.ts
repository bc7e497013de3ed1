import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@passerelle/shared/auth';
import { ReferenceCatalogueCache, ReferenceRepository } from '@passerelle/matching/data-access';
import {
  certificationNumber,
  certificationUrl,
  hardToFillShare,
  normaliseDepartmentCode,
  totalDemand,
} from '@passerelle/matching/domain';
import type {
  Certification,
  EmploymentZone,
  LabourDemand,
  LabourMarket,
  TitleMatch,
} from '@passerelle/matching/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';
import { ReferenceDataError, ReferenceDataErrorCode } from './reference-data.error';
import { BMO_YEAR } from './labour-files';

const MAX_TITLE_MATCHES = 10;
const MAX_CERTIFICATIONS = 100;
const MAX_ZONES = 50;
const MAX_MARKET_ROWS = 50;
const MAX_MARKET_OCCUPATIONS = 50;
const ROME_CODE = /^[A-N]\d{4}$/;

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

  /**
   * Current certifications leading to an occupation: those naming its ROME code, then those naming
   * the ROME V3 code it comes from; specific ones (fewer occupations) first, then the newest.
   * Public reference data, but a tool of the person's project: not for sponsors.
   */
  @Query('certificationsFor')
  @Roles('candidate', 'coach', 'ops')
  async certificationsFor(
    @Args('romeCode') romeCode: string,
    @Args('limit') limit: number,
  ): Promise<Certification[]> {
    if (!ROME_CODE.test(romeCode))
      throw new ReferenceDataError(
        ReferenceDataErrorCode.InvalidInput,
        'romeCode: a ROME code such as M1805',
      );
    if (!(await this.reference.occupationLabel(romeCode))) {
      throw new ReferenceDataError(
        ReferenceDataErrorCode.UnknownOccupation,
        `romeCode: ${romeCode} is not a ROME occupation of the imported release`,
      );
    }
    const parent = (await this.reference.parentCodes([romeCode])).get(romeCode) ?? null;
    const certifications = await this.reference.currentCertifications(
      parent ? [romeCode, parent] : [romeCode],
    );
    const exact = (c: { occupationCodes: readonly string[] }) =>
      c.occupationCodes.includes(romeCode) ? 0 : 1;
    return certifications
      .sort(
        (a, b) =>
          exact(a) - exact(b) ||
          a.occupationCodes.length - b.occupationCodes.length ||
          certificationNumber(b.number) - certificationNumber(a.number),
      )
      .slice(0, Math.min(Math.max(1, limit), MAX_CERTIFICATIONS))
      .map((c) => ({
        number: c.number,
        kind: toGraphQLEnum(c.kind),
        url: certificationUrl(c.number),
        occupationCodes: [...c.occupationCodes],
        topics: [...c.topics],
        skillBlocks: [...c.skillBlocks],
      }));
  }

  /** Zones by name, commune name or commune code: to choose the zone of the labour-market view. */
  @Query('employmentZones')
  @Roles('coach', 'ops')
  async employmentZones(
    @Args('search') search: string,
    @Args('limit') limit: number,
  ): Promise<EmploymentZone[]> {
    const text = search.trim();
    if (text.length < 2 || text.length > 80)
      throw new ReferenceDataError(ReferenceDataErrorCode.InvalidInput, 'search: 2 to 80 characters');
    const zones = await this.reference.searchEmploymentZones(text, Math.min(Math.max(1, limit), MAX_ZONES));
    return zones.map(({ code, label, departmentCodes }) => ({ code, label, departmentCodes }));
  }

  /**
   * The labour market of an employment zone by BMO occupation: projects, hard-to-fill and seasonal
   * shares, for coaches and ops (public aggregates, but a coaching tool; nothing about a person).
   */
  @Query('labourMarket')
  @Roles('coach', 'ops')
  async labourMarket(
    @Args('zoneCode') zoneCode: string,
    @Args('occupationCodes') occupationCodes: string[] | null | undefined,
    @Args('limit') limit: number,
  ): Promise<LabourMarket> {
    const zone = await this.reference.employmentZone(zoneCode.trim());
    if (!zone) {
      throw new ReferenceDataError(
        ReferenceDataErrorCode.UnknownZone,
        `zoneCode: "${zoneCode}" is not an INSEE employment zone (zones d'emploi 2020)`,
      );
    }
    let families: string[] | null = null;
    const standsFor = new Map<string, string[]>();
    if (occupationCodes && occupationCodes.length > 0) {
      if (occupationCodes.length > MAX_MARKET_OCCUPATIONS)
        throw new ReferenceDataError(
          ReferenceDataErrorCode.InvalidInput,
          `occupationCodes: at most ${MAX_MARKET_OCCUPATIONS}`,
        );
      const bad = occupationCodes.find((code) => !ROME_CODE.test(code));
      if (bad)
        throw new ReferenceDataError(
          ReferenceDataErrorCode.InvalidInput,
          `occupationCodes: "${bad}" is not a ROME code such as M1805`,
        );
      for (const { romeCode, familyCode } of await this.reference.familiesOf(occupationCodes)) {
        standsFor.set(familyCode, [...(standsFor.get(familyCode) ?? []), romeCode].sort());
      }
      families = [...standsFor.keys()];
    }
    const rows = await this.reference.familyDemandInZone(zone.code, families);
    const all = await this.reference.familyDemandInZone(zone.code, null);
    return {
      zone: { code: zone.code, label: zone.label, departmentCodes: zone.departmentCodes },
      namedShare: Math.round(zone.namedShare * 1000) / 1000,
      sourceYear: BMO_YEAR,
      projects: all.reduce((sum, row) => sum + row.projects, 0),
      occupations: rows.slice(0, Math.min(Math.max(1, limit), MAX_MARKET_ROWS)).map((row) => ({
        familyCode: row.familyCode,
        label: row.familyLabel,
        occupationCodes: standsFor.get(row.familyCode) ?? [],
        projects: row.projects,
        hardToFill: row.hardToFill,
        hardToFillShare: hardToFillShare(row.projects, row.hardToFill),
        seasonal: row.seasonal,
        seasonalShare: hardToFillShare(row.projects, row.seasonal),
        maskedRows: row.maskedRows,
      })),
    };
  }
}
