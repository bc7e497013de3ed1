import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobOfferEntity } from './job-offer.entity';

@Injectable()
export class JobOfferRepository {
  find(manager: EntityManager, id: string): Promise<JobOfferEntity | null> {
    return manager.findOneBy(JobOfferEntity, { id });
  }

  findMany(manager: EntityManager, ids: readonly string[]): Promise<JobOfferEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(JobOfferEntity)
      .createQueryBuilder('o')
      .where('o.id = ANY(:ids)', { ids })
      .getMany();
  }

  async save(manager: EntityManager, offer: JobOfferEntity): Promise<void> {
    await manager.save(JobOfferEntity, offer);
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(JobOfferEntity, { id });
  }
}
