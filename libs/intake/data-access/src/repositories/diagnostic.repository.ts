import { ConfidentialReadEntity } from '@passerelle/shared/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DiagnosticEntity, TrackOverrideEntity } from '../entities/diagnostic.entity';

@Injectable()
export class DiagnosticRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByCandidate(candidateId: string): Promise<DiagnosticEntity | null> {
    return this.dataSource.getRepository(DiagnosticEntity).findOneBy({ candidateId });
  }

  /** Locks the person's diagnostic for the rest of the transaction: saves do not interleave. */
  lockByCandidate(manager: EntityManager, candidateId: string): Promise<DiagnosticEntity | null> {
    return manager
      .getRepository(DiagnosticEntity)
      .createQueryBuilder('diagnostic')
      .setLock('pessimistic_write')
      .where('diagnostic.candidate_id = :candidateId', { candidateId })
      .getOne();
  }

  /**
   * Creates the diagnostic on first save; a concurrent first save of the same person keeps one row
   * (the unique candidate id) and the caller then locks and updates it.
   */
  async insertIfAbsent(manager: EntityManager, diagnostic: DiagnosticEntity): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DiagnosticEntity)
      .values(diagnostic)
      .orIgnore()
      .execute();
  }

  async save(manager: EntityManager, diagnostic: DiagnosticEntity): Promise<void> {
    await manager.getRepository(DiagnosticEntity).save(diagnostic);
  }

  async insertOverride(manager: EntityManager, override: TrackOverrideEntity): Promise<void> {
    await manager.getRepository(TrackOverrideEntity).insert(override);
  }

  overridesOf(candidateId: string): Promise<TrackOverrideEntity[]> {
    return this.dataSource
      .getRepository(TrackOverrideEntity)
      .find({ where: { candidateId }, order: { overriddenAt: 'ASC' } });
  }

  /**
   * Submitted diagnostics with the distress flag, newest first, of the people a caller may see:
   * a coach's caseload, or the people of programmes served by some offices (or all).
   */
  async distressFlagged(
    scope: { coachId: string } | { officeIds: readonly string[] | 'all' },
    limit = 200,
  ): Promise<DiagnosticEntity[]> {
    const query = this.dataSource
      .getRepository(DiagnosticEntity)
      .createQueryBuilder('diagnostic')
      .where('diagnostic.distress_flag AND diagnostic.status = :submitted', { submitted: 'submitted' });
    if ('coachId' in scope) {
      query.innerJoin(
        'caseload_assignment',
        'assignment',
        'assignment.candidate_id = diagnostic.candidate_id AND assignment.coach_id = :coachId',
        { coachId: scope.coachId },
      );
    } else if (scope.officeIds !== 'all') {
      query.innerJoin(
        'programme',
        'programme',
        'programme.id = diagnostic.programme_id AND programme.office_ids && :officeIds::uuid[]',
        { officeIds: scope.officeIds },
      );
    }
    return query.orderBy('diagnostic.submitted_at', 'DESC').limit(limit).getMany();
  }

  /**
   * The audit trail of confidential reads: written before the content is returned, in the caller's
   * transaction when it holds the person.
   */
  async recordRead(
    read: Omit<ConfidentialReadEntity, 'id'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(ConfidentialReadEntity).insert({ id: randomUUID(), ...read });
  }

  /** Several reads in one statement (another service asking about many people at once). */
  async recordReads(
    reads: readonly Omit<ConfidentialReadEntity, 'id'>[],
    manager: EntityManager,
  ): Promise<void> {
    if (reads.length === 0) return;
    await manager
      .getRepository(ConfidentialReadEntity)
      .insert(reads.map((read) => ({ id: randomUUID(), ...read })));
  }

  readsOf(candidateId: string): Promise<ConfidentialReadEntity[]> {
    return this.dataSource
      .getRepository(ConfidentialReadEntity)
      .find({ where: { candidateId }, order: { readAt: 'ASC' } });
  }
}
