import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum SessionErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  /** The coach, room or person is already held at that time; `nextSlots` offers free ones. */
  SlotTaken = 'SLOT_TAKEN',
  OutsideBookingRules = 'OUTSIDE_BOOKING_RULES',
  CandidateNotFound = 'CANDIDATE_NOT_FOUND',
  CoachNotFound = 'COACH_NOT_FOUND',
  NoCoachAssigned = 'NO_COACH_ASSIGNED',
  RoomNotFound = 'ROOM_NOT_FOUND',
  /** The coach or room was deactivated: it takes no new booking. */
  CoachInactive = 'COACH_INACTIVE',
  RoomInactive = 'ROOM_INACTIVE',
  OfficeNotFound = 'OFFICE_NOT_FOUND',
  SessionNotFound = 'SESSION_NOT_FOUND',
  SessionNotBooked = 'SESSION_NOT_BOOKED',
  WorkshopFull = 'WORKSHOP_FULL',
  AlreadyBooked = 'ALREADY_BOOKED',
  /** Leaving a workshop the person has no seat in. */
  NotJoined = 'NOT_JOINED',
  /** Leaving a workshop that has already started. */
  WorkshopStarted = 'WORKSHOP_STARTED',
  OutOfScope = 'FORBIDDEN',
}

export class SessionError extends DomainError<SessionErrorCode> {}

/** Input that does not parse: the error names each bad field (path within the input). */
export const invalidSessionInput = (message: string, fields: FieldIssue[]): SessionError =>
  new SessionError(SessionErrorCode.InvalidInput, message, { fields });
