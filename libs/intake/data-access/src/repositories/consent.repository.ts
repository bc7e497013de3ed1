import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsentEntity } from '../entities/consent.entity';

@Injectable()
export class ConsentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The consent in force: the last one recorded. */
  latest(candidateId: string): Promise<ConsentEntity | null> {
    return this.dataSource
      .getRepository(ConsentEntity)
      .findOne({ where: { candidateId }, order: { recordedAt: 'DESC' } });
  }

  history(candidateId: string): Promise<ConsentEntity[]> {
    return this.dataSource
      .getRepository(ConsentEntity)
      .find({ where: { candidateId }, order: { recordedAt: 'ASC' } });
  }

  async insert(manager: EntityManager, consent: ConsentEntity): Promise<void> {
    await manager.getRepository(ConsentEntity).insert(consent);
  }
}
