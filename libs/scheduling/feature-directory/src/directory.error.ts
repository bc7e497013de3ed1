import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum DirectoryErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  OfficeNotFound = 'OFFICE_NOT_FOUND',
  CoachNotFound = 'COACH_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  AlreadyExists = 'ALREADY_EXISTS',
  EmailTaken = 'COACH_EMAIL_TAKEN',
  RoomNotFound = 'ROOM_NOT_FOUND',
  /** A room or coach being deactivated still holds booked sessions ahead: `count`, `sessionIds`. */
  FutureSessionsRemain = 'FUTURE_SESSIONS_REMAIN',
  /** An office being deactivated still has active rooms or coaches: `activeRooms`, `activeCoaches`. */
  OfficeInUse = 'OFFICE_IN_USE',
  SessionNotFound = 'SESSION_NOT_FOUND',
  /** The session is no longer booked and ahead with the coach it had. */
  SessionNotAhead = 'SESSION_NOT_AHEAD',
  /** A group workshop changes coach directly (rescheduleSession), its people told. */
  OnePersonSessionsOnly = 'ONE_PERSON_SESSIONS_ONLY',
  /** The coach proposed is not among those free to take the session (inactive, busy, away, other track). */
  CoachNotFree = 'COACH_NOT_FREE',
  ProposalNotFound = 'PROPOSAL_NOT_FOUND',
  ProposalNotPending = 'PROPOSAL_NOT_PENDING',
}

export class DirectoryError extends DomainError<DirectoryErrorCode> {}

/** Input that does not parse: the error names each bad field (path within the input). */
export const invalidDirectoryInput = (message: string, fields: FieldIssue[]): DirectoryError =>
  new DirectoryError(DirectoryErrorCode.InvalidInput, message, { fields });
