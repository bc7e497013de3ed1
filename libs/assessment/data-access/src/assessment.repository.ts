import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';

@Injectable()
export class AssessmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  listForCandidate(candidateId: string): Promise<AssessmentEntity[]> {
    return this.dataSource
      .getRepository(AssessmentEntity)
      .find({ where: { candidateId }, order: { assignedAt: 'ASC' } });
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(AssessmentEntity, { candidateId });
  }
}
