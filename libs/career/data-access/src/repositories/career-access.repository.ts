import { Injectable } from '@nestjs/common';
import { CandidateScopeRepository, type ProgrammeCandidateScope } from '@passerelle/shared/candidate-scope';
import { careerReader, type Caller, type CareerReader } from '@passerelle/career/domain';

/** The person a caller may work on, and how they stand to them. */
export interface CareerAccess {
  scope: ProgrammeCandidateScope;
  reader: CareerReader;
}

/**
 * Every area of career asks here whether a caller may read or write a person's material: the person
 * known to career (candidate scope, from intake's and scheduling's events) and `careerReader`'s rule.
 */
@Injectable()
export class CareerAccessRepository {
  constructor(private readonly scopes: CandidateScopeRepository) {}

  /** Null: the person is unknown here, or the caller may not reach them (the same answer for both). */
  async accessTo(caller: Caller, candidateId: string): Promise<CareerAccess | null> {
    const scope = await this.scopes.find(candidateId);
    const reader = careerReader(caller, scope);
    return scope && reader ? { scope, reader } : null;
  }
}
