import type { SessionNoteType } from '@passerelle/scheduling/domain';
import {
  amendReason,
  writeConfidentialNoteCommandSchema,
  writeSessionSummaryCommandSchema,
} from '../write-session-note/write-session-note.command';

export const amendConfidentialNoteCommandSchema = writeConfidentialNoteCommandSchema.extend({
  reason: amendReason,
});
export const amendSessionSummaryCommandSchema = writeSessionSummaryCommandSchema.extend({
  reason: amendReason,
});

/** The author amends a note or summary: the whole new text, and why. */
export interface AmendSessionNoteCommand {
  type: SessionNoteType;
  sessionId: string;
  candidateId: string;
  text: string;
  nextSteps: string | null;
  reason: string;
}
