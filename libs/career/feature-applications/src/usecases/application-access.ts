import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  ApplicationRepository,
  CareerAccessRepository,
  type ApplicationWithSteps,
  type CareerAccess,
} from '@passerelle/career/data-access';
import { applicationNotFound, outOfScope } from '../applications.error';

/**
 * An application reached by its id: it must exist, and the caller must be its person or their
 * coach (FORBIDDEN otherwise, as for the person's other career material).
 */
@Injectable()
export class ApplicationAccess {
  constructor(
    private readonly access: CareerAccessRepository,
    private readonly applications: ApplicationRepository,
  ) {}

  /** Read without a lock. */
  async read(identity: Identity, id: string): Promise<ApplicationWithSteps & { access: CareerAccess }> {
    const found = await this.applications.find(id);
    if (!found) throw applicationNotFound();
    const access = await this.access.accessTo(identity, found.application.candidateId);
    if (!access) throw outOfScope();
    return { ...found, access };
  }

  /** Locked in `manager`'s transaction, for a change. */
  async lock(
    manager: EntityManager,
    identity: Identity,
    id: string,
  ): Promise<ApplicationWithSteps & { access: CareerAccess }> {
    const found = await this.applications.lock(manager, id);
    if (!found) throw applicationNotFound();
    const access = await this.access.accessTo(identity, found.application.candidateId);
    if (!access) throw outOfScope();
    return { ...found, access };
  }
}
