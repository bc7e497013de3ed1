import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { ReportingRepository } from '@passerelle/reporting/data-access';
import {
  WORKLOAD_WEEKS,
  coachWorkloads,
  serviceLevelTermsOf,
  type CoachWorkload,
  type ServiceLevelTerms,
} from '@passerelle/reporting/domain';
import { programmeFor } from '../../programme-access';
import type { ReadServiceLevelsQuery } from '../read-service-level-breaches/read-service-level-breaches.query';

export interface CoachWorkloadList {
  programmeId: string;
  asOf: Date;
  terms: ServiceLevelTerms;
  weeks: number;
  coaches: CoachWorkload[];
}

/** Each coach's workload in a programme on a date, for ops of its offices (the resolver's role). */
@Injectable()
export class ReadCoachWorkloadHandler {
  constructor(private readonly reporting: ReportingRepository) {}

  async execute(identity: Identity, query: ReadServiceLevelsQuery): Promise<CoachWorkloadList> {
    const programme = await programmeFor(this.reporting, identity, query.programmeId);
    const terms = serviceLevelTermsOf(programme.serviceLevels);
    const coaches = coachWorkloads(await this.reporting.caseloadOf(programme.programmeId), terms, query.asOf);
    return { programmeId: programme.programmeId, asOf: query.asOf, terms, weeks: WORKLOAD_WEEKS, coaches };
  }
}
