import { randomBytes } from 'node:crypto';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import { DirectoryRepository, type CoachEntity, type RoomEntity } from '@passerelle/scheduling/data-access';
import { canManageCoach } from '@passerelle/scheduling/domain';
import { DirectoryError, DirectoryErrorCode } from './directory.error';

/** The secret in a calendar feed's address. */
export const newCalendarToken = (): string => randomBytes(32).toString('base64url');

/** The offices must be the caller's to manage, and exist. */
export async function requireOffices(
  directory: DirectoryRepository,
  identity: Identity,
  officeIds: readonly string[],
): Promise<void> {
  if (!canManageOffices(identity, officeIds))
    throw new DirectoryError(DirectoryErrorCode.OutOfScope, 'these offices are not yours to manage');
  for (const [index, officeId] of officeIds.entries()) {
    if (!(await directory.findOffice(officeId)))
      throw new DirectoryError(DirectoryErrorCode.OfficeNotFound, `office ${officeId} does not exist`, {
        field: officeIds.length > 1 ? `officeIds.${index}` : 'officeId',
      });
  }
}

/**
 * An id the caller chose must not be taken: creating again under it (a retried request) is refused
 * rather than overwriting or doubling what exists.
 */
export function requireUnusedId(kind: 'coach' | 'office', id: string, existing: unknown): void {
  if (existing)
    throw new DirectoryError(DirectoryErrorCode.AlreadyExists, `${kind} ${id} already exists`, {
      field: 'id',
    });
}

/** The coach must exist and be the caller (or in the caller's offices). */
export async function requireManagedCoach(
  directory: DirectoryRepository,
  identity: Identity,
  coachId: string,
): Promise<CoachEntity> {
  const coach = await directory.findCoach(coachId);
  if (!coach || !canManageCoach(identity, coach))
    throw new DirectoryError(
      DirectoryErrorCode.CoachNotFound,
      `coach ${coachId} does not exist or is not yours`,
    );
  return coach;
}

/** The room must exist, and its office be the caller's to manage. */
export async function requireManagedRoom(
  directory: DirectoryRepository,
  identity: Identity,
  roomId: string,
  load: () => Promise<RoomEntity | null> = () => directory.findRoom(roomId),
): Promise<RoomEntity> {
  const room = await load();
  if (!room)
    throw new DirectoryError(DirectoryErrorCode.RoomNotFound, `room ${roomId} does not exist`, {
      field: 'id',
    });
  if (!canManageOffices(identity, [room.officeId]))
    throw new DirectoryError(DirectoryErrorCode.OutOfScope, 'this room’s office is not yours to manage');
  return room;
}
