import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import {
  CareerAccessRepository,
  ProjectRepository,
  type ProjectWithVersions,
} from '@passerelle/career/data-access';
import { outOfScope } from '../../project.error';
import type { ReadProjectQuery } from './read-project.query';

/** The person's project with every version, for the person or their coach; null when none is started. */
@Injectable()
export class ReadProjectHandler {
  constructor(
    private readonly access: CareerAccessRepository,
    private readonly projects: ProjectRepository,
  ) {}

  async execute(identity: Identity, query: ReadProjectQuery): Promise<ProjectWithVersions | null> {
    if (!(await this.access.accessTo(identity, query.candidateId))) throw outOfScope();
    return this.projects.ofCandidate(query.candidateId);
  }
}
