import type { OfficeEntity, RoomEntity } from '@passerelle/scheduling/data-access';

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
