import { Injectable } from '@nestjs/common';
import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { suppressList, type ShownList } from '@passerelle/shared/disclosure';
import { peoplePerBucket, type ProgressBucket } from '@passerelle/pathway/domain';
import { PathwayRepository, ProgrammeTermsRepository } from '@passerelle/pathway/data-access';
import type { ReadProgrammeProgressQuery } from './read-programme-progress.query';

/**
 * People per phase of one programme, through the platform's disclosure control (docs/decisions/0012),
 * for ops as for sponsors, with the default k. Null when the programme is unknown or not the caller's:
 * the sponsor's own programmes, or those of an office ops serve.
 */
@Injectable()
export class ReadProgrammeProgressHandler {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly terms: ProgrammeTermsRepository,
  ) {}

  async execute(
    identity: Identity,
    query: ReadProgrammeProgressQuery,
  ): Promise<ShownList<ProgressBucket> | null> {
    const terms = await this.terms.find(query.programmeId);
    if (!terms) return null;
    const allowed =
      identity.role === 'sponsor'
        ? identity.sponsorIds.includes(terms.sponsorId)
        : servesAnyOffice(identity, terms.officeIds);
    if (!allowed) return null;
    const buckets = peoplePerBucket(await this.pathways.peopleByStatusAndPhase(query.programmeId));
    return suppressList(buckets.map(({ bucket, people }) => ({ key: bucket, count: people })));
  }
}
