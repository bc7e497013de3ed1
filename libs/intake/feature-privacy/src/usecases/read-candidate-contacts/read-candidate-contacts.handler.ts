import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { ConfidentialReadEntity } from '@passerelle/shared/database';
import { Clock } from '@passerelle/shared/clock';
import { CandidateEntity } from '@passerelle/intake/data-access';
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
    private readonly clock: Clock,
  ) {}

  execute(caller: string, { candidateIds }: ReadCandidateContactsQuery): Promise<CandidateContact[]> {
    const ids = [...new Set(candidateIds)];
    return this.dataSource.transaction(async (manager) => {
      const held = await manager
        .getRepository(CandidateEntity)
        .createQueryBuilder('candidate')
        .setLock('pessimistic_read')
        .where({ id: In(ids) })
        .orderBy('candidate.id')
        .getMany();
      if (held.length === 0) return [];
      const readAt = this.clock.now();
      await manager.getRepository(ConfidentialReadEntity).insert(
        held.map((candidate) => ({
          id: randomUUID(),
          candidateId: candidate.id,
          readerSubject: caller,
          readerRole: 'service',
          what: 'contact',
          aboutId: null,
          readAt,
        })),
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
