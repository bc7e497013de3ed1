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

  /**
   * Programmes in a caller's scope, newest first, `limit` after the (created at, id) of the
   * previous page's last one: a sponsor's own, or those served by any of these offices (or all).
   */
  inScope(
    scope: { sponsorIds: readonly string[] } | { officeIds: readonly string[] | 'all' },
    page: { after: { createdAt: string; id: string } | null; limit: number },
  ): Promise<ProgrammeEntity[]> {
    const query = this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('programme')
      .where('TRUE');
    if ('sponsorIds' in scope) {
      query.andWhere('programme.sponsor_id = ANY(:sponsorIds)', { sponsorIds: scope.sponsorIds });
    } else if (scope.officeIds !== 'all') {
      query.andWhere('programme.office_ids && :officeIds::uuid[]', { officeIds: scope.officeIds });
    }
    if (page.after) {
      query.andWhere(
        '(programme.created_at, programme.id) < (:createdAt::timestamptz, :id::uuid)',
        page.after,
      );
    }
    return query
      .orderBy('programme.created_at', 'DESC')
      .addOrderBy('programme.id', 'DESC')
      .limit(page.limit)
      .getMany();
  }
}
