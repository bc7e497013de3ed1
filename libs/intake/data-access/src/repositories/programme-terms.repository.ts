import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgrammeEntity } from '../entities/programme.entity';

/** Programme terms, as ops contract, amend and close them. */
@Injectable()
export class ProgrammeTermsRepository {
  constructor(private readonly dataSource: DataSource) {}

  lock(manager: EntityManager, id: string): Promise<ProgrammeEntity | null> {
    return manager
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('programme')
      .setLock('pessimistic_write')
      .where('programme.id = :id', { id })
      .getOne();
  }

  async save(manager: EntityManager, programme: ProgrammeEntity): Promise<ProgrammeEntity> {
    return manager.getRepository(ProgrammeEntity).save(programme);
  }

  /** Programmes of these sponsors (for sponsor HR), newest first. */
  ofSponsors(sponsorIds: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('programme')
      .where('programme.sponsor_id = ANY(:sponsorIds)', { sponsorIds })
      .orderBy('programme.created_at', 'DESC')
      .getMany();
  }

  /** Programmes served by any of these offices (or all, for ops of all offices), newest first. */
  servedBy(officeIds: readonly string[] | 'all'): Promise<ProgrammeEntity[]> {
    const query = this.dataSource.getRepository(ProgrammeEntity).createQueryBuilder('programme');
    if (officeIds !== 'all') query.where('programme.office_ids && :officeIds::uuid[]', { officeIds });
    return query.orderBy('programme.created_at', 'DESC').getMany();
  }
}
