import type { EventOf } from '@passerelle/shared/contracts';

/** What intake tells matching about a person's details: their enrolment, or a correction file's change. */
export type CandidateDetailsEvent = EventOf<'CandidateEnrolled.v1'> | EventOf<'CandidateDetailsCorrected.v1'>;

/**
 * Apply a Kafka batch's enrolments and corrections (in their partition's order) as of `now`: each
 * person's profile, former occupation, recommendations and offers, as if applied one at a time.
 */
export interface ApplyCandidateDetailsCommand {
  events: readonly CandidateDetailsEvent[];
  now: Date;
}
