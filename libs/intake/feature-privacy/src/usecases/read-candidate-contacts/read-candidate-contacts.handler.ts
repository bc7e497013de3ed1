import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import { CandidateRepository, DiagnosticRepository } from '@passerelle/intake/data-access';
import { contactLanguage } from '@passerelle/intake/domain';
import type { CandidateContact } from '../read-candidate-contact/read-candidate-contact.handler';
import type { ReadCandidateContactsQuery } from './read-candidate-contacts.query';

/**
 * The batch form of `ReadCandidateContactHandler` (identity opens a Kafka batch's accounts with one
 * call, decision 0048): the people held (FOR SHARE, in id order) and each read recorded as a
 * confidential read by the calling service, in one transaction and two statements. The contacts
 * of the people intake holds, in the order asked; nobody it does not hold (unknown or erased) is
 * answered or recorded.
 */
@Injectable()
export class ReadCandidateContactsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateRepository,
    private readonly diagnostics: DiagnosticRepository,
    private readonly clock: Clock,
  ) {}

  execute(caller: string, { candidateIds }: ReadCandidateContactsQuery): Promise<CandidateContact[]> {
    const ids = [...new Set(candidateIds)];
    return this.dataSource.transaction(async (manager) => {
      const held = await this.candidates.holdByIds(manager, ids);
      const readAt = this.clock.now();
      await this.diagnostics.recordReads(
        held.map((candidate) => ({
          candidateId: candidate.id,
          readerSubject: caller,
          readerRole: 'service',
          what: 'contact',
          aboutId: null,
          readAt,
        })),
        manager,
      );
      const byId = new Map(held.map((candidate) => [candidate.id, candidate]));
      return ids.flatMap((id) => {
        const candidate = byId.get(id);
        return candidate
          ? [
              {
                candidateId: id,
                email: candidate.email,
                firstName: candidate.firstName,
                lastName: candidate.lastName,
                language: contactLanguage(candidate.languages),
              },
            ]
          : [];
      });
    });
  }
}
