import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CandidateScope } from '@passerelle/shared/auth';
import { CandidateEntity } from '../entities/candidate.entity';
import { CaseloadAssignmentEntity } from '../entities/caseload-assignment.entity';
import { ProgrammeEntity } from '../entities/programme.entity';

export interface CandidateInScope {
  candidate: CandidateEntity;
  programme: ProgrammeEntity;
  /** What decides who may read this person's individual record. */
  scope: CandidateScope;
}

/** A person with what decides access to them: their programme's offices and their coach. */
@Injectable()
export class CandidateAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(candidateId: string): Promise<CandidateInScope | null> {
    const candidate = await this.dataSource.getRepository(CandidateEntity).findOneBy({ id: candidateId });
    if (!candidate) return null;
    const [programme, assignment] = await Promise.all([
      this.dataSource.getRepository(ProgrammeEntity).findOneBy({ id: candidate.programmeId }),
      this.dataSource.getRepository(CaseloadAssignmentEntity).findOneBy({ candidateId }),
    ]);
    if (!programme)
      throw new Error(`programme ${candidate.programmeId} of candidate ${candidateId} is missing`);
    return {
      candidate,
      programme,
      scope: { candidateId, officeIds: programme.officeIds, coachId: assignment?.coachId ?? null },
    };
  }

  async coachOf(candidateId: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(CaseloadAssignmentEntity).findOneBy({ candidateId });
    return row?.coachId ?? null;
  }
}
