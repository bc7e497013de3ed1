import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { DirectoryRepository, type CoachExceptionEntity } from '@passerelle/scheduling/data-access';
import { requireManagedCoach } from '../../directory-scope';
import type { AddCoachExceptionCommand } from './add-coach-exception.command';

/** A coach (or ops of their offices) records leave or a training day: no slot is offered then. */
@Injectable()
export class AddCoachExceptionHandler {
  constructor(private readonly directory: DirectoryRepository) {}

  async execute(identity: Identity, command: AddCoachExceptionCommand): Promise<CoachExceptionEntity> {
    await requireManagedCoach(this.directory, identity, command.coachId);
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
}
