import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canReadCandidate, type CandidateScope, type Identity } from '@passerelle/shared/auth';
import { CandidateEntity } from '../entities/candidate.entity';
import { CaseloadAssignmentEntity } from '../entities/caseload-assignment.entity';
import { ProgrammeEntity } from '../entities/programme.entity';

export interface CandidateInScope {
  candidate: CandidateEntity;
  programme: ProgrammeEntity;
  /** What decides who may read this person's individual record. */
  scope: CandidateScope;
}

const ALL_ROLES: readonly Identity['role'][] = ['candidate', 'coach', 'ops', 'sponsor'];

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

  /**
   * The person, if `identity` has one of `roles` and may see them (canReadCandidate: themself, their
   * coach, ops of their offices); else null, so "no such person" and "not yours" read the same.
   */
  async findFor(
    identity: Identity,
    candidateId: string,
    roles: readonly Identity['role'][] = ALL_ROLES,
  ): Promise<CandidateInScope | null> {
    const found = await this.find(candidateId);
    return found && roles.includes(identity.role) && canReadCandidate(identity, found.scope) ? found : null;
  }

  /**
   * Holds the person for the rest of the transaction: an erasure (which locks them for update)
   * waits for it, and a write that starts after an erasure finds no one, so nothing is written
   * for a person who was just erased.
   */
  async hold(manager: EntityManager, candidateId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT id FROM candidate WHERE id = $1 FOR SHARE`, [
      candidateId,
    ]);
    return rows.length > 0;
  }

  async coachOf(candidateId: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(CaseloadAssignmentEntity).findOneBy({ candidateId });
    return row?.coachId ?? null;
  }
}
