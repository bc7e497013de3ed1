import { Injectable } from '@nestjs/common';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { EntityRowReader } from '@passerelle/shared/database';
import { CandidateEntity } from '../entities/candidate.entity';

@Injectable()
export class CandidateRepository {
  private withOfficeIdsQuery?: { sql: string; reader: EntityRowReader<CandidateEntity> };

  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<CandidateEntity | null> {
    return this.dataSource.getRepository(CandidateEntity).findOneBy({ id });
  }

  /**
   * The person and the offices of their programme (what decides which ops may read them) in one
   * query: `candidate(id)` and every reference to a person from another subgraph read this. The
   * SQL is written once (EntityRowReader), not built by the query builder on every call, and is a
   * named prepared statement on the pool (as SessionRepository's bookings): PostgreSQL parses and
   * plans it once per connection, and each call sends the id alone, not the statement's text.
   */
  async findWithOfficeIds(id: string): Promise<{ candidate: CandidateEntity; officeIds: string[] } | null> {
    this.withOfficeIdsQuery ??= this.candidateWithOfficeIdsQuery();
    const { sql, reader } = this.withOfficeIdsQuery;
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const { rows } = await pool.query<QueryResultRow & { programme_office_ids: string[] | null }>({
      name: 'intake-candidate-with-office-ids',
      text: sql,
      values: [id],
    });
    const row = rows[0];
    return row ? { candidate: reader.hydrate(row), officeIds: row.programme_office_ids ?? [] } : null;
  }

  private candidateWithOfficeIdsQuery(): { sql: string; reader: EntityRowReader<CandidateEntity> } {
    const reader = new EntityRowReader(this.dataSource, CandidateEntity, 'candidate');
    const sql = `SELECT ${reader.selectList}, "programme"."office_ids" AS "programme_office_ids"
      FROM "candidate" "candidate" LEFT JOIN "programme" "programme" ON "programme"."id" = "candidate"."programme_id"
      WHERE "candidate"."id" = $1`;
    return { sql, reader };
  }

  /**
   * The person, held for the rest of the transaction (FOR SHARE, as CandidateAccessRepository.hold):
   * an erasure waits for the transaction, and once erased the person is not found.
   */
  holdById(manager: EntityManager, id: string): Promise<CandidateEntity | null> {
    return manager
      .getRepository(CandidateEntity)
      .createQueryBuilder('candidate')
      .setLock('pessimistic_read')
      .where('candidate.id = :id', { id })
      .getOne();
  }

  /** The people of `ids` intake holds, held as `holdById` holds one, in id order (one statement). */
  holdByIds(manager: EntityManager, ids: readonly string[]): Promise<CandidateEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(CandidateEntity)
      .createQueryBuilder('candidate')
      .setLock('pessimistic_read')
      .where('candidate.id IN (:...ids)', { ids: [...ids] })
      .orderBy('candidate.id')
      .getMany();
  }

  findByEmployeeNumber(
    manager: EntityManager,
    sponsorId: string,
    employeeNumber: string,
  ): Promise<CandidateEntity | null> {
    return manager.getRepository(CandidateEntity).findOneBy({ sponsorId, employeeNumber });
  }

  async insert(manager: EntityManager, candidate: CandidateEntity): Promise<void> {
    await manager.getRepository(CandidateEntity).insert(candidate);
  }

  /**
   * Matching's answer for the person's former job title (FormerOccupationResolved). The latest
   * answer wins: a replay or an older answer arriving late changes nothing. Returns whether it applied.
   */
  async recordResolvedOccupation(
    manager: EntityManager,
    candidateId: string,
    answer: { romeCode: string; how: 'automatic' | 'confirmed'; resolvedAt: Date },
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE candidate SET resolved_occupation_code = $2, resolved_occupation_how = $3, resolved_occupation_at = $4
        WHERE id = $1 AND (resolved_occupation_at IS NULL OR resolved_occupation_at < $4)`,
      [candidateId, answer.romeCode, answer.how, answer.resolvedAt],
    );
    return affected > 0;
  }

  /**
   * Matching took back the code it resolved on its own (FormerOccupationWithdrawn): an automatic
   * answer older than the withdrawal goes; a confirmed one, a later answer and HR's code stay.
   * Returns whether it applied.
   */
  async withdrawResolvedOccupation(
    manager: EntityManager,
    candidateId: string,
    withdrawnAt: Date,
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE candidate SET resolved_occupation_code = NULL, resolved_occupation_how = NULL, resolved_occupation_at = $2
        WHERE id = $1 AND resolved_occupation_how = 'automatic' AND resolved_occupation_at < $2`,
      [candidateId, withdrawnAt],
    );
    return affected > 0;
  }
}
