import type { OutcomeEntity, ValidJobOfferEntity } from '@passerelle/intake/data-access';
import type { Outcome, ProgrammeOutcomeSummary, ValidJobOffer } from '@passerelle/intake/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

export type OutcomeObject = Outcome;

export type ValidJobOfferObject = ValidJobOffer;

/** Counts only, with small groups hidden: what a sponsor may see of a programme's outcomes. */
export type ProgrammeOutcomeSummaryObject = ProgrammeOutcomeSummary;

export const toOutcomeObject = (row: OutcomeEntity): OutcomeObject => ({
  id: row.id,
  category: toGraphQLEnum(row.category),
  outcomeDate: row.outcomeDate,
  employerName: row.employerName,
  jobTitle: row.jobTitle,
  occupationCode: row.occupationCode,
  contractMonths: row.contractMonths,
  fullTime: row.fullTime,
  correctsOutcomeId: row.correctsOutcomeId,
  correctionReason: row.correctionReason,
  current: !row.superseded,
  recordedAt: row.recordedAt,
});

export const toValidJobOfferObject = (row: ValidJobOfferEntity): ValidJobOfferObject => ({
  id: row.id,
  employerName: row.employerName,
  jobTitle: row.jobTitle,
  occupationCode: row.occupationCode,
  contractType: toGraphQLEnum(row.contractType),
  offeredOn: row.offeredOn,
  decision: toGraphQLEnum(row.decision),
  decisionReason: row.decisionReason,
  loggedAt: row.loggedAt,
  decidedAt: row.decidedAt,
});
