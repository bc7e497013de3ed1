import { Inject, Injectable } from '@nestjs/common';
import { INTERNAL_CALL_SETTINGS, callInternal, type InternalCallSettings } from '@passerelle/shared/auth';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';

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

  coach(coachId: string): Promise<CoachContact | null> {
    return callInternal<CoachContact>(
      this.settings,
      { service: 'scheduling', baseUrl: this.config.SCHEDULING_INTERNAL_URL },
      `/internal/coaches/${encodeURIComponent(coachId)}/contact`,
    );
  }
}
