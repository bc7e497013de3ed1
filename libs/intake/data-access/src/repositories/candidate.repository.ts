import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CandidateEntity } from '../entities/candidate.entity';

@Injectable()
export class CandidateRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<CandidateEntity | null> {
    return this.dataSource.getRepository(CandidateEntity).findOneBy({ id });
  }

  /**
   * The person, held for the rest of the transaction (FOR SHARE, as CandidateAccessRepository.hold):
   * an erasure waits for the transaction, and once erased the person is not found.
   */
  holdById(manager: EntityManager, id: string): Promise<CandidateEntity | null> {
    return manager
      .getRepository(CandidateEntity)
      .createQueryBuilder('candidate')
      .setLock('pessimistic_read')
      .where('candidate.id = :id', { id })
      .getOne();
  }

  findByEmployeeNumber(
    manager: EntityManager,
    sponsorId: string,
    employeeNumber: string,
  ): Promise<CandidateEntity | null> {
    return manager.getRepository(CandidateEntity).findOneBy({ sponsorId, employeeNumber });
  }

  async insert(manager: EntityManager, candidate: CandidateEntity): Promise<void> {
    await manager.getRepository(CandidateEntity).insert(candidate);
  }
}
