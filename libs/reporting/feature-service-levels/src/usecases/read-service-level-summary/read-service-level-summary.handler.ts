import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import type { ShownList } from '@passerelle/shared/disclosure';
import { ReportingRepository } from '@passerelle/reporting/data-access';
import {
  serviceLevelSummary,
  serviceLevelTermsOf,
  type ServiceLevelTerms,
  type SummaryKey,
} from '@passerelle/reporting/domain';
import { programmeFor } from '../../programme-access';
import type { ReadServiceLevelsQuery } from '../read-service-level-breaches/read-service-level-breaches.query';

export interface ServiceLevelSummaryShown {
  programmeId: string;
  asOf: Date;
  terms: ServiceLevelTerms;
  shown: ShownList<SummaryKey>;
}

/**
 * Counts of the people in breach, through the one suppression rule, for the programme's sponsor HR
 * and committee members (exactly what the sponsor sees) and ops of its offices. Default k (0012).
 */
@Injectable()
export class ReadServiceLevelSummaryHandler {
  constructor(private readonly reporting: ReportingRepository) {}

  async execute(identity: Identity, query: ReadServiceLevelsQuery): Promise<ServiceLevelSummaryShown> {
    const programme = await programmeFor(this.reporting, identity, query.programmeId);
    const terms = serviceLevelTermsOf(programme.serviceLevels);
    const shown = serviceLevelSummary(
      await this.reporting.caseloadOf(programme.programmeId),
      terms,
      query.asOf,
    );
    return { programmeId: programme.programmeId, asOf: query.asOf, terms, shown };
  }
}
