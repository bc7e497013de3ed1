/**
 * A session's life: assigned, in progress once answers are saved (resumable), completed once
 * submitted and scored, released once the coach has debriefed the person.
 */
export const ASSESSMENT_STATUSES = ['assigned', 'in_progress', 'completed', 'released'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Answers may change until the session is submitted. */
export const acceptsAnswers = (status: AssessmentStatus): boolean =>
  status === 'assigned' || status === 'in_progress';

/** Why a debrief cannot be recorded: the person has not submitted yet, or it was recorded already. */
export type DebriefRefusal = 'not_submitted' | 'already_released';

/** A debrief needs a scored session whose results are not yet released. */
export function debriefRefusal(status: AssessmentStatus): DebriefRefusal | null {
  switch (status) {
    case 'assigned':
    case 'in_progress':
      return 'not_submitted';
    case 'released':
      return 'already_released';
    case 'completed':
      return null;
  }
}
