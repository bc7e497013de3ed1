import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OutcomeCategory } from '@passerelle/shared/contracts';
import { OutcomeEntity, ValidJobOfferEntity } from '../entities/outcome.entity';

@Injectable()
export class OutcomeRepository {
  constructor(private readonly dataSource: DataSource) {}

  current(candidateId: string): Promise<OutcomeEntity | null> {
    return this.dataSource.getRepository(OutcomeEntity).findOneBy({ candidateId, superseded: false });
  }

  history(candidateId: string): Promise<OutcomeEntity[]> {
    return this.dataSource
      .getRepository(OutcomeEntity)
      .find({ where: { candidateId }, order: { recordedAt: 'ASC' } });
  }

  /** The current outcome, locked: one correction at a time. */
  lockCurrent(manager: EntityManager, candidateId: string): Promise<OutcomeEntity | null> {
    return manager
      .getRepository(OutcomeEntity)
      .createQueryBuilder('outcome')
      .setLock('pessimistic_write')
      .where('outcome.candidate_id = :candidateId AND NOT outcome.superseded', { candidateId })
      .getOne();
  }

  async supersede(manager: EntityManager, outcomeId: string): Promise<void> {
    await manager.getRepository(OutcomeEntity).update({ id: outcomeId }, { superseded: true });
  }

  async insert(manager: EntityManager, outcome: OutcomeEntity): Promise<void> {
    await manager.getRepository(OutcomeEntity).insert(outcome);
  }

  offers(candidateId: string): Promise<ValidJobOfferEntity[]> {
    return this.dataSource
      .getRepository(ValidJobOfferEntity)
      .find({ where: { candidateId }, order: { offeredOn: 'ASC', loggedAt: 'ASC' } });
  }

  findOffer(id: string): Promise<ValidJobOfferEntity | null> {
    return this.dataSource.getRepository(ValidJobOfferEntity).findOneBy({ id });
  }

  lockOffer(manager: EntityManager, id: string): Promise<ValidJobOfferEntity | null> {
    return manager
      .getRepository(ValidJobOfferEntity)
      .createQueryBuilder('offer')
      .setLock('pessimistic_write')
      .where('offer.id = :id', { id })
      .getOne();
  }

  async saveOffer(manager: EntityManager, offer: ValidJobOfferEntity): Promise<void> {
    await manager.getRepository(ValidJobOfferEntity).save(offer);
  }

  /**
   * Current outcomes of a programme's people, by category; people with none count as still
   * searching. Counts only: this feeds the sponsor's aggregate.
   */
  async categoryCounts(programmeId: string): Promise<{ category: OutcomeCategory; count: number }[]> {
    const rows: { category: OutcomeCategory; count: string }[] = await this.dataSource.query(
      `SELECT coalesce(o.category, 'still_searching') AS category, count(*) AS count
         FROM candidate c
         LEFT JOIN outcome o ON o.candidate_id = c.id AND NOT o.superseded
        WHERE c.programme_id = $1
        GROUP BY 1`,
      [programmeId],
    );
    return rows.map((row) => ({ category: row.category, count: Number(row.count) }));
  }

  /**
   * Month by month (Paris time) from the programme's first enrolment or outcome to `until`'s month
   * (the last 60 at most): people enrolled, and people whose current outcome, other than still
   * searching, dates from that month. Counts of the month, never running totals.
   */
  async monthlyCounts(
    programmeId: string,
    until: Date,
  ): Promise<{ month: string; enrolled: number; outcomes: number }[]> {
    return this.dataSource.query(
      `WITH enrolled AS (
         SELECT to_char(enrolled_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month, count(*)::int AS n
           FROM candidate WHERE programme_id = $1 GROUP BY 1),
       found AS (
         SELECT to_char(o.outcome_date, 'YYYY-MM') AS month, count(*)::int AS n
           FROM outcome o JOIN candidate c ON c.id = o.candidate_id
          WHERE c.programme_id = $1 AND NOT o.superseded AND o.category <> 'still_searching'
          GROUP BY 1),
       bounds AS (
         SELECT greatest(
                  to_date(least((SELECT min(month) FROM enrolled), (SELECT min(month) FROM found)), 'YYYY-MM'),
                  date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/Paris')::date - interval '59 months'
                ) AS first,
                date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/Paris')::date AS last),
       months AS (
         SELECT to_char(m, 'YYYY-MM') AS month FROM bounds, generate_series(bounds.first, bounds.last, interval '1 month') AS m)
       SELECT months.month, coalesce(enrolled.n, 0) AS enrolled, coalesce(found.n, 0) AS outcomes
         FROM months LEFT JOIN enrolled USING (month) LEFT JOIN found USING (month)
        ORDER BY months.month`,
      [programmeId, until],
    );
  }
}
