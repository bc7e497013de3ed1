import { Inject, Injectable } from '@nestjs/common';
import { INTERNAL_CALL_SETTINGS, callInternal, type InternalCallSettings } from '@passerelle/shared/auth';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';

/** The most people intake answers in one call (its `MAX_CONTACTS_PER_CALL`). */
const CONTACTS_PER_CALL = 500;

/** What intake answers about a person it enrolled. */
export interface CandidateContact {
  candidateId: string;
  email: string;
  firstName: string;
  lastName: string;
  language: 'fr' | 'en';
}

/** What scheduling answers about a coach. */
export interface CoachContact {
  coachId: string;
  email: string;
  displayName: string;
  language: 'fr' | 'en';
  officeIds: string[];
}

/**
 * Where identity learns the address to invite someone at: from the service that collected it,
 * over its internal route (decision 0018). Null when that service does not know the id (erased).
 */
@Injectable()
export class ContactDirectory {
  constructor(
    @Inject(INTERNAL_CALL_SETTINGS) private readonly settings: InternalCallSettings,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  candidate(candidateId: string): Promise<CandidateContact | null> {
    return callInternal<CandidateContact>(
      this.settings,
      { service: 'intake', baseUrl: this.config.INTAKE_INTERNAL_URL },
      `/internal/candidates/${encodeURIComponent(candidateId)}/contact`,
    );
  }

  /**
   * The contacts of many people at once (a Kafka batch's enrolments, decision 0048): one call per
   * 500 people to intake's `POST /internal/candidates/contacts`, with the same service token as
   * the single route. The people intake no longer knows (erased) are absent from the map.
   */
  async candidates(candidateIds: readonly string[]): Promise<Map<string, CandidateContact>> {
    const found = new Map<string, CandidateContact>();
    for (let i = 0; i < candidateIds.length; i += CONTACTS_PER_CALL) {
      const answer = await callInternal<{ contacts: CandidateContact[] }>(
        this.settings,
        { service: 'intake', baseUrl: this.config.INTAKE_INTERNAL_URL },
        '/internal/candidates/contacts',
        { method: 'POST', body: { candidateIds: candidateIds.slice(i, i + CONTACTS_PER_CALL) } },
      );
      if (!answer) throw new Error('intake answered 404 to POST /internal/candidates/contacts');
      for (const contact of answer.contacts) found.set(contact.candidateId, contact);
    }
    return found;
  }

  coach(coachId: string): Promise<CoachContact | null> {
    return callInternal<CoachContact>(
      this.settings,
      { service: 'scheduling', baseUrl: this.config.SCHEDULING_INTERNAL_URL },
      `/internal/coaches/${encodeURIComponent(coachId)}/contact`,
    );
  }
}
