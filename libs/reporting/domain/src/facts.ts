import type { CandidateStatus, OutcomeCategory, ServiceLevelTerms } from '@passerelle/shared/contracts';

/**
 * What the read model knows of one person of a programme, from events only (ids, codes and dates:
 * no name, no contact). `key` is the candidate id until the person is erased, then a random key
 * that links the rows to nobody.
 */
export interface PersonFacts {
  key: string;
  enrolledAt: Date;
  /** The coarse categories intake announces at enrolment; null when the HR file did not say. */
  dimensions: Record<Dimension, string | null>;
  /** Every status change, any order. */
  statusChanges: readonly { to: CandidateStatus; at: Date }[];
  /** Every outcome recorded, corrections included: the latest recorded one is current. */
  outcomes: readonly { category: OutcomeCategory; outcomeDate: string; recordedAt: Date }[];
  /** Valid job offers (OVE) made to them, with the person's answer once given. */
  offers: readonly { loggedAt: Date; decision: OfferDecision; decidedAt: Date | null }[];
  /** When each session they attended was completed (the first is their first meeting). */
  sessionsCompletedAt: readonly Date[];
}

export type OfferDecision = 'pending' | 'accepted' | 'refused';

/** What the committee breaks figures down by (CandidateEnrolled's optional fields). */
export const DIMENSIONS = ['site', 'ageBand', 'sex', 'socioProfessionalCategory'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The programme's terms as last contracted or amended. */
export interface ProgrammeFacts {
  programmeId: string;
  sponsorId: string;
  officeIds: readonly string[];
  headcount: number;
  outcomeTargets: readonly { category: OutcomeCategory; sharePercent: number }[];
  /** The firm's service levels the terms carry (optional on the events: absent, the defaults). */
  serviceLevels?: ServiceLevelTerms | null;
}

/**
 * Where a person stands for the committee: in accompaniment (invited or active), paused, placed
 * (an outcome placed them) or exited (end of programme, withdrawal, retirement).
 */
export const COMMITTEE_STATUSES = ['in_accompaniment', 'paused', 'placed', 'exited'] as const;
export type CommitteeStatus = (typeof COMMITTEE_STATUSES)[number];

/** The person's lifecycle status at `asOf`: their last change on or before it, else invited. */
export function statusAt(person: Pick<PersonFacts, 'statusChanges'>, asOf: Date): CandidateStatus {
  let latest: { to: CandidateStatus; at: Date } | null = null;
  for (const change of person.statusChanges) {
    if (change.at > asOf) continue;
    if (!latest || change.at >= latest.at) latest = change;
  }
  return latest?.to ?? 'invited';
}

export function committeeStatus(status: CandidateStatus): CommitteeStatus {
  switch (status) {
    case 'invited':
    case 'active':
      return 'in_accompaniment';
    case 'paused':
      return 'paused';
    case 'placed':
      return 'placed';
    case 'exited':
      return 'exited';
  }
}

/** When the person left accompaniment (placed or exited) as of `asOf`; null while they have not. */
export function leftAt(person: PersonFacts, asOf: Date): Date | null {
  const status = statusAt(person, asOf);
  if (status !== 'placed' && status !== 'exited') return null;
  const changes = person.statusChanges
    .filter((change) => change.at <= asOf)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  // The start of the last run of held statuses (a placement corrected into an exit stays one stay).
  let since: Date | null = null;
  for (const change of changes) {
    if (change.to === 'placed' || change.to === 'exited') since ??= change.at;
    else since = null;
  }
  return since;
}

/** The person's current outcome at `asOf`: the last one recorded on or before it. */
export function outcomeAt(person: PersonFacts, asOf: Date): OutcomeCategory | null {
  let latest: PersonFacts['outcomes'][number] | null = null;
  for (const outcome of person.outcomes) {
    if (outcome.recordedAt > asOf) continue;
    if (!latest || outcome.recordedAt >= latest.recordedAt) latest = outcome;
  }
  return latest?.category ?? null;
}

/** The first session the person attended on or before `asOf`. */
export function firstMeetingAt(person: PersonFacts, asOf: Date): Date | null {
  let first: Date | null = null;
  for (const at of person.sessionsCompletedAt) if (at <= asOf && (!first || at < first)) first = at;
  return first;
}
