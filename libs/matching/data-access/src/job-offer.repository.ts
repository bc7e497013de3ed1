import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobOfferEntity } from './job-offer.entity';
import { JobOfferOwnerEntity } from './job-offer-owner.entity';

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
    await manager.delete(JobOfferOwnerEntity, { offerId: id });
  }

  /** The offices that own the offer, or null when it is the platform's (feeds, ops of every office). */
  async ownerOffices(manager: EntityManager, id: string): Promise<string[] | null> {
    return (await manager.findOneBy(JobOfferOwnerEntity, { offerId: id }))?.officeIds ?? null;
  }

  async recordOwner(manager: EntityManager, owner: JobOfferOwnerEntity): Promise<void> {
    await manager.upsert(JobOfferOwnerEntity, owner, ['offerId']);
  }
}
