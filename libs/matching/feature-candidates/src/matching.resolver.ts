import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import {
  JobOfferRepository,
  ReferenceCatalogueCache,
  ReferenceRepository,
} from '@passerelle/matching/data-access';
import { GiveOfferFeedbackHandler } from './give-offer-feedback.handler';
import { IngestJobOfferHandler } from './ingest-job-offer.handler';
import { MatchingError, MatchingErrorCode } from './matching.error';
import { toJobOfferObject, type JobOfferObject } from './matching.objects';
import { PublishJobOfferHandler, type PublishJobOfferInput } from './publish-job-offer.handler';
import { SetJobSearchAreaHandler } from './set-job-search-area.handler';

const MAX_TITLE_MATCHES = 10;

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceRepository,
    private readonly catalogue: ReferenceCatalogueCache,
    private readonly offers: JobOfferRepository,
    private readonly publishOffer: PublishJobOfferHandler,
    private readonly ingestOffer: IngestJobOfferHandler,
    private readonly feedback: GiveOfferFeedbackHandler,
    private readonly searchArea: SetJobSearchAreaHandler,
  ) {}

  /** A former job title, as typed, to ROME occupations with a confidence. */
  @Query('normaliseJobTitle')
  @Roles('candidate', 'coach', 'ops')
  async normaliseJobTitle(@Args('title') title: string, @Args('limit') limit: number) {
    if (title.length > 200)
      throw new MatchingError(MatchingErrorCode.InvalidInput, 'title: at most 200 characters');
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
  ) {
    const label = await this.reference.occupationLabel(occupationCode);
    if (!label) {
      throw new MatchingError(
        MatchingErrorCode.UnknownOccupation,
        `occupationCode: ${occupationCode} is not a ROME occupation of the imported release`,
      );
    }
    const department = departmentCode?.trim().toUpperCase() || null;
    if (department && !(await this.reference.departmentExists(department))) {
      throw new MatchingError(
        MatchingErrorCode.UnknownDepartment,
        `departmentCode: "${department}" is not a French department`,
      );
    }
    const families = await this.reference.familyDemand(occupationCode, department);
    const projects = families.reduce((sum, f) => sum + f.projects, 0);
    const hardToFill = families.reduce((sum, f) => sum + f.hardToFill, 0);
    return {
      occupationCode,
      occupationLabel: label,
      departmentCode: department,
      projects,
      hardToFill,
      hardToFillShare: projects > 0 ? Math.round((hardToFill / projects) * 1000) / 1000 : 0,
      families: families.map((f) => ({
        familyCode: f.familyCode,
        label: f.familyLabel,
        mapping: f.method.toUpperCase(),
        projects: f.projects,
        hardToFill: f.hardToFill,
        seasonal: f.seasonal,
        maskedRows: f.maskedRows,
      })),
    };
  }

  @Mutation('publishJobOffer')
  @Roles('ops')
  async publish(
    @Args('input') input: PublishJobOfferInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<JobOfferObject> {
    const offer = await this.publishOffer.execute(identity, input);
    const row = await this.offers.find(this.dataSource.manager, offer.offerId);
    if (!row) {
      // Published already expired: it was recorded as gone.
      throw new MatchingError(
        MatchingErrorCode.InvalidInput,
        `offer ${offer.offerId}: expiresOn is in the past`,
      );
    }
    return toJobOfferObject(row);
  }

  @Mutation('withdrawJobOffer')
  @Roles('ops')
  async withdraw(@Args('id') id: string, @CurrentIdentity() identity: Identity): Promise<boolean> {
    await this.dataSource.transaction((manager) => this.ingestOffer.withdrawAs(manager, identity, id));
    return true;
  }

  @Mutation('giveOfferFeedback')
  @Roles('candidate', 'coach')
  async giveOfferFeedback(
    @Args('candidateId') candidateId: string,
    @Args('offerId') offerId: string,
    @Args('verdict') verdict: 'INTERESTED' | 'NOT_RELEVANT',
    @CurrentIdentity() identity: Identity,
  ): Promise<boolean> {
    await this.feedback.execute(identity, {
      candidateId,
      offerId,
      verdict: verdict === 'INTERESTED' ? 'interested' : 'not_relevant',
    });
    return true;
  }

  @Mutation('setJobSearchArea')
  @Roles('candidate', 'coach', 'ops')
  async setJobSearchArea(
    @Args('candidateId') candidateId: string,
    @Args('departmentCodes') departmentCodes: string[],
    @CurrentIdentity() identity: Identity,
  ): Promise<boolean> {
    await this.searchArea.execute(identity, { candidateId, departmentCodes });
    return true;
  }
}
