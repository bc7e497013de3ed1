import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { OUTCOME_CATEGORIES } from '@passerelle/shared/contracts';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  ProgrammeRepository,
} from '@passerelle/intake/data-access';
import { sponsorSuppression, suppressList, suppressTable } from '@passerelle/shared/disclosure';
import { Clock } from '@passerelle/shared/clock';
import type { OutcomeMonth, ValidJobOfferRegister } from '@passerelle/intake/graphql-types';
import { parseInput, toGraphQLEnum } from '@passerelle/shared/graphql';
import { OutcomesError, OutcomesErrorCode, invalidOutcomesInput } from './outcomes.error';
import {
  toOutcomeObject,
  toValidJobOfferObject,
  toValidJobOfferRegisterObject,
  type OutcomeObject,
  type ProgrammeOutcomeSummaryObject,
  type ValidJobOfferObject,
} from './outcomes.object';
import { correctOutcomeCommandSchema } from './usecases/correct-outcome/correct-outcome.command';
import { CorrectOutcomeHandler } from './usecases/correct-outcome/correct-outcome.handler';
import { decideValidJobOfferCommandSchema } from './usecases/decide-valid-job-offer/decide-valid-job-offer.command';
import { DecideValidJobOfferHandler } from './usecases/decide-valid-job-offer/decide-valid-job-offer.handler';
import { logValidJobOfferCommandSchema } from './usecases/log-valid-job-offer/log-valid-job-offer.command';
import { LogValidJobOfferHandler } from './usecases/log-valid-job-offer/log-valid-job-offer.handler';
import { readValidJobOfferRegisterQuerySchema } from './usecases/read-valid-job-offer-register/read-valid-job-offer-register.query';
import { ReadValidJobOfferRegisterHandler } from './usecases/read-valid-job-offer-register/read-valid-job-offer-register.handler';
import { recordOutcomeCommandSchema } from './usecases/record-outcome/record-outcome.command';
import { RecordOutcomeHandler } from './usecases/record-outcome/record-outcome.handler';

