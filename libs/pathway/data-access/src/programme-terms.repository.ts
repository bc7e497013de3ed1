import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgrammeTermsEntity } from './programme-terms.entity';

@Injectable()
export class ProgrammeTermsRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeTermsEntity | null> {
    return manager.getRepository(ProgrammeTermsEntity).findOneBy({ programmeId });
  }

  /** Keeps the most recent terms: an older announcement arriving late changes nothing. Returns whether it applied. */
  async upsertIfNewer(manager: EntityManager, terms: ProgrammeTermsEntity): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO programme_terms (programme_id, sponsor_id, office_ids, start_date, duration_months, session_budget_per_person, terms_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (programme_id) DO UPDATE SET
         sponsor_id = EXCLUDED.sponsor_id, office_ids = EXCLUDED.office_ids, start_date = EXCLUDED.start_date,
         duration_months = EXCLUDED.duration_months, session_budget_per_person = EXCLUDED.session_budget_per_person,
         terms_at = EXCLUDED.terms_at
       WHERE programme_terms.terms_at < EXCLUDED.terms_at
       RETURNING programme_id`,
      [
        terms.programmeId,
        terms.sponsorId,
        terms.officeIds,
        terms.startDate,
        terms.durationMonths,
        terms.sessionBudgetPerPerson,
        terms.termsAt,
      ],
    );
    return rows.length > 0;
  }
}
