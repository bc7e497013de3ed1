import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { Clock } from '@passerelle/shared/clock';
import { SessionNoteRepository, type SessionNoteWithVersions } from '@passerelle/scheduling/data-access';
import { mayReadConfidentialNote, mayReadSummary } from '@passerelle/scheduling/domain';
import { SessionNoteError, SessionNoteErrorCode } from '../../session-note.error';

/** A session as the reads need it: its id and coach (the caller already sees it). */
export interface SessionSeen {
  id: string;
  coachId: string;
}

/**
 * Reading a session's notes, for a caller who already sees the session. Confidential notes: their
 * author only; every read and every refusal is recorded (who, when) before anything is answered.
 * Summaries: the person's own, or those of the people a coach held the session with or follows.
 */
@Injectable()
export class ReadSessionNotesHandler {
  constructor(
    private readonly notes: SessionNoteRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly clock: Clock,
  ) {}

  async confidential(identity: Identity, session: SessionSeen): Promise<SessionNoteWithVersions[]> {
    // A person is only ever asking about their own notes (they see their own seat only).
    const notes = await this.notes.ofSession(
      session.id,
      'confidential',
      identity.role === 'candidate' ? [identity.candidateId] : undefined,
    );
    const refused =
      notes.some(({ note }) => !mayReadConfidentialNote(identity, note)) ||
      (notes.length === 0 && !(identity.role === 'coach' && identity.coachId === session.coachId));
    await this.notes.recordReads(
      notes.map(({ note }) => note),
      identity,
      refused ? 'refused' : 'read',
      this.clock.now(),
    );
    if (refused)
      throw new SessionNoteError(
        SessionNoteErrorCode.Confidential,
        'a confidential note is read by its author only',
      );
    return notes;
  }

  async summaries(identity: Identity, session: SessionSeen): Promise<SessionNoteWithVersions[]> {
    if (identity.role === 'ops' || identity.role === 'sponsor')
      throw new SessionNoteError(
        SessionNoteErrorCode.SummaryPrivate,
        'a session summary is for the person and their coach only',
      );
    const notes = await this.notes.ofSession(
      session.id,
      'summary',
      identity.role === 'candidate' ? [identity.candidateId] : undefined,
    );
    const readable: SessionNoteWithVersions[] = [];
    for (const found of notes) {
      const currentCoach =
        identity.role === 'coach' && identity.coachId !== session.coachId
          ? ((await this.scopes.find(found.note.candidateId))?.coachId ?? null)
          : null;
      if (mayReadSummary(identity, found.note, session.coachId, currentCoach)) readable.push(found);
    }
    return readable;
  }
}
