import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { DirectoryRepository, type CoachEntity } from '@passerelle/scheduling/data-access';
import { newCalendarToken, requireOffices, requireUnusedId } from '../../directory-scope';
import type { CreateCoachCommand } from './create-coach.command';

/** Ops add a coach working in their offices, with a calendar feed address of their own. */
@Injectable()
export class CreateCoachHandler {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CreateCoachCommand): Promise<CoachEntity> {
    await requireOffices(this.directory, identity, command.officeIds);
    const id = command.id ?? randomUUID();
    requireUnusedId('coach', id, await this.directory.findCoach(id));
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
}
