import type { OutcomeEntity, ValidJobOfferEntity } from '@passerelle/intake/data-access';
import type { SponsorSuppression } from '@passerelle/shared/disclosure';

export interface OutcomeObject {
  id: string;
  category: string;
  outcomeDate: string;
  employerName: string | null;
  jobTitle: string | null;
  occupationCode: string | null;
  contractMonths: number | null;
  fullTime: boolean | null;
  correctsOutcomeId: string | null;
  correctionReason: string | null;
  current: boolean;
  recordedAt: Date;
}

export interface ValidJobOfferObject {
  id: string;
  employerName: string;
  jobTitle: string;
  occupationCode: string | null;
  contractType: string;
  offeredOn: string;
  decision: string;
  decisionReason: string | null;
  loggedAt: Date;
  decidedAt: Date | null;
}

export interface OutcomeCountObject {
  category: string;
  count: number | null;
  suppressed: boolean;
  suppression: SponsorSuppression | null;
}

/** Counts only, with small groups hidden: what a sponsor may see of a programme's outcomes. */
export interface ProgrammeOutcomeSummaryObject {
  programmeId: string;
  people: number | null;
  peopleSuppressed: boolean;
  peopleSuppression: SponsorSuppression | null;
  outcomes: OutcomeCountObject[];
  suppressionThreshold: number;
}

export const toOutcomeObject = (row: OutcomeEntity): OutcomeObject => ({
  id: row.id,
  category: row.category.toUpperCase(),
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
  contractType: row.contractType.toUpperCase(),
  offeredOn: row.offeredOn,
  decision: row.decision.toUpperCase(),
  decisionReason: row.decisionReason,
  loggedAt: row.loggedAt,
  decidedAt: row.decidedAt,
});
