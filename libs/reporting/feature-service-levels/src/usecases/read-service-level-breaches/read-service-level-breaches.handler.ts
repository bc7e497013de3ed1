import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { ReportingRepository } from '@passerelle/reporting/data-access';
import {
  serviceLevelBreaches,
  serviceLevelTermsOf,
  type ServiceLevelBreach,
  type ServiceLevelTerms,
} from '@passerelle/reporting/domain';
import { programmeFor } from '../../programme-access';
import type { ReadServiceLevelsQuery } from './read-service-level-breaches.query';

export interface ServiceLevelBreachList {
  programmeId: string;
  asOf: Date;
  terms: ServiceLevelTerms;
  breaches: ServiceLevelBreach[];
}

/**
 * The breaches of a programme's service levels on a date, from the read model: every one for ops of
 * its offices; for a coach, those of the people they follow on the date and their own caseload's.
 */
@Injectable()
export class ReadServiceLevelBreachesHandler {
  constructor(private readonly reporting: ReportingRepository) {}

  async execute(identity: Identity, query: ReadServiceLevelsQuery): Promise<ServiceLevelBreachList> {
    const programme = await programmeFor(this.reporting, identity, query.programmeId);
    const terms = serviceLevelTermsOf(programme.serviceLevels);
    const all = serviceLevelBreaches(
      await this.reporting.caseloadOf(programme.programmeId),
      terms,
      query.asOf,
    );
    const breaches =
      identity.role === 'coach' ? all.filter((breach) => breach.coachId === identity.coachId) : all;
    return { programmeId: programme.programmeId, asOf: query.asOf, terms, breaches };
  }
}
