import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { DirectoryRepository, type CoachEntity } from '@passerelle/scheduling/data-access';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { newCalendarToken, requireOffices, requireUnusedId } from '../../directory-scope';
import type { CreateCoachCommand } from './create-coach.command';

/**
 * Ops add a coach working in their offices, with a calendar feed address of their own. The coach
 * and `CoachRegistered.v1` (ids only: identity asks for the address over HTTP, decision 0018)
 * commit together.
 */
@Injectable()
export class CreateCoachHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CreateCoachCommand): Promise<CoachEntity> {
    await requireOffices(this.directory, identity, command.officeIds);
    const id = command.id ?? randomUUID();
    requireUnusedId('coach', id, await this.directory.findCoach(id));
    const now = this.clock.now();
    const coach: CoachEntity = {
      id,
      displayName: command.displayName,
      email: command.email,
      officeIds: command.officeIds,
      languages: command.languages,
      specialties: command.specialties,
      maxCaseload: command.maxCaseload,
      weeklyHours: command.weeklyHours,
      calendarToken: newCalendarToken(),
      active: true,
      createdAt: now,
    };
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.directory.insertCoach(coach, manager);
        await this.outbox.emit(manager, 'CoachRegistered.v1', id, {
          coachId: id,
          officeIds: coach.officeIds,
          registeredAt: now.toISOString(),
        });
      });
    } catch (error) {
      if (emailTaken(error))
        throw new DirectoryError(DirectoryErrorCode.EmailTaken, 'another coach already has this email', {
          field: 'email',
        });
      throw error;
    }
    return coach;
  }
}

/** The unique index on coaches' addresses refused the insert. */
function emailTaken(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === 'coach_email';
}
