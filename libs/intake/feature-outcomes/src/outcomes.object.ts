import type { OutcomeEntity, ValidJobOfferEntity } from '@passerelle/intake/data-access';
import type {
  Outcome,
  ProgrammeOutcomeSummary,
  ValidJobOffer,
  ValidJobOfferRegister,
} from '@passerelle/intake/graphql-types';
import type { ValidJobOfferRegisterView } from './usecases/read-valid-job-offer-register/read-valid-job-offer-register.handler';
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
  contractMonths: row.contractMonths,
  place: row.place,
  placePostcode: row.placePostcode,
  grossAnnualPay: row.grossAnnualPay,
  previousGrossAnnualPay: row.previousGrossAnnualPay,
  decision: toGraphQLEnum(row.decision),
  decisionReason: row.decisionReason,
  loggedAt: row.loggedAt,
  decidedAt: row.decidedAt,
});

/** The register with its counts; a refused offer that met the definition is what a committee asks about. */
export const toValidJobOfferRegisterObject = (view: ValidJobOfferRegisterView): ValidJobOfferRegister => ({
  candidateId: view.candidateId,
  definition: view.definition,
  entries: view.entries.map((entry) => ({
    offer: toValidJobOfferObject(entry.offer),
    payPercentOfPrevious: entry.payPercentOfPrevious,
    meetsDefinition: entry.assessment.meetsDefinition,
    criteria: entry.assessment.criteria.map((criterion) => ({
      criterion: toGraphQLEnum(criterion.criterion),
      met: criterion.met,
      reason: criterion.reason,
    })),
  })),
  offered: view.entries.length,
  accepted: view.entries.filter((entry) => entry.offer.decision === 'accepted').length,
  refused: view.entries.filter((entry) => entry.offer.decision === 'refused').length,
  refusedMeetingDefinition: view.entries.filter(
    (entry) => entry.offer.decision === 'refused' && entry.assessment.meetsDefinition === true,
  ).length,
});
