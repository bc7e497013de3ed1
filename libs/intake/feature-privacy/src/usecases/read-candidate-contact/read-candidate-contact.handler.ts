import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import { CandidateRepository, DiagnosticRepository } from '@passerelle/intake/data-access';
import { contactLanguage, type ContactLanguage } from '@passerelle/intake/domain';
import type { ReadCandidateContactQuery } from './read-candidate-contact.query';

export interface CandidateContact {
  candidateId: string;
  email: string;
  firstName: string;
  lastName: string;
  language: ContactLanguage;
}

/** How a read by another service appears in the person's audit trail (and their data export). */
const CONTACT_READ = 'contact';
const SERVICE_READER_ROLE = 'service';

/**
 * A person's contact details for another service (decision 0018: intake keeps them, identity asks
 * when it invites the person). Each read is recorded as a confidential read, with the calling
 * service as reader, in the transaction that holds the person: a read and an erasure do not
 * interleave, and nothing is recorded about, or returned for, someone erased. Null when intake
 * does not hold the person.
 */
@Injectable()
export class ReadCandidateContactHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateRepository,
    private readonly diagnostics: DiagnosticRepository,
    private readonly clock: Clock,
  ) {}

  execute(caller: string, { candidateId }: ReadCandidateContactQuery): Promise<CandidateContact | null> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.candidates.holdById(manager, candidateId);
      if (!candidate) return null;
      await this.diagnostics.recordRead(
        {
          candidateId,
          readerSubject: caller,
          readerRole: SERVICE_READER_ROLE,
          what: CONTACT_READ,
          aboutId: null,
          readAt: this.clock.now(),
        },
        manager,
      );
      return {
        candidateId,
        email: candidate.email,
        firstName: candidate.firstName,
        lastName: candidate.lastName,
        language: contactLanguage(candidate.languages),
      };
    });
  }
}
