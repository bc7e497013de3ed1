import type {
  CoachAssignmentEntity,
  CoachEntity,
  CoachExceptionEntity,
  OfficeEntity,
  RoomEntity,
  SessionEntity,
} from '@passerelle/scheduling/data-access';
import type { AssignmentExplanation } from '@passerelle/scheduling/domain';
import { toGraphQLEnum } from './graphql-enums';

// The GraphQL shapes, kept apart from the tables so the public schema does not follow every column.

export interface OfficeObject {
  id: string;
  name: string;
  address: string;
  timeZone: string;
  openingHours: OfficeEntity['openingHours'];
  frenchPublicHolidays: boolean;
  extraHolidays: string[];
  bufferMinutes: number;
  minimumNoticeMinutes: number;
}

export const toOfficeObject = (row: OfficeEntity): OfficeObject => ({
  id: row.id,
  name: row.name,
  address: row.address,
  timeZone: row.timeZone,
  openingHours: row.openingHours,
  frenchPublicHolidays: row.frenchPublicHolidays,
  extraHolidays: row.extraHolidays,
  bufferMinutes: row.bufferMinutes,
  minimumNoticeMinutes: row.minimumNoticeMinutes,
});

export type RoomObject = Pick<RoomEntity, 'id' | 'officeId' | 'name' | 'capacity' | 'equipment'>;
export const toRoomObject = (row: RoomEntity): RoomObject => ({
  id: row.id,
  officeId: row.officeId,
  name: row.name,
  capacity: row.capacity,
  equipment: row.equipment,
});

/** The coach's public face; caseload, hours and absences go through guarded field resolvers. */
export interface CoachObject {
  id: string;
  displayName: string;
  officeIds: string[];
  languages: string[];
  specialties: string[];
  active: boolean;
}

export const toCoachObject = (row: CoachEntity): CoachObject => ({
  id: row.id,
  displayName: row.displayName,
  officeIds: row.officeIds,
  languages: row.languages,
  specialties: row.specialties.map(toGraphQLEnum),
  active: row.active,
});

export const toCoachExceptionObject = (row: CoachExceptionEntity) => ({
  id: row.id,
  kind: toGraphQLEnum(row.kind),
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  note: row.note,
});

export interface CoachAssignmentObject {
  candidateId: string;
  coachId: string;
  officeId: string;
  mode: string;
  reason: string | null;
  explanation: AssignmentExplanation | null;
  assignedAt: Date;
}

export const toCoachAssignmentObject = (row: CoachAssignmentEntity): CoachAssignmentObject => ({
  candidateId: row.candidateId,
  coachId: row.coachId,
  officeId: row.officeId,
  mode: toGraphQLEnum(row.mode),
  reason: row.reason,
  explanation: row.explanation,
  assignedAt: row.assignedAt,
});

export interface SessionObject {
  id: string;
  kind: string;
  mode: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  coachId: string;
  officeId: string | null;
  roomId: string | null;
  videoLink: string | null;
  seatLimit: number;
  cancelReason: string | null;
}

export const toSessionObject = (row: SessionEntity): SessionObject => ({
  id: row.id,
  kind: toGraphQLEnum(row.kind),
  mode: toGraphQLEnum(row.mode),
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  status: toGraphQLEnum(row.status),
  coachId: row.coachId,
  officeId: row.officeId,
  roomId: row.roomId,
  videoLink: row.videoLink,
  seatLimit: row.seatLimit,
  cancelReason: row.cancelReason && toGraphQLEnum(row.cancelReason),
});
