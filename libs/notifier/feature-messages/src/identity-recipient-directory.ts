import { Inject, Injectable } from '@nestjs/common';
import {
  callInternal,
  INTERNAL_CALL_SETTINGS,
  InternalCallError,
  type InternalCallSettings,
} from '@passerelle/shared/auth';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import type { Recipient } from '@passerelle/notifier/domain';
import { RecipientDirectory, type MintedLink } from './recipient-directory';

/** The directory as identity's internal routes answer it, called with a service token. */
@Injectable()
export class IdentityRecipientDirectory extends RecipientDirectory {
  private readonly target: { service: string; baseUrl: string };

  constructor(
    @Inject(INTERNAL_CALL_SETTINGS) private readonly settings: InternalCallSettings,
    @Inject(SERVICE_CONFIG) config: NotifierConfig,
  ) {
    super();
    this.target = { service: 'identity', baseUrl: config.IDENTITY_INTERNAL_URL };
  }

  byCandidate(candidateId: string): Promise<Recipient | null> {
    return this.get(`/internal/recipients/by-candidate/${encodeURIComponent(candidateId)}`);
  }

  byCoach(coachId: string): Promise<Recipient | null> {
    return this.get(`/internal/recipients/by-coach/${encodeURIComponent(coachId)}`);
  }

  byAccount(accountId: string): Promise<Recipient | null> {
    return this.get(`/internal/recipients/${encodeURIComponent(accountId)}`);
  }

  async opsOfOffice(officeId: string): Promise<Recipient[]> {
    const answer = await callInternal<{ recipients: Recipient[] }>(
      this.settings,
      this.target,
      `/internal/recipients/ops?${new URLSearchParams({ officeId }).toString()}`,
    );
    return answer?.recipients ?? [];
  }

  async invitationLink(invitationId: string): Promise<MintedLink | 'unknown' | 'gone'> {
    try {
      const answer = await callInternal<{
        url: string;
        expiresAt: string;
        purpose: MintedLink['purpose'];
        accountId: string;
      }>(this.settings, this.target, `/internal/invitations/${encodeURIComponent(invitationId)}/link`, {
        method: 'POST',
      });
      if (!answer) return 'unknown';
      return { ...answer, expiresAt: new Date(answer.expiresAt) };
    } catch (error) {
      if (error instanceof InternalCallError && error.status === 410) return 'gone';
      throw error;
    }
  }

  private get(path: string): Promise<Recipient | null> {
    return callInternal<Recipient>(this.settings, this.target, path);
  }
}
