import type { ApplicationWithSteps } from '@passerelle/career/data-access';
import type { ApplicationCounts } from '@passerelle/career/domain';
import type {
  ApplicationChannel,
  ApplicationOfferDecision,
  ApplicationStatus,
  JobApplication,
  JobApplicationCounts,
} from '@passerelle/career/graphql-types';

const upper = <T extends string>(value: string): T => value.toUpperCase() as T;

/** A stored application as the schema shows it (the entity's columns are not the public shape). */
export function toApplicationObject({ application: a, steps }: ApplicationWithSteps): JobApplication {
  return {
    id: a.id,
    candidateId: a.candidateId,
    company: a.company,
    jobTitle: a.jobTitle,
    offerId: a.offerId,
    occupationCode: a.occupationCode,
    channel: upper<ApplicationChannel>(a.channel),
    sentOn: a.sentOn,
    status: upper<ApplicationStatus>(a.status),
    statusChangedOn: a.statusChangedOn,
    notes: a.notes,
    followUpDays: a.followUpDays,
    followUpDueOn: a.followUpDueOn,
    history: steps.map((step) => ({
      status: upper<ApplicationStatus>(step.status),
      changedOn: step.changedOn,
      recordedAt: step.recordedAt,
    })),
    oveToLog:
      a.oveDecision && a.oveOfferedOn && a.oveDecidedOn
        ? {
            offeredOn: a.oveOfferedOn,
            decision: upper<ApplicationOfferDecision>(a.oveDecision),
            decidedOn: a.oveDecidedOn,
            loggedAt: a.oveLoggedAt,
          }
        : null,
    recordedAt: a.recordedAt,
  };
}

export const toCountsObject = (counts: ApplicationCounts): JobApplicationCounts => ({ ...counts });
