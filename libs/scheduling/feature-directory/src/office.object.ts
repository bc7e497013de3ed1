import type { OfficeEntity, RoomEntity } from '@passerelle/scheduling/data-access';
import type { Office, Room } from '@passerelle/scheduling/graphql-types';

/** An office as GraphQL shows it; its holidays, rooms and coaches come from field resolvers. */
export type OfficeObject = Omit<Office, 'holidays' | 'rooms' | 'coaches'>;

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
  active: row.active,
});

export type RoomObject = Room;

export const toRoomObject = (row: RoomEntity): RoomObject => ({
  id: row.id,
  officeId: row.officeId,
  name: row.name,
  capacity: row.capacity,
  equipment: row.equipment,
  active: row.active,
});
