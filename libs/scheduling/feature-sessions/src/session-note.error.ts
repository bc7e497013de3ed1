import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';
import type { SessionNoteRefusal } from '@passerelle/scheduling/domain';

export enum SessionNoteErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  SessionNotFound = 'SESSION_NOT_FOUND',
  /** Only the session's coach writes; only a note's author amends it. */
  AuthorOnly = 'NOTE_AUTHOR_ONLY',
  /** The person's session has not taken place (booked or cancelled). */
  SessionNotHeld = 'SESSION_NOT_HELD',
  /** No summary for a session the person missed. */
  PersonDidNotAttend = 'PERSON_DID_NOT_ATTEND',
  AlreadyWritten = 'NOTE_ALREADY_WRITTEN',
  NotFound = 'NOTE_NOT_FOUND',
  Unchanged = 'NOTE_UNCHANGED',
  /** The version acknowledged is not the current one. */
  SummaryAmended = 'SUMMARY_AMENDED',
  /** A confidential note asked for by anyone but its author. */
  Confidential = 'NOTE_CONFIDENTIAL',
  /** Summaries asked for by ops: they are between the person and their coach. */
  SummaryPrivate = 'SUMMARY_PRIVATE',
}

export class SessionNoteError extends DomainError<SessionNoteErrorCode> {}

export const invalidNoteInput = (message: string, fields: FieldIssue[]): SessionNoteError =>
  new SessionNoteError(SessionNoteErrorCode.InvalidInput, message, { fields });

const MESSAGES: Record<SessionNoteRefusal, [SessionNoteErrorCode, string]> = {
  SESSION_NOT_FOUND: [SessionNoteErrorCode.SessionNotFound, 'no such session'],
  NOTE_AUTHOR_ONLY: [
    SessionNoteErrorCode.AuthorOnly,
    'only the coach who held the session writes its notes, and only their author amends them',
  ],
  SESSION_NOT_HELD: [
    SessionNoteErrorCode.SessionNotHeld,
    'the session has not taken place for this person: notes come after it is completed',
  ],
  PERSON_DID_NOT_ATTEND: [
    SessionNoteErrorCode.PersonDidNotAttend,
    'the person did not come: a missed session has no summary (a confidential note may say what happened)',
  ],
  NOTE_ALREADY_WRITTEN: [SessionNoteErrorCode.AlreadyWritten, 'already written: amend it instead'],
  NOTE_NOT_FOUND: [SessionNoteErrorCode.NotFound, 'nothing written yet to amend'],
  NOTE_UNCHANGED: [SessionNoteErrorCode.Unchanged, 'the amendment changes nothing'],
  SUMMARY_AMENDED: [
    SessionNoteErrorCode.SummaryAmended,
    'the summary was amended since that version: read the current one',
  ],
};

/** A domain refusal as the error GraphQL answers, naming the field when there is one. */
export function noteRefusal(
  refusal: SessionNoteRefusal,
  details: Record<string, unknown> = {},
): SessionNoteError {
  const [code, message] = MESSAGES[refusal];
  return new SessionNoteError(code, message, details);
}
