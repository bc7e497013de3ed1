import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  type CoachEntity,
} from '@passerelle/scheduling/data-access';
import { changedFields, directoryChange, given } from '../../directory-audit';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { requireManagedCoach, requireOffices } from '../../directory-scope';
import type { UpdateCoachCommand } from './update-coach.command';

/**
 * Ops of the coach's offices change their name, offices, languages, tracks, caseload or hours;
 * offices added or removed must be the caller's own. A lower caseload takes nobody away: the coach
 * just gets no one new until under it. Audited.
 */
@Injectable()
export class UpdateCoachHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: UpdateCoachCommand): Promise<CoachEntity> {
    const current = await this.requireCoach(identity, command.id);
    const { id } = command;
    const wanted = given(command);
    if (wanted.officeIds) {
      const before = new Set(current.officeIds);
      const after = new Set(wanted.officeIds);
      const moved = [...after].filter((o) => !before.has(o)).concat([...before].filter((o) => !after.has(o)));
      await requireOffices(this.directory, identity, moved);
      wanted.officeIds = [...after];
    }
    return this.dataSource.transaction(async (manager) => {
      const coach = await this.changes.lockCoach(manager, id);
      if (!coach) throw new DirectoryError(DirectoryErrorCode.CoachNotFound, `coach ${id} does not exist`);
      const changes = changedFields(coach, wanted);
      const fields = Object.keys(changes);
      if (fields.length === 0) return coach;
      await this.changes.updateCoach(manager, coach.id, changes);
      await this.changes.record(
        manager,
        directoryChange(identity, 'coach', coach.id, 'updated', fields, this.clock.now()),
      );
      return { ...coach, ...changes };
    });
  }

  /** Ops of the coach's offices only (another's coach is answered as missing, as everywhere). */
  private async requireCoach(identity: Identity, coachId: string): Promise<CoachEntity> {
    const coach = await requireManagedCoach(this.directory, identity, coachId);
    if (identity.role !== 'ops')
      throw new DirectoryError(DirectoryErrorCode.OutOfScope, 'only ops edit a coach');
    return coach;
  }
}
