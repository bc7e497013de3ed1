import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PathwayEntity } from './pathway.entity';

@Injectable()
export class PathwayRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByCandidate(candidateId: string): Promise<PathwayEntity | null> {
    return this.dataSource.getRepository(PathwayEntity).findOneBy({ candidateId });
  }

  /** Inserts the draft unless the person already has a pathway; returns whether it did. */
  async insertDraftIfAbsent(manager: EntityManager, pathway: PathwayEntity): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(PathwayEntity)
      .values(pathway)
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length > 0;
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(PathwayEntity, { candidateId });
  }
}
