import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  FormerOccupationConfirmationEntity,
  type OfferedOccupation,
} from './former-occupation-confirmation.entity';

/** The coaches' confirmation tasks. Every write runs in the caller's transaction. */
@Injectable()
export class FormerOccupationConfirmationRepository {
  /** A new task for the person, replacing any earlier one (a newer title was given). */
  async open(
    manager: EntityManager,
    task: {
      candidateId: string;
      programmeId: string;
      formerJobTitle: string;
      candidates: OfferedOccupation[];
      createdAt: Date;
    },
  ): Promise<void> {
    await manager.delete(FormerOccupationConfirmationEntity, { candidateId: task.candidateId });
    await manager.insert(FormerOccupationConfirmationEntity, {
      ...task,
      status: 'pending',
      romeCode: null,
      confirmedBy: null,
      confirmedAt: null,
    });
  }

  /**
   * A batch's resolutions: every task of `closed` goes (a title resolved, a code given, or replaced),
   * then the `opened` tasks are written, in two statements.
   */
  async replaceMany(
    manager: EntityManager,
    closed: readonly string[],
    opened: readonly {
      candidateId: string;
      programmeId: string;
      formerJobTitle: string;
      candidates: OfferedOccupation[];
      createdAt: Date;
    }[],
  ): Promise<void> {
    if (closed.length > 0)
      await manager.query(
        `DELETE FROM "former_occupation_confirmation" WHERE "candidate_id" = ANY($1::uuid[])`,
        [[...closed]],
      );
    if (opened.length === 0) return;
    await manager.query(
      `INSERT INTO "former_occupation_confirmation" ("candidate_id", "programme_id", "former_job_title", "candidates",
              "status", "created_at")
       SELECT r."candidateId", r."programmeId", r."formerJobTitle", r."candidates", 'pending', r."createdAt"
         FROM jsonb_to_recordset($1::jsonb) AS r("candidateId" uuid, "programmeId" uuid, "formerJobTitle" text,
              "candidates" jsonb, "createdAt" timestamptz)`,
      [JSON.stringify(opened)],
    );
  }

  /** The title was resolved without the coach (a newer, surer title; a code given by HR). */
  async close(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(FormerOccupationConfirmationEntity, { candidateId });
  }

  /**
   * The programme's pending tasks under row locks, by candidate id: taken before its people's
   * profiles, in the order a coach's answer takes them (task, then profile), so the two wait for
   * each other instead of deadlocking.
   */
  async lockPendingOfProgramme(
    manager: EntityManager,
    programmeId: string,
  ): Promise<FormerOccupationConfirmationEntity[]> {
    return manager
      .getRepository(FormerOccupationConfirmationEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.programme_id = :programmeId AND c.status = :status', { programmeId, status: 'pending' })
      .orderBy('c.candidate_id', 'ASC')
      .getMany();
  }

  /**
   * Tasks for several people in one statement: a new one is opened; a pending one takes the new
   * candidates and keeps its place in the coach's list (its creation time); a confirmed one is the
   * coach's answer and is left alone.
   */
  async openMany(
    manager: EntityManager,
    tasks: readonly {
      candidateId: string;
      programmeId: string;
      formerJobTitle: string;
      candidates: OfferedOccupation[];
    }[],
    createdAt: Date,
  ): Promise<void> {
    if (tasks.length === 0) return;
    await manager.query(
      `INSERT INTO former_occupation_confirmation
         (candidate_id, programme_id, former_job_title, candidates, status, created_at)
       SELECT s.candidate_id, s.programme_id, s.former_job_title, s.candidates, 'pending', $5
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[])
           AS s(candidate_id, programme_id, former_job_title, candidates)
       ON CONFLICT (candidate_id) DO UPDATE
         SET candidates = excluded.candidates, former_job_title = excluded.former_job_title,
             programme_id = excluded.programme_id
         WHERE former_occupation_confirmation.status = 'pending'`,
      [
        tasks.map((t) => t.candidateId),
        tasks.map((t) => t.programmeId),
        tasks.map((t) => t.formerJobTitle),
        tasks.map((t) => JSON.stringify(t.candidates)),
        createdAt,
      ],
    );
  }

  /** Several people's pending tasks closed (their titles were settled without the coach). */
  async closePending(manager: EntityManager, candidateIds: readonly string[]): Promise<void> {
    if (candidateIds.length === 0) return;
    await manager.query(
      `DELETE FROM former_occupation_confirmation WHERE candidate_id = ANY($1::uuid[]) AND status = 'pending'`,
      [[...candidateIds]],
    );
  }

  async find(
    manager: EntityManager,
    candidateId: string,
  ): Promise<FormerOccupationConfirmationEntity | null> {
    return manager.findOneBy(FormerOccupationConfirmationEntity, { candidateId });
  }

  /** The pending task under a row lock, for the coach's answer (two answers run one after the other). */
  async findPendingForUpdate(
    manager: EntityManager,
    candidateId: string,
  ): Promise<FormerOccupationConfirmationEntity | null> {
    return manager
      .getRepository(FormerOccupationConfirmationEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.candidate_id = :candidateId AND c.status = :status', { candidateId, status: 'pending' })
      .getOne();
  }

  async confirm(
    manager: EntityManager,
    candidateId: string,
    answer: { romeCode: string; confirmedBy: string; confirmedAt: Date },
  ): Promise<void> {
    await manager.update(
      FormerOccupationConfirmationEntity,
      { candidateId },
      { ...answer, status: 'confirmed' },
    );
  }

  /** Pending tasks of the given people, oldest first. */
  async pendingFor(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<FormerOccupationConfirmationEntity[]> {
    if (candidateIds.length === 0) return [];
    return manager
      .getRepository(FormerOccupationConfirmationEntity)
      .createQueryBuilder('c')
      .where('c.status = :status AND c.candidate_id = ANY(:ids)', {
        status: 'pending',
        ids: [...candidateIds],
      })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.candidate_id', 'ASC')
      .getMany();
  }
}
