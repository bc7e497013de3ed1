import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { PathwayRepository, ProgrammeTermsRepository } from '@passerelle/pathway/data-access';
import { toPathwayObject, type PathwayObject } from './pathway.object';

@Injectable()
export class PathwayReader {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly terms: ProgrammeTermsRepository,
  ) {}

  /** The plan as this reader may see it (access already checked by the caller). */
  async read(candidateId: string, reader: Identity): Promise<PathwayObject | null> {
    const pathway = await this.pathways.findByCandidate(candidateId);
    if (!pathway) return null;
    const [milestones, terms] = await Promise.all([
      this.pathways.milestonesOf(pathway.id),
      this.terms.find(pathway.programmeId),
    ]);
    return toPathwayObject(pathway, milestones, terms, reader);
  }
}
