import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, isoDateSchema } from '../vocabulary';

/** Where a person stands in their programme. */
export const CANDIDATE_STATUSES = ['invited', 'active', 'paused', 'placed', 'exited'] as const;
export const candidateStatusSchema = z.enum(CANDIDATE_STATUSES);
export type CandidateStatus = z.infer<typeof candidateStatusSchema>;

/** Paused, placed or exited: not followed for now (no planning, no booking, no leads, no risk flag). */
export const isHeldStatus = (status: CandidateStatus): boolean =>
  status === 'paused' || status === 'placed' || status === 'exited';

/**
 * Why a status changed: the first sign-in or session makes a person active; a pause says why and
 * until when; an outcome places them (or, corrected, makes them active again); an exit says why;
 * ops reinstate an exited or placed person, or bring a paused one back, with a reason.
 */
export const STATUS_CHANGE_REASONS = [
  'first_sign_in',
  'first_session',
  'illness',
  'training',
  'parental_leave',
  'other_leave',
  'returned',
  'outcome_recorded',
  'outcome_corrected',
  'end_of_programme',
  'withdrawal',
  'retirement',
  'reinstated',
] as const;
export const statusChangeReasonSchema = z.enum(STATUS_CHANGE_REASONS);
export type StatusChangeReason = z.infer<typeof statusChangeReasonSchema>;

/**
 * A person's status changed in intake. Services honour it: pathway holds planning and the at-risk
 * rules while a person is not active, scheduling frees the seats of their future sessions, matching
 * stops their leads. The latest `changedAt` is in force; no free text (the note stays in intake).
 */
export const candidateStatusChangedV1 = defineEvent({
  type: 'CandidateStatusChanged',
  version: 1,
  topic: 'passerelle.intake.candidate',
  producer: 'intake',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    from: candidateStatusSchema,
    to: candidateStatusSchema,
    reason: statusChangeReasonSchema,
    /** A pause's expected return; null otherwise. */
    expectedReturnOn: isoDateSchema.nullable(),
    changedAt: instantSchema,
  }),
});
