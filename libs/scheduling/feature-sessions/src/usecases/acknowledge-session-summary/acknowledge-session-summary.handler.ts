import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { SessionNoteRepository, type SessionNoteWithVersions } from '@passerelle/scheduling/data-access';
import { acknowledgement } from '@passerelle/scheduling/domain';
import { noteRefusal, SessionNoteError, SessionNoteErrorCode } from '../../session-note.error';
import type { AcknowledgeSessionSummaryCommand } from './acknowledge-session-summary.command';

/**
 * The person acknowledges their summary at the version they read: the current one. Amended since,
 * they read it again (`SUMMARY_AMENDED`); acknowledging the same version again changes nothing.
 */
@Injectable()
export class AcknowledgeSessionSummaryHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notes: SessionNoteRepository,
    private readonly clock: Clock,
  ) {}

  execute(identity: Identity, command: AcknowledgeSessionSummaryCommand): Promise<SessionNoteWithVersions> {
    if (identity.role !== 'candidate') throw noteRefusal('NOTE_AUTHOR_ONLY');
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const note = await this.notes.lock(manager, command.sessionId, identity.candidateId, 'summary');
      if (!note) throw noteRefusal('NOTE_NOT_FOUND', { field: 'sessionId' });
      const outcome = acknowledgement(note, command.version);
      if (outcome === 'NO_SUCH_VERSION')
        throw new SessionNoteError(
          SessionNoteErrorCode.InvalidInput,
          `version: the summary has versions 1 to ${note.currentVersion}`,
          { field: 'version' },
        );
      if (outcome === 'SUMMARY_AMENDED')
        throw noteRefusal('SUMMARY_AMENDED', { field: 'version', currentVersion: note.currentVersion });
      if (outcome === 'acknowledge') {
        await this.notes.acknowledge(manager, note.id, command.version, now);
        return this.notes.withVersionsOf(
          { ...note, acknowledgedVersion: command.version, acknowledgedAt: now },
          manager,
        );
      }
      return this.notes.withVersionsOf(note, manager);
    });
  }
}
