import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { SessionNoteType } from '@passerelle/scheduling/domain';
import { SessionNoteReadEntity, type SessionNoteReadOutcome } from '../entities/session-note-read.entity';
import { SessionNoteVersionEntity } from '../entities/session-note-version.entity';
import { SessionNoteEntity } from '../entities/session-note.entity';

/** A note with every version, the first first. */
export interface SessionNoteWithVersions {
  note: SessionNoteEntity;
  versions: SessionNoteVersionEntity[];
}

/**
 * Session notes and summaries: a row per person, session and type, its versions appended (never
 * updated), and the audit of confidential reads.
 */
@Injectable()
export class SessionNoteRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The note, locked for an amendment or an acknowledgement. */
  lock(
    manager: EntityManager,
    sessionId: string,
    candidateId: string,
    type: SessionNoteType,
  ): Promise<SessionNoteEntity | null> {
    return manager.getRepository(SessionNoteEntity).findOne({
      where: { sessionId, candidateId, type },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** A new note and its first version; a second for the same person, session and type throws 23505. */
  async create(
    manager: EntityManager,
    note: SessionNoteEntity,
    first: SessionNoteVersionEntity,
  ): Promise<void> {
    await manager.getRepository(SessionNoteEntity).insert(note);
    await manager.getRepository(SessionNoteVersionEntity).insert(first);
  }

  /** A new version becomes the current one. */
  async amend(
    manager: EntityManager,
    note: SessionNoteEntity,
    next: SessionNoteVersionEntity,
  ): Promise<void> {
    await manager.getRepository(SessionNoteVersionEntity).insert(next);
    await manager
      .getRepository(SessionNoteEntity)
      .update({ id: note.id }, { currentVersion: next.version, updatedAt: next.writtenAt });
  }

  async acknowledge(manager: EntityManager, noteId: string, version: number, at: Date): Promise<void> {
    await manager
      .getRepository(SessionNoteEntity)
      .update({ id: noteId }, { acknowledgedVersion: version, acknowledgedAt: at });
  }

  version(noteId: string, version: number, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(SessionNoteVersionEntity).findOneByOrFail({ noteId, version });
  }

  /** A session's notes of one type (of these people only, when named), each with its versions. */
  async ofSession(
    sessionId: string,
    type: SessionNoteType,
    candidateIds?: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionNoteWithVersions[]> {
    const notes = await manager.getRepository(SessionNoteEntity).find({
      where: { sessionId, type, ...(candidateIds ? { candidateId: In([...candidateIds]) } : {}) },
      order: { createdAt: 'ASC', candidateId: 'ASC' },
    });
    return this.withVersions(notes, manager);
  }

  /** One note with its versions. */
  async withVersionsOf(
    note: SessionNoteEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionNoteWithVersions> {
    const versions = await manager
      .getRepository(SessionNoteVersionEntity)
      .find({ where: { noteId: note.id }, order: { version: 'ASC' } });
    return { note, versions };
  }

  private async withVersions(
    notes: SessionNoteEntity[],
    manager: EntityManager,
  ): Promise<SessionNoteWithVersions[]> {
    if (notes.length === 0) return [];
    const versions = await manager.getRepository(SessionNoteVersionEntity).find({
      where: { noteId: In(notes.map((note) => note.id)) },
      order: { version: 'ASC' },
    });
    return notes.map((note) => ({ note, versions: versions.filter((v) => v.noteId === note.id) }));
  }

  /** The audit of confidential reads: written before the note is answered. */
  async recordReads(
    notes: readonly SessionNoteEntity[],
    reader: { subject: string; role: string },
    outcome: SessionNoteReadOutcome,
    at: Date,
  ): Promise<void> {
    if (notes.length === 0) return;
    await this.dataSource.getRepository(SessionNoteReadEntity).insert(
      notes.map((note) => ({
        id: randomUUID(),
        noteId: note.id,
        sessionId: note.sessionId,
        candidateId: note.candidateId,
        readerSubject: reader.subject,
        readerRole: reader.role,
        outcome,
        readAt: at,
      })),
    );
  }

  /** A person's confidential notes (for their export). */
  confidentialOf(candidateId: string): Promise<SessionNoteEntity[]> {
    return this.dataSource.getRepository(SessionNoteEntity).findBy({ candidateId, type: 'confidential' });
  }

  readsOf(candidateId: string): Promise<SessionNoteReadEntity[]> {
    return this.dataSource
      .getRepository(SessionNoteReadEntity)
      .find({ where: { candidateId }, order: { readAt: 'ASC', id: 'ASC' } });
  }
}
