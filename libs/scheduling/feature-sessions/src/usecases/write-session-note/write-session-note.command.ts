import { z } from 'zod';
import {
  AMEND_REASON_MAX,
  AMEND_REASON_MIN,
  NEXT_STEPS_MAX,
  NOTE_TEXT_MAX,
  type SessionNoteType,
} from '@passerelle/scheduling/domain';

const text = z
  .string('text is required')
  .trim()
  .min(1, 'text must not be blank')
  .max(NOTE_TEXT_MAX, `text is at most ${NOTE_TEXT_MAX} characters`);
const nextSteps = z
  .string('nextSteps is required')
  .trim()
  .min(1, 'nextSteps must not be blank')
  .max(NEXT_STEPS_MAX, `nextSteps is at most ${NEXT_STEPS_MAX} characters`);
/** Why a note is amended: said each time, so no version replaces another silently. */
export const amendReason = z
  .string('reason is required')
  .trim()
  .min(AMEND_REASON_MIN, `reason is at least ${AMEND_REASON_MIN} characters`)
  .max(AMEND_REASON_MAX, `reason is at most ${AMEND_REASON_MAX} characters`);

const about = {
  sessionId: z.uuid('sessionId must be a session id'),
  candidateId: z.uuid('candidateId must be a candidate id'),
};

export const writeConfidentialNoteCommandSchema = z.object({ ...about, text });
export const writeSessionSummaryCommandSchema = z.object({ ...about, text, nextSteps });

/** The coach writes a person's confidential note (no next steps) or summary, after the session. */
export interface WriteSessionNoteCommand {
  type: SessionNoteType;
  sessionId: string;
  candidateId: string;
  text: string;
  nextSteps: string | null;
}
