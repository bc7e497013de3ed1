import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsentEntity, type ConsentPurpose } from '../entities/consent.entity';

@Injectable()
export class ConsentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The consent in force for a purpose: the last one recorded (in `manager`'s transaction if given). */
  latest(
    candidateId: string,
    purpose: ConsentPurpose = 'privacy_notice',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConsentEntity | null> {
    return manager
      .getRepository(ConsentEntity)
      .findOne({ where: { candidateId, purpose }, order: { recordedAt: 'DESC' } });
  }

  history(candidateId: string, purpose: ConsentPurpose = 'privacy_notice'): Promise<ConsentEntity[]> {
    return this.dataSource
      .getRepository(ConsentEntity)
      .find({ where: { candidateId, purpose }, order: { recordedAt: 'ASC' } });
  }

  async insert(manager: EntityManager, consent: ConsentEntity): Promise<void> {
    await manager.getRepository(ConsentEntity).insert(consent);
  }
}
