import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  CandidateAccessRepository,
  ErasureRequestRepository,
  type CandidateInScope,
  type ErasureRequestEntity,
} from '@passerelle/intake/data-access';
import { candidateNotFound } from '../../privacy.error';
import type { RequestErasureCommand } from './request-erasure.command';

/**
 * The person (only they) asks to be erased (GDPR article 17). Ops of their offices see the request
 * and answer it with eraseCandidate, which deletes it with the rest; asking twice keeps the first
 * request, whose date the month to answer runs from.
 */
@Injectable()
export class RequestErasureHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly requests: ErasureRequestRepository,
    private readonly clock: Clock,
  ) {}

  /** The request in force, and the person it is about (their name for the answer). */
  async execute(
    identity: Identity,
    command: RequestErasureCommand,
  ): Promise<{ request: ErasureRequestEntity; person: CandidateInScope }> {
    if (identity.role !== 'candidate' || identity.candidateId !== command.candidateId)
      throw candidateNotFound(command.candidateId);
    const person = await this.access.find(command.candidateId);
    if (!person) throw candidateNotFound(command.candidateId);
    const request = await this.dataSource.transaction(async (manager) => {
      if (!(await this.access.hold(manager, command.candidateId)))
        throw candidateNotFound(command.candidateId);
      return this.requests.record(manager, {
        candidateId: command.candidateId,
        programmeId: person.candidate.programmeId,
        requestedAt: this.clock.now(),
      });
    });
    return { request, person };
  }
}
