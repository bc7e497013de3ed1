import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CoachingSessionEntity } from './coaching-session.entity';

@Injectable()
export class CoachingSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  listForCandidate(candidateId: string): Promise<CoachingSessionEntity[]> {
    return this.dataSource
      .getRepository(CoachingSessionEntity)
      .find({ where: { candidateId }, order: { status: 'ASC' } });
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(CoachingSessionEntity, { candidateId });
  }
}
