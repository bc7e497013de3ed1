import type { CandidateEntity, ProgrammeEntity, SponsorEntity } from '@passerelle/intake/data-access';
import type { Candidate, Programme, Sponsor } from '@passerelle/intake/graphql-types';
import { toGraphQLEnum, toGraphQLEnumOrNull } from '@passerelle/shared/graphql';
import { ageBandLabels, seniorityBandLabels } from '@passerelle/intake/domain';

/**
 * A candidate as GraphQL shows it (the generated `Candidate`), less what field resolvers add:
 * the programme is resolved from `programmeId`, coach, diagnostic, outcomes, consent, an erasure request and the status history by their
 * features.
 */
export type CandidateObject = Omit<
  Candidate,
  | 'programme'
  | 'coachId'
  | 'diagnostic'
  | 'outcome'
  | 'outcomeHistory'
  | 'validJobOffers'
  | 'consent'
  | 'consentHistory'
  | 'smsReminders'
  | 'erasureRequest'
  | 'statusHistory'
> & { programmeId: string };

/** A programme as GraphQL shows it; its sponsor is resolved from `sponsorId`. */
export type ProgrammeObject = Omit<Programme, 'sponsor'> & { sponsorId: string };

export type SponsorObject = Sponsor;

export const toCandidateObject = (row: CandidateEntity): CandidateObject => ({
  id: row.id,
  programmeId: row.programmeId,
  employeeNumber: row.employeeNumber,
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  formerJobTitle: row.formerJobTitle,
  formerOccupationCode: row.formerOccupationCode ?? row.resolvedOccupationCode ?? null,
  languages: row.languages,
  status: toGraphQLEnum(row.status),
  enrolledAt: row.enrolledAt,
  phone: row.phone ?? null,
  site: row.site ?? null,
  service: row.service ?? null,
  occupationCodeSource: occupationCodeSourceOf(row),
  hireDate: row.hireDate ?? null,
  seniorityYears: row.seniorityYears ?? null,
  contractEndDate: row.contractEndDate ?? null,
  homeCommuneCode: row.homeCommuneCode ?? null,
  homePostcode: row.homePostcode ?? null,
});

export const toProgrammeObject = (row: ProgrammeEntity): ProgrammeObject => ({
  id: row.id,
  name: row.name,
  sponsorId: row.sponsorId,
  officeIds: row.officeIds,
  createdAt: row.createdAt,
  status: toGraphQLEnum(row.status),
  type: toGraphQLEnumOrNull(row.type),
  sites: row.sites,
  headcount: row.headcount,
  startDate: row.startDate,
  durationMonths: row.durationMonths,
  sessionBudgetPerPerson: row.sessionBudgetPerPerson,
  outcomeTargets: row.outcomeTargets.map((target) => ({
    category: toGraphQLEnum(target.category),
    sharePercent: target.sharePercent,
  })),
  reportingBands: {
    ageBandLimits: row.ageBandLimits,
    seniorityBandLimits: row.seniorityBandLimits,
    ageBands: ageBandLabels(row.ageBandLimits),
    seniorityBands: seniorityBandLabels(row.seniorityBandLimits),
  },
  oveDefinition: {
    maxPayDropPercent: row.oveMaxPayDropPercent,
    minContractMonths: row.oveMinContractMonths,
  },
  serviceLevels: {
    firstMeetingWorkingDays: row.firstMeetingWorkingDays,
    sessionsPerMonth: row.sessionsPerMonth,
    peoplePerConsultant: row.peoplePerConsultant,
  },
  employerNafCode: row.employerNafCode,
  amendedAt: row.amendedAt,
  closedAt: row.closedAt,
});

export const toSponsorObject = (row: SponsorEntity): SponsorObject => ({ id: row.id, name: row.name });

/** HR's own code first; else matching's answer for the title (alone: TITLE, with the coach: CONFIRMED). */
function occupationCodeSourceOf(row: CandidateEntity): CandidateObject['occupationCodeSource'] {
  if (row.formerOccupationCode) return 'GIVEN';
  if (!row.resolvedOccupationCode) return null;
  return row.resolvedOccupationHow === 'confirmed' ? 'CONFIRMED' : 'TITLE';
}
