import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomBytes, randomUUID } from 'node:crypto';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import {
  DirectoryRepository,
  type CoachEntity,
  type CoachExceptionEntity,
  type OfficeEntity,
  type RoomEntity,
} from '@passerelle/scheduling/data-access';
import { canManageCoach } from '../common/access';
import { parseInput } from '../common/parse-input';
import {
  addCoachExceptionCommandSchema,
  createCoachCommandSchema,
  createOfficeCommandSchema,
  createRoomCommandSchema,
} from './directory.commands';
import { DirectoryError, DirectoryErrorCode } from './directory.error';

export const newCalendarToken = (): string => randomBytes(32).toString('base64url');

/** Sets up offices, rooms and coaches: ops only, within their offices. */
@Injectable()
export class DirectoryHandler {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

  async createOffice(identity: Identity, input: unknown): Promise<OfficeEntity> {
    const command = parseInput(createOfficeCommandSchema, input);
    const id = command.id ?? randomUUID();
    // A named office must be one of the caller's; a new one needs global ops.
    if (!canManageOffices(identity, [id]))
      throw new DirectoryError(
        DirectoryErrorCode.OutOfScope,
        'only ops of this office (or global ops) may create it',
      );
    if (await this.directory.findOffice(id))
      throw new DirectoryError(DirectoryErrorCode.AlreadyExists, `office ${id} already exists`, {
        field: 'id',
      });
    const office: OfficeEntity = {
      id,
      name: command.name,
      address: command.address,
      timeZone: command.timeZone,
      openingHours: command.openingHours,
      frenchPublicHolidays: command.frenchPublicHolidays,
      extraHolidays: command.extraHolidays,
      bufferMinutes: command.bufferMinutes,
      minimumNoticeMinutes: command.minimumNoticeMinutes,
      createdAt: this.clock.now(),
    };
    await this.directory.insertOffice(office);
    return office;
  }

  async createRoom(identity: Identity, input: unknown): Promise<RoomEntity> {
    const command = parseInput(createRoomCommandSchema, input);
    await this.requireOffices(identity, [command.officeId]);
    const room: RoomEntity = { id: randomUUID(), ...command };
    await this.directory.insertRoom(room);
    return room;
  }

  async createCoach(identity: Identity, input: unknown): Promise<CoachEntity> {
    const command = parseInput(createCoachCommandSchema, input);
    await this.requireOffices(identity, command.officeIds);
    const id = command.id ?? randomUUID();
    if (await this.directory.findCoach(id))
      throw new DirectoryError(DirectoryErrorCode.AlreadyExists, `coach ${id} already exists`, {
        field: 'id',
      });
    const coach: CoachEntity = {
      id,
      displayName: command.displayName,
      officeIds: command.officeIds,
      languages: command.languages,
      specialties: command.specialties,
      maxCaseload: command.maxCaseload,
      weeklyHours: command.weeklyHours,
      calendarToken: newCalendarToken(),
      active: true,
      createdAt: this.clock.now(),
    };
    await this.directory.insertCoach(coach);
    return coach;
  }

  async addException(identity: Identity, input: unknown): Promise<CoachExceptionEntity> {
    const command = parseInput(addCoachExceptionCommandSchema, input);
    await this.requireManagedCoach(identity, command.coachId);
    const exception: CoachExceptionEntity = {
      id: randomUUID(),
      coachId: command.coachId,
      kind: command.kind,
      startsAt: command.startsAt,
      endsAt: command.endsAt,
      note: command.note ?? null,
    };
    await this.directory.insertException(exception);
    return exception;
  }

  /** A new secret address for the feed; the previous one answers 404 from now on. */
  async rotateCalendarToken(identity: Identity, coachId: string): Promise<string> {
    await this.requireManagedCoach(identity, coachId);
    const token = newCalendarToken();
    await this.directory.updateCoach(coachId, { calendarToken: token });
    return token;
  }

  private async requireOffices(identity: Identity, officeIds: readonly string[]): Promise<void> {
    if (!canManageOffices(identity, officeIds))
      throw new DirectoryError(DirectoryErrorCode.OutOfScope, 'these offices are not yours to manage');
    for (const [index, officeId] of officeIds.entries()) {
      if (!(await this.directory.findOffice(officeId)))
        throw new DirectoryError(DirectoryErrorCode.OfficeNotFound, `office ${officeId} does not exist`, {
          field: officeIds.length > 1 ? `officeIds.${index}` : 'officeId',
        });
    }
  }

  private async requireManagedCoach(identity: Identity, coachId: string): Promise<CoachEntity> {
    const coach = await this.directory.findCoach(coachId);
    if (!coach || !canManageCoach(identity, coach))
      throw new DirectoryError(
        DirectoryErrorCode.CoachNotFound,
        `coach ${coachId} does not exist or is not yours`,
      );
    return coach;
  }
}
