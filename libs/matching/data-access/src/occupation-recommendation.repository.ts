import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OccupationRecommendationEntity } from './occupation-recommendation.entity';

@Injectable()
export class OccupationRecommendationRepository {
  constructor(private readonly dataSource: DataSource) {}

  listForCandidate(candidateId: string): Promise<OccupationRecommendationEntity[]> {
    return this.dataSource
      .getRepository(OccupationRecommendationEntity)
      .find({ where: { candidateId }, order: { rank: 'ASC' } });
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(OccupationRecommendationEntity, { candidateId });
  }
}
