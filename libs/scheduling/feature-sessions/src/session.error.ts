import { isHeldStatus, type CandidateStatus } from '@passerelle/shared/contracts';
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
  /** Signing up for a workshop whose waiting list already holds the person. */
  AlreadyWaiting = 'ALREADY_WAITING',
  /** A workshop's programmes must each be served by its office. */
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
  /** Leaving a workshop the person has no seat in. */
  NotJoined = 'NOT_JOINED',
  /** Leaving a workshop that has already started. */
  WorkshopStarted = 'WORKSHOP_STARTED',
  /** The person is paused, placed or exited: nothing is booked for them until they are back. */
  CandidateNotActive = 'CANDIDATE_NOT_ACTIVE',
  OutOfScope = 'FORBIDDEN',
}

export class SessionError extends DomainError<SessionErrorCode> {}

/** Input that does not parse: the error names each bad field (path within the input). */
export const invalidSessionInput = (message: string, fields: FieldIssue[]): SessionError =>
  new SessionError(SessionErrorCode.InvalidInput, message, { fields });

/** Paused, placed or exited: not booked for until they are back. */
export const isHeld = isHeldStatus;

export const notActive = (candidateId: string, status: CandidateStatus, field: string): SessionError =>
  new SessionError(
    SessionErrorCode.CandidateNotActive,
    `candidate ${candidateId} is ${status}: nothing is booked for them until they are back`,
    { field, status },
  );
