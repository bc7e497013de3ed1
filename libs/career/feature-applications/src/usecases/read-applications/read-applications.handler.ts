import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import {
  ApplicationRepository,
  CareerAccessRepository,
  type ApplicationWithSteps,
} from '@passerelle/career/data-access';
import { applicationCounts, type ApplicationCounts } from '@passerelle/career/domain';
import { outOfScope } from '../../applications.error';
import { ApplicationAccess } from '../application-access';
import type { ReadApplicationsQuery } from './read-applications.query';

/** What the person and their coach read of the person's applications. */
@Injectable()
export class ReadApplicationsHandler {
  constructor(
    private readonly access: CareerAccessRepository,
    private readonly applications: ApplicationRepository,
    private readonly reach: ApplicationAccess,
  ) {}

  async list(identity: Identity, query: ReadApplicationsQuery): Promise<ApplicationWithSteps[]> {
    if (!(await this.access.accessTo(identity, query.candidateId))) throw outOfScope();
    return this.applications.ofCandidate(query.candidateId, query.statuses);
  }

  async one(identity: Identity, id: string): Promise<ApplicationWithSteps> {
    const { application, steps } = await this.reach.read(identity, id);
    return { application, steps };
  }

  /** Counted by what each application went through (an offer turned down still counts as an offer). */
  async counts(identity: Identity, candidateId: string): Promise<ApplicationCounts> {
    if (!(await this.access.accessTo(identity, candidateId))) throw outOfScope();
    return applicationCounts(await this.applications.statusHistories(candidateId));
  }

  /** The answered offers the coach has to log in intake's OVE register. */
  async ovesToLog(identity: Identity, candidateId: string): Promise<ApplicationWithSteps[]> {
    // Only coaches reach here (@Roles): the access check leaves the person's own coach.
    if (!(await this.access.accessTo(identity, candidateId))) throw outOfScope();
    return this.applications.ovesToLog(candidateId);
  }
}
