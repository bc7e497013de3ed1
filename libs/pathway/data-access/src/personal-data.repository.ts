import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { MilestoneEntity } from './milestone.entity';
import { PathwayFactEntity } from './pathway-fact.entity';
import { PathwayHistoryEntity } from './pathway-history.entity';
import { PathwayEntity } from './pathway.entity';

/** A person's data as pathway holds it (GDPR access): their plan and what moved it, nobody else's. */
@Injectable()
export class PathwayPersonalDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sections(candidateId: string): Promise<Record<string, object[]>> {
    const manager = this.dataSource.manager;
    const pathways = await manager.find(PathwayEntity, { where: { candidateId } });
    const pathwayIds = pathways.map((pathway) => pathway.id);
    const [milestones, history, facts] = await Promise.all([
      manager.find(MilestoneEntity, { where: { pathwayId: In(pathwayIds) }, order: { position: 'ASC' } }),
      manager.find(PathwayHistoryEntity, { where: { pathwayId: In(pathwayIds) }, order: { at: 'ASC' } }),
      manager.find(PathwayFactEntity, { where: { candidateId }, order: { occurredAt: 'ASC' } }),
    ]);
    return { pathway: pathways, milestones, history, facts };
  }
}
