import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CandidateScope } from '@passerelle/shared/auth';
import type { EventOf } from '@passerelle/shared/contracts';
import { CandidateScopeEntity } from './candidate-scope.entity';

@Injectable()
export class CandidateScopeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(candidateId: string): Promise<CandidateScope | null> {
    const row = await this.dataSource.getRepository(CandidateScopeEntity).findOneBy({ candidateId });
    return row && { candidateId: row.candidateId, officeIds: row.officeIds, coachId: row.coachId };
  }

  /** Idempotent: a replayed or re-sent enrolment leaves the projection as it is. */
  async recordEnrolment(manager: EntityManager, event: EventOf<'CandidateEnrolled.v1'>): Promise<void> {
    const { candidateId, programmeId, sponsorId, officeIds, enrolledAt } = event.payload;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateScopeEntity)
      .values({ candidateId, programmeId, sponsorId, officeIds, enrolledAt: new Date(enrolledAt) })
      .orIgnore()
      .execute();
  }

  async erase(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(CandidateScopeEntity, { candidateId });
  }
}
