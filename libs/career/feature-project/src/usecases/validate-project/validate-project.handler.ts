import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CareerAccessRepository,
  ProjectRepository,
  versionRow,
  versionState,
  type ProjectWithVersions,
} from '@passerelle/career/data-access';
import { validated, validationAnnouncement, validationRefusal } from '@passerelle/career/domain';
import { outOfScope, ProjectError, ProjectErrorCode, validationRefused } from '../../project.error';
import type { ValidateProjectCommand } from './validate-project.command';

/**
 * The person's coach validates the draft they reviewed: the version is kept as it is from then on,
 * and announced in the same transaction (ProjectValidated the first time, ProjectChanged after),
 * for pathway's milestones and matching's leads: codes, verdict and dates only.
 */
@Injectable()
export class ValidateProjectHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly projects: ProjectRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: ValidateProjectCommand): Promise<ProjectWithVersions> {
    const access = await this.access.accessTo(identity, command.candidateId);
    if (!access) throw outOfScope();
    if (access.reader !== 'coach' || identity.role !== 'coach')
      throw new ProjectError(ProjectErrorCode.CoachOnly, 'the project is validated by the coach');
    const now = this.clock.now();
    const coachId = identity.coachId;
    return this.dataSource.transaction(async (manager) => {
      const project = await this.projects.lock(manager, command.candidateId);
      const current = project && (await this.projects.current(manager, project));
      if (!project || !current)
        throw new ProjectError(ProjectErrorCode.NotFound, 'the person has not started a project yet');
      const state = versionState(current);
      const refusal = validationRefusal(state, command.version);
      if (refusal) throw validationRefused(refusal);
      const done = validated(state, coachId, now);
      // validationRefusal made sure the review has its verdict.
      const review = done.review;
      if (!review?.verdict) throw validationRefused('PROJECT_NOT_REVIEWED');
      await this.projects.save(manager, project, versionRow(project.id, done, identity.subject));
      const payload = {
        projectId: project.id,
        candidateId: project.candidateId,
        programmeId: project.programmeId,
        version: done.version,
        targetOccupationCodes: done.targets.map((t) => t.occupationCode),
        verdict: review.verdict,
        trainingNeeded: review.trainingNeeded,
        validatedAt: now.toISOString(),
      };
      const announcement = validationAnnouncement(project.validatedVersion);
      if (announcement.type === 'ProjectValidated.v1')
        await this.outbox.emit(manager, 'ProjectValidated.v1', project.id, payload);
      else
        await this.outbox.emit(manager, 'ProjectChanged.v1', project.id, {
          ...payload,
          previousVersion: announcement.previousVersion,
        });
      return this.projects.withVersions(manager, project);
    });
  }
}