/** A person's outcome and offers: the person, their coach and ops of their offices; never a sponsor. */
@Resolver('Candidate')
export class CandidateOutcomesResolver {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly outcomes: OutcomeRepository,
  ) {}

  @ResolveField('outcome')
  @Roles('candidate', 'coach', 'ops')
  async outcome(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<OutcomeObject | null> {
    if (!(await this.readable(identity, candidate.id))) return null;
    const row = await this.outcomes.current(candidate.id);
    return row ? toOutcomeObject(row) : null;
  }

  @ResolveField('outcomeHistory')
  @Roles('candidate', 'coach', 'ops')
  async outcomeHistory(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<OutcomeObject[]> {
    if (!(await this.readable(identity, candidate.id))) return [];
    return (await this.outcomes.history(candidate.id)).map(toOutcomeObject);
  }

  @ResolveField('validJobOffers')
  @Roles('candidate', 'coach', 'ops')
  async validJobOffers(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<ValidJobOfferObject[]> {
    if (!(await this.readable(identity, candidate.id))) return [];
    return (await this.outcomes.offers(candidate.id)).map(toValidJobOfferObject);
  }

  private async readable(identity: Identity, candidateId: string): Promise<boolean> {
    return (await this.access.findFor(identity, candidateId)) !== null;
  }
}

@Resolver('Outcome')
export class OutcomesResolver {
  constructor(
    private readonly outcomes: OutcomeRepository,
    private readonly programmes: ProgrammeRepository,
    private readonly recordOutcomeHandler: RecordOutcomeHandler,
    private readonly correctOutcomeHandler: CorrectOutcomeHandler,
    private readonly logOfferHandler: LogValidJobOfferHandler,
    private readonly decideOfferHandler: DecideValidJobOfferHandler,
    private readonly readRegisterHandler: ReadValidJobOfferRegisterHandler,
    private readonly clock: Clock,
  ) {}

  /**
   * A person's OVE register (issue 17, item 6): the person's coach and ops of their offices. The
   * person and sponsors are refused (FORBIDDEN); another coach finds no one (CANDIDATE_NOT_FOUND).
   */
  @Query('validJobOfferRegister')
  @Roles('coach', 'ops')
  async validJobOfferRegister(
    @Args('candidateId') candidateId: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ValidJobOfferRegister> {
    const query = parseInput(readValidJobOfferRegisterQuerySchema, { candidateId }, invalidOutcomesInput);
    return toValidJobOfferRegisterObject(await this.readRegisterHandler.execute(identity, query));
  }

  /**
   * Aggregate counts of a programme's current outcomes through the platform's disclosure control
   * (docs/decisions/0012): sponsor HR of the programme's sponsor, and ops of its offices; no
   * individual ever appears, for either.
   */
  @Query('programmeOutcomeSummary')
  @Roles('sponsor', 'ops')
  async programmeOutcomeSummary(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProgrammeOutcomeSummaryObject> {
    await this.checkAggregateReader(identity, programmeId);
    const counts = new Map(
      (await this.outcomes.categoryCounts(programmeId)).map((c) => [c.category, c.count]),
    );
    // Programmes have no threshold of their own yet: the default k (decision 0012 says where it would come from).
    const summary = suppressList(
      OUTCOME_CATEGORIES.map((category) => ({ key: category, count: counts.get(category) ?? 0 })),
    );
    return {
      programmeId,
      people: summary.total.count,
      peopleSuppressed: summary.total.suppressed !== null,
      peopleSuppression: sponsorSuppression(summary.total.suppressed),
      outcomes: summary.cells.map((cell) => ({
        category: toGraphQLEnum(cell.key),
        count: cell.count,
        suppressed: cell.suppressed !== null,
        suppression: sponsorSuppression(cell.suppressed),
      })),
      suppressionThreshold: summary.k,
    };
  }

  /**
   * Month by month, as a table (months x enrolled, outcomes) through the same disclosure control:
   * a small month is hidden with enough others of its row and column that none can be worked out.
   */
  @Query('programmeOutcomeTimeline')
  @Roles('sponsor', 'ops')
  async programmeOutcomeTimeline(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<OutcomeMonth[]> {
    await this.checkAggregateReader(identity, programmeId);
    const months = await this.outcomes.monthlyCounts(programmeId, this.clock.now());
    if (months.every((row) => row.enrolled + row.outcomes === 0)) return [];
    const { cells } = suppressTable(months.map((row) => [row.enrolled, row.outcomes]));
    // suppressTable answers one row of two cells per month it was given.
    return cells.map(([enrolled, outcomes], r) => ({
      month: months[r]?.month ?? '',
      enrolled: enrolled?.count ?? null,
      enrolledSuppression: sponsorSuppression(enrolled?.suppressed ?? null),
      outcomes: outcomes?.count ?? null,
      outcomesSuppression: sponsorSuppression(outcomes?.suppressed ?? null),
    }));
  }

  /** Sponsor HR of the programme's sponsor, or ops of its offices; anyone else: not found. */
  private async checkAggregateReader(identity: Identity, programmeId: string): Promise<void> {
    const programme = await this.programmes.findProgramme(programmeId);
    const allowed =
      programme !== null &&
      (identity.role === 'sponsor'
        ? identity.sponsorIds.includes(programme.sponsorId)
        : servesAnyOffice(identity, programme.officeIds));
    if (!allowed) {
      throw new OutcomesError(
        OutcomesErrorCode.ProgrammeNotFound,
        `programme ${programmeId} does not exist or is not yours to see`,
      );
    }
  }

  @Mutation('recordOutcome')
  @Roles('coach', 'ops')
  async recordOutcome(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<OutcomeObject> {
    const command = parseInput(recordOutcomeCommandSchema, input, invalidOutcomesInput);
    return toOutcomeObject(await this.recordOutcomeHandler.execute(identity, command));
  }

  @Mutation('correctOutcome')
  @Roles('coach', 'ops')
  async correctOutcome(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<OutcomeObject> {
    const command = parseInput(correctOutcomeCommandSchema, input, invalidOutcomesInput);
    return toOutcomeObject(await this.correctOutcomeHandler.execute(identity, command));
  }

  @Mutation('logValidJobOffer')
  @Roles('coach', 'ops')
  async logValidJobOffer(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ValidJobOfferObject> {
    const command = parseInput(logValidJobOfferCommandSchema, input, invalidOutcomesInput);
    return toValidJobOfferObject(await this.logOfferHandler.execute(identity, command));
  }

  @Mutation('decideValidJobOffer')
  @Roles('coach', 'ops')
  async decideValidJobOffer(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ValidJobOfferObject> {
    const command = parseInput(decideValidJobOfferCommandSchema, input, invalidOutcomesInput);
    return toValidJobOfferObject(await this.decideOfferHandler.execute(identity, command));
  }
}
