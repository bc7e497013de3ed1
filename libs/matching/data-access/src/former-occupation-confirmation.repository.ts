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
