import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { DirectoryRepository, type SessionEntity } from '@passerelle/scheduling/data-access';
import { seatLimitRefusal } from '@passerelle/scheduling/domain';
import { SessionError, SessionErrorCode } from '../../session.error';
import { SessionEditor } from '../session-editor';
import type { EditWorkshopCommand } from './edit-workshop.command';

/**
 * Ops change a workshop's details or seats. Seats never drop below those taken nor exceed the room;
 * seats added go at once to the people waiting (the editor fills freed seats after every change).
 */
@Injectable()
export class EditWorkshopHandler {
  constructor(
    private readonly editor: SessionEditor,
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: EditWorkshopCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    return this.editor.change(identity, command.sessionId, now, async ({ session, participants, access }) => {
      if (access !== 'all' || session.kind !== 'group_workshop')
        throw new SessionError(
          SessionErrorCode.SessionNotFound,
          `workshop ${command.sessionId} does not exist or is not yours`,
          { field: 'sessionId' },
        );
      const seatLimit = command.seatLimit ?? session.seatLimit;
      const seated = participants.filter((p) => p.status !== 'cancelled').length;
      const room = session.roomId ? await this.directory.findRoom(session.roomId) : null;
      switch (seatLimitRefusal(seatLimit, seated, room?.capacity ?? null)) {
        case 'below_seats_taken':
          throw new SessionError(SessionErrorCode.InvalidInput, `seatLimit: ${seated} seats are taken`, {
            field: 'seatLimit',
          });
        case 'room_too_small':
          throw new SessionError(
            SessionErrorCode.InvalidInput,
            `seatLimit: the room seats ${room?.capacity}`,
            {
              field: 'seatLimit',
            },
          );
        case null:
          break;
      }
      return {
        row: {
          seatLimit,
          title: command.title ?? session.title,
          topic: command.topic ?? session.topic,
          description: command.description ?? session.description,
          language: command.language ?? session.language,
        },
        events: [],
      };
    });
  }
}
