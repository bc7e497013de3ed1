import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  CareerAccessRepository,
  ProjectRepository,
  versionRow,
  versionState,
  type ProjectWithVersions,
} from '@passerelle/career/data-access';
import { demandFiguresProblems, reviewProblems, versionToEdit } from '@passerelle/career/domain';
import { outOfScope, ProjectError, ProjectErrorCode, projectProblems } from '../../project.error';
import type { ReviewProjectFeasibilityCommand } from './review-project-feasibility.command';

/**
 * The person's coach records the feasibility review with them, on the open draft (a review after a
 * validation opens the next version, as an edit does). A review may be saved without a verdict
 * while it is in progress; a verdict comes with its reasoning. The labour figures the coach saw
 * come with it (sent by the console from matching's labour data) and are checked against the
 * version's targets before they are kept.
 */
@Injectable()
export class ReviewProjectFeasibilityHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly projects: ProjectRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: ReviewProjectFeasibilityCommand): Promise<ProjectWithVersions> {
    const access = await this.access.accessTo(identity, command.candidateId);
    if (!access) throw outOfScope();
    if (access.reader !== 'coach' || identity.role !== 'coach')
      throw new ProjectError(ProjectErrorCode.CoachOnly, 'the feasibility review is completed by the coach');
    const { candidateId, ...review } = command;
    const problems = reviewProblems(review);
    if (problems.length > 0) throw projectProblems(problems);
    const now = this.clock.now();
    const coachId = identity.coachId;
    return this.dataSource.transaction(async (manager) => {
      const project = await this.projects.lock(manager, candidateId);
      const current = project && (await this.projects.current(manager, project));
      if (!project || !current)
        throw new ProjectError(ProjectErrorCode.NotFound, 'the person has not started a project yet');
      const edited = versionToEdit(versionState(current), now);
      const figures = review.localDemandFigures;
      const figureProblems = figures ? demandFiguresProblems(figures, edited.targets, now) : [];
      if (figureProblems.length > 0) throw projectProblems(figureProblems);
      const next = {
        ...edited,
        review: { ...review, reviewedVersion: edited.version, reviewedByCoachId: coachId, reviewedAt: now },
        updatedAt: now,
      };
      await this.projects.save(manager, project, versionRow(project.id, next, identity.subject));
      return this.projects.withVersions(manager, project);
    });
  }
}
