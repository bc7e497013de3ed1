import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  DirectoryRepository,
  SessionNoteRepository,
  SessionRepository,
  type SessionNoteWithVersions,
} from '@passerelle/scheduling/data-access';
import { noteWriteRefusal, sessionAccess } from '@passerelle/scheduling/domain';
import { noteRefusal, SessionNoteError, SessionNoteErrorCode } from '../../session-note.error';
import type { WriteSessionNoteCommand } from './write-session-note.command';

/**
 * The session's coach writes the first version of a person's confidential note or summary, once
 * the session took place for them. A second one for the same person is refused: it is amended.
 */
@Injectable()
export class WriteSessionNoteHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly directory: DirectoryRepository,
    private readonly notes: SessionNoteRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: WriteSessionNoteCommand): Promise<SessionNoteWithVersions> {
    const now = this.clock.now();
    const session = await this.sessions.findSession(command.sessionId);
    if (!session) throw noteRefusal('SESSION_NOT_FOUND', { field: 'sessionId' });
    const [coach, participants] = await Promise.all([
      this.directory.findCoach(session.coachId),
      this.sessions.listParticipants(session.id),
    ]);
    const canSee = sessionAccess(identity, session, coach, participants) !== null;
    const place = participants.find((p) => p.candidateId === command.candidateId);
    if (canSee && !place)
      throw new SessionNoteError(
        SessionNoteErrorCode.InvalidInput,
        `candidateId: ${command.candidateId} is not in this session`,
        { field: 'candidateId' },
      );
    const refusal = noteWriteRefusal(identity, session, canSee, command.type, place?.status ?? 'booked');
    if (refusal)
      throw noteRefusal(refusal, { field: refusal === 'SESSION_NOT_FOUND' ? 'sessionId' : undefined });
    const note = {
      id: randomUUID(),
      sessionId: session.id,
      candidateId: command.candidateId,
      type: command.type,
      authorCoachId: session.coachId,
      currentVersion: 1,
      acknowledgedVersion: null,
      acknowledgedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const first = {
      noteId: note.id,
      version: 1,
      text: command.text,
      nextSteps: command.type === 'summary' ? command.nextSteps : null,
      amendReason: null,
      writtenBy: identity.subject,
      writtenByCoachId: session.coachId,
      writtenAt: now,
    };
    try {
      await this.dataSource.transaction((manager) => this.notes.create(manager, note, first));
    } catch (error) {
      if (alreadyWritten(error)) throw noteRefusal('NOTE_ALREADY_WRITTEN', { field: 'sessionId' });
      throw error;
    }
    return { note, versions: [first] };
  }
}

/** The unique constraint on one note of a type per person and session refused the insert. */
function alreadyWritten(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === 'session_note_one_per_person';
}
