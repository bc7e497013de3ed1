import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { CareerAccessRepository, CvRepository, type CvWithVersions } from '@passerelle/career/data-access';
import { outOfScope } from '../../cv.error';
import type { ReadCvQuery } from './read-cv.query';

/** The person's CV with every version and comment, for the person or their coach; null when none. */
@Injectable()
export class ReadCvHandler {
  constructor(
    private readonly access: CareerAccessRepository,
    private readonly cvs: CvRepository,
  ) {}

  async execute(identity: Identity, query: ReadCvQuery): Promise<CvWithVersions | null> {
    if (!(await this.access.accessTo(identity, query.candidateId))) throw outOfScope();
    return this.cvs.ofCandidate(query.candidateId);
  }
}
