import { Injectable } from '@nestjs/common';
import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { DashboardCountsRepository, ReportingRepository } from '@passerelle/reporting/data-access';
import { committeeDashboardFromCounts, type CommitteeDashboard } from '@passerelle/reporting/domain';
import { programmeNotFound } from '../../committee.error';
import type { ReadCommitteeDashboardQuery } from './read-committee-dashboard.query';

/**
 * The commission de suivi's figures for a programme on a date, from the read model: the
 * programme's sponsor HR and committee members (who see exactly what the sponsor sees), or ops of
 * one of its offices; anyone else is told it does not exist.
 * Programmes have no threshold of their own yet: the default k (decision 0012).
 */
@Injectable()
export class ReadCommitteeDashboardHandler {
  constructor(
    private readonly reporting: ReportingRepository,
    private readonly dashboardCounts: DashboardCountsRepository,
  ) {}

  async execute(identity: Identity, query: ReadCommitteeDashboardQuery): Promise<CommitteeDashboard> {
    const programme = await this.reporting.findProgramme(query.programmeId);
    const allowed =
      programme !== null &&
      (identity.role === 'sponsor' || identity.role === 'committee'
        ? identity.sponsorIds.includes(programme.sponsorId)
        : servesAnyOffice(identity, programme.officeIds));
    if (!programme || !allowed) throw programmeNotFound(query.programmeId);
    // Counted in SQL (only counts leave the database), suppressed here by the one rule.
    const counts = await this.dashboardCounts.countsOf(programme.programmeId, query.asOf);
    return committeeDashboardFromCounts({ programme, counts, asOf: query.asOf });
  }
}
