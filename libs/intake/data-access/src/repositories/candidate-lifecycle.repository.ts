import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { CandidateStatus, StatusChangeReason } from '@passerelle/shared/contracts';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { CandidateStatusChangeEntity } from '../entities/candidate-status-change.entity';

/** A person's status as it stands, read under a lock so two changes never interleave. */
export interface HeldStatus {
  candidateId: string;
  programmeId: string;
  status: CandidateStatus;
}

export interface StatusChange {
  to: CandidateStatus;
  reason: StatusChangeReason;
  expectedReturnOn: string | null;
  note: string | null;
  changedBy: string;
  changedAt: Date;
}

/**
 * The one way a person's status changes: the candidate's row, the audit row and
 * CandidateStatusChanged commit together, in the caller's transaction (which holds the person).
 */
@Injectable()
export class CandidateLifecycleRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Locks the person's row for a status change; null when they do not exist (or were erased). */
  async lock(manager: EntityManager, candidateId: string): Promise<HeldStatus | null> {
    const rows: { id: string; programme_id: string; status: CandidateStatus }[] = await manager.query(
      `SELECT id, programme_id, status FROM candidate WHERE id = $1 FOR UPDATE`,
      [candidateId],
    );
    const row = rows[0];
    return row ? { candidateId: row.id, programmeId: row.programme_id, status: row.status } : null;
  }

  async change(
    manager: EntityManager,
    held: HeldStatus,
    change: StatusChange,
  ): Promise<CandidateStatusChangeEntity> {
    const row: CandidateStatusChangeEntity = {
      id: randomUUID(),
      candidateId: held.candidateId,
      fromStatus: held.status,
      toStatus: change.to,
      reason: change.reason,
      expectedReturnOn: change.expectedReturnOn,
      note: change.note,
      changedBy: change.changedBy,
      changedAt: change.changedAt,
    };
    await manager.query(`UPDATE candidate SET status = $2 WHERE id = $1`, [held.candidateId, change.to]);
    await manager.getRepository(CandidateStatusChangeEntity).insert(row);
    await this.outbox.emit(manager, 'CandidateStatusChanged.v1', held.candidateId, {
      candidateId: held.candidateId,
      programmeId: held.programmeId,
      from: held.status,
      to: change.to,
      reason: change.reason,
      expectedReturnOn: change.expectedReturnOn,
      changedAt: change.changedAt.toISOString(),
    });
    held.status = change.to;
    return row;
  }

  /** The person's changes, oldest first. */
  history(candidateId: string): Promise<CandidateStatusChangeEntity[]> {
    return this.dataSource
      .getRepository(CandidateStatusChangeEntity)
      .find({ where: { candidateId }, order: { changedAt: 'ASC', id: 'ASC' } });
  }
}
