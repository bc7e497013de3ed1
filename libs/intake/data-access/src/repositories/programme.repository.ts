import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgrammeEntity } from '../entities/programme.entity';
import { SponsorEntity } from '../entities/sponsor.entity';

@Injectable()
export class ProgrammeRepository {
  constructor(private readonly dataSource: DataSource) {}

  findProgramme(id: string): Promise<ProgrammeEntity | null> {
    return this.dataSource.getRepository(ProgrammeEntity).findOneBy({ id });
  }

  /**
   * The programme, held for the rest of the transaction (FOR SHARE): closing it (FOR UPDATE) waits
   * for an enrolment under way, and an enrolment after the close sees it closed.
   */
  hold(manager: EntityManager, id: string): Promise<ProgrammeEntity | null> {
    return manager
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('programme')
      .setLock('pessimistic_read')
      .where('programme.id = :id', { id })
      .getOne();
  }

  findSponsor(id: string): Promise<SponsorEntity | null> {
    return this.dataSource.getRepository(SponsorEntity).findOneBy({ id });
  }

  async insertSponsor(
    manager: EntityManager,
    sponsor: Pick<SponsorEntity, 'id' | 'name'>,
  ): Promise<SponsorEntity> {
    return manager.getRepository(SponsorEntity).save(manager.getRepository(SponsorEntity).create(sponsor));
  }

  async insertProgramme(
    manager: EntityManager,
    programme: Pick<ProgrammeEntity, 'id' | 'sponsorId' | 'name' | 'officeIds'>,
  ): Promise<ProgrammeEntity> {
    const repository = manager.getRepository(ProgrammeEntity);
    return repository.save(repository.create(programme));
  }
}
