import type { EventPayload } from '@passerelle/shared/contracts';
import type { ProgrammeEntity } from '@passerelle/intake/data-access';
import type { ProgrammeTermsInput } from './programme-terms.command';

export type ProgrammeTerms = Omit<EventPayload<'ProgrammeContracted.v1'>, 'contractedAt'>;

export const applyTerms = (programme: ProgrammeEntity, terms: ProgrammeTermsInput): void => {
  programme.type = terms.type;
  programme.sites = terms.sites;
  programme.headcount = terms.headcount;
  programme.startDate = terms.startDate;
  programme.durationMonths = terms.durationMonths;
  programme.sessionBudgetPerPerson = terms.sessionBudgetPerPerson;
  programme.outcomeTargets = terms.outcomeTargets;
  // Reporting's bands, the OVE definition and the service levels are kept when an amendment does not mention them.
  if (terms.reportingBands) {
    programme.ageBandLimits = terms.reportingBands.ageBandLimits;
    programme.seniorityBandLimits = terms.reportingBands.seniorityBandLimits;
  }
  if (terms.oveDefinition) {
    programme.oveMaxPayDropPercent = terms.oveDefinition.maxPayDropPercent;
    programme.oveMinContractMonths = terms.oveDefinition.minContractMonths;
  }
  if (terms.serviceLevels) {
    programme.firstMeetingWorkingDays = terms.serviceLevels.firstMeetingWorkingDays;
    programme.sessionsPerMonth = terms.serviceLevels.sessionsPerMonth;
    programme.peoplePerConsultant = terms.serviceLevels.peoplePerConsultant;
  }
  // The employer's NAF code: kept when not mentioned, cleared by an explicit null.
  if (terms.employerNafCode !== undefined) programme.employerNafCode = terms.employerNafCode;
};

/** The terms as the programme events carry them; only a programme with terms has any. */
export function termsPayload(programme: ProgrammeEntity): ProgrammeTerms {
  const { type, headcount, startDate, durationMonths, sessionBudgetPerPerson } = programme;
  if (
    type === null ||
    headcount === null ||
    startDate === null ||
    durationMonths === null ||
    sessionBudgetPerPerson === null
  ) {
    throw new Error(`programme ${programme.id} has no terms yet`);
  }
  return {
    programmeId: programme.id,
    sponsorId: programme.sponsorId,
    type,
    sites: programme.sites,
    headcount,
    startDate,
    durationMonths,
    sessionBudgetPerPerson,
    officeIds: programme.officeIds,
    outcomeTargets: programme.outcomeTargets,
    serviceLevels: {
      firstMeetingWorkingDays: programme.firstMeetingWorkingDays,
      sessionsPerMonth: programme.sessionsPerMonth,
      peoplePerConsultant: programme.peoplePerConsultant,
    },
    // Matching reads the programme's people's titles again when an amendment changes it (decision 0039).
    employerNafCode: programme.employerNafCode,
  };
}
