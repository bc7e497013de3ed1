import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { SessionNoteRepository, type SessionNoteWithVersions } from '@passerelle/scheduling/data-access';
import { amendmentRefusal } from '@passerelle/scheduling/domain';
import { noteRefusal } from '../../session-note.error';
import type { AmendSessionNoteCommand } from './amend-session-note.command';

/**
 * The author amends their note or summary: a new version with the reason, the earlier ones kept as
 * written. The note row is locked, so two amendments at once make two versions, one after the other.
 * A summary acknowledged before stays acknowledged at that version: the person sees it was amended.
 */
@Injectable()
export class AmendSessionNoteHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notes: SessionNoteRepository,
    private readonly clock: Clock,
  ) {}

  execute(identity: Identity, command: AmendSessionNoteCommand): Promise<SessionNoteWithVersions> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const note = await this.notes.lock(manager, command.sessionId, command.candidateId, command.type);
      if (!note) throw noteRefusal('NOTE_NOT_FOUND', { field: 'sessionId' });
      const current = await this.notes.version(note.id, note.currentVersion, manager);
      const next = { text: command.text, nextSteps: command.type === 'summary' ? command.nextSteps : null };
      const refusal = amendmentRefusal(identity, note, current, next);
      if (refusal) throw noteRefusal(refusal, refusal === 'NOTE_UNCHANGED' ? { field: 'text' } : {});
      if (identity.role !== 'coach') throw noteRefusal('NOTE_AUTHOR_ONLY');
      const version = {
        noteId: note.id,
        version: note.currentVersion + 1,
        ...next,
        amendReason: command.reason,
        writtenBy: identity.subject,
        writtenByCoachId: identity.coachId,
        writtenAt: now,
      };
      await this.notes.amend(manager, note, version);
      return this.notes.withVersionsOf({ ...note, currentVersion: version.version, updatedAt: now }, manager);
    });
  }
}
