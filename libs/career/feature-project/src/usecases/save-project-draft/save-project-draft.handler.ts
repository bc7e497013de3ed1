import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
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
import { draftProblems, versionToEdit } from '@passerelle/career/domain';
import { outOfScope, projectProblems } from '../../project.error';
import type { SaveProjectDraftCommand } from './save-project-draft.command';

/**
 * The person (or their coach with them) saves the whole draft: into the open draft, or, once the
 * current version is validated, into the next version (the validated one is kept as it was). Not
 * announced: only a validation is.
 */
@Injectable()
export class SaveProjectDraftHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly projects: ProjectRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: SaveProjectDraftCommand): Promise<ProjectWithVersions> {
    const access = await this.access.accessTo(identity, command.candidateId);
    if (!access) throw outOfScope();
    const problems = draftProblems(command);
    if (problems.length > 0) throw projectProblems(problems);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const project = await this.projects.lockOrCreate(manager, {
        id: randomUUID(),
        candidateId: command.candidateId,
        programmeId: access.scope.programmeId,
        currentVersion: 1,
        validatedVersion: null,
        createdAt: now,
        updatedAt: now,
      });
      const current = await this.projects.current(manager, project);
      const next = {
        ...versionToEdit(current && versionState(current), now),
        targets: command.targets,
        area: command.area,
        conditions: command.conditions,
        updatedAt: now,
      };
      await this.projects.save(manager, project, versionRow(project.id, next, identity.subject));
      return this.projects.withVersions(manager, project);
    });
  }
}
