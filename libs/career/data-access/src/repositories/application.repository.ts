import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import type { ApplicationStatus, StatusStep } from '@passerelle/career/domain';
import { ApplicationEntity, ApplicationStepEntity } from '../entities/application.entity';

/** An application with its history, the first step first. */
export interface ApplicationWithSteps {
  application: ApplicationEntity;
  steps: ApplicationStepEntity[];
}

/** A stored history as the domain reads it. */
export const statusSteps = (steps: readonly ApplicationStepEntity[]): StatusStep[] =>
  steps.map(({ status, changedOn }) => ({ status, changedOn }));

/** Job applications and their histories: the only database seam of the applications area. */
@Injectable()
export class ApplicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new application and its first step (`sent`, on the day sent). */
  async insert(
    manager: EntityManager,
    application: ApplicationEntity,
    first: ApplicationStepEntity,
  ): Promise<void> {
    await manager.insert(ApplicationEntity, application);
    await manager.insert(ApplicationStepEntity, first);
  }

  /** The application locked for a change, with its history; null when it does not exist. */
  async lock(manager: EntityManager, id: string): Promise<ApplicationWithSteps | null> {
    const application = await manager
      .getRepository(ApplicationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return application && { application, steps: await this.stepsOf(manager, [id]) };
  }

  /** A new status: its step appended, the application's row brought up to date. */
  async addStep(
    manager: EntityManager,
    application: ApplicationEntity,
    step: ApplicationStepEntity,
  ): Promise<void> {
    await manager.insert(ApplicationStepEntity, step);
    await manager.save(ApplicationEntity, application);
  }

  async save(manager: EntityManager, application: ApplicationEntity): Promise<void> {
    await manager.save(ApplicationEntity, application);
  }

  async find(id: string): Promise<ApplicationWithSteps | null> {
    const application = await this.dataSource.getRepository(ApplicationEntity).findOneBy({ id });
    return application && { application, steps: await this.stepsOf(this.dataSource.manager, [id]) };
  }

  /** A person's applications, the last sent first, those in the given statuses only when some are. */
  async ofCandidate(
    candidateId: string,
    statuses: readonly ApplicationStatus[] = [],
  ): Promise<ApplicationWithSteps[]> {
    const applications = await this.dataSource.getRepository(ApplicationEntity).find({
      where: statuses.length ? { candidateId, status: In([...statuses]) } : { candidateId },
      order: { sentOn: 'DESC', recordedAt: 'DESC' },
    });
    return this.withSteps(this.dataSource.manager, applications);
  }

  /** A person's answered offers the coach has not yet logged in intake's OVE register. */
  async ovesToLog(candidateId: string): Promise<ApplicationWithSteps[]> {
    const applications = await this.dataSource.getRepository(ApplicationEntity).find({
      where: { candidateId, oveDecision: Not(IsNull()), oveLoggedAt: IsNull() },
      order: { oveDecidedOn: 'ASC' },
    });
    return this.withSteps(this.dataSource.manager, applications);
  }

  /** The statuses each of a person's applications went through, for their counts. */
  async statusHistories(candidateId: string): Promise<ApplicationStatus[][]> {
    const rows: { statuses: ApplicationStatus[] }[] = await this.dataSource.query(
      `SELECT array_agg(s.status ORDER BY s.position) AS statuses
       FROM career_application a JOIN career_application_step s ON s.application_id = a.id
       WHERE a.candidate_id = $1 GROUP BY a.id`,
      [candidateId],
    );
    return rows.map((row) => row.statuses);
  }

  /**
   * Applications whose follow-up may be due on `today`, locked for the sweep's transaction (another
   * replica skips them): still sent, due, not yet reminded for that date. The domain decides.
   */
  dueForFollowUp(manager: EntityManager, today: string, limit: number): Promise<ApplicationEntity[]> {
    return manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where(`a.status = 'sent'`)
      .andWhere('a.follow_up_due_on <= :today', { today })
      .andWhere('a.follow_up_sent_for IS DISTINCT FROM a.follow_up_due_on')
      .orderBy('a.follow_up_due_on', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** The due date each application was reminded for, in one statement for the sweep's batch. */
  async markFollowUpsSent(
    manager: EntityManager,
    reminded: readonly { id: string; dueOn: string }[],
    now: Date,
  ): Promise<void> {
    if (reminded.length === 0) return;
    await manager.query(
      `UPDATE career_application a SET follow_up_sent_for = u.due_on, updated_at = $3
       FROM unnest($1::uuid[], $2::date[]) AS u(id, due_on) WHERE a.id = u.id`,
      [reminded.map((r) => r.id), reminded.map((r) => r.dueOn), now],
    );
  }

  private async withSteps(
    manager: EntityManager,
    applications: ApplicationEntity[],
  ): Promise<ApplicationWithSteps[]> {
    const steps = await this.stepsOf(
      manager,
      applications.map((a) => a.id),
    );
    return applications.map((application) => ({
      application,
      steps: steps.filter((step) => step.applicationId === application.id),
    }));
  }

  private stepsOf(manager: EntityManager, ids: readonly string[]): Promise<ApplicationStepEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(ApplicationStepEntity)
      .find({ where: { applicationId: In([...ids]) }, order: { applicationId: 'ASC', position: 'ASC' } });
  }
}
