import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import {
  CareerAccessRepository,
  InterviewPracticeRepository,
  type PracticeSessionRecord,
} from '@passerelle/career/data-access';
import { outOfScope } from '../../interview-practice.error';

/** A person's practice sessions, for the person and their current coach; nobody else. */
@Injectable()
export class ReadPracticeSessionsHandler {
  constructor(
    private readonly access: CareerAccessRepository,
    private readonly practice: InterviewPracticeRepository,
  ) {}

  async ofCandidate(identity: Identity, candidateId: string): Promise<PracticeSessionRecord[]> {
    if (!(await this.access.accessTo(identity, candidateId))) throw outOfScope('candidateId');
    return this.practice.sessionsOf(candidateId);
  }

  async one(identity: Identity, sessionId: string): Promise<PracticeSessionRecord> {
    const record = await this.practice.record(sessionId);
    const access = record && (await this.access.accessTo(identity, record.session.candidateId));
    if (!record || !access) throw outOfScope('id');
    return record;
  }
}
