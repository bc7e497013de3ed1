import { Inject, Injectable } from '@nestjs/common';
import {
  callInternal,
  INTERNAL_CALL_SETTINGS,
  InternalCallError,
  type InternalCallSettings,
} from '@passerelle/shared/auth';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import type { Recipient } from '@passerelle/notifier/domain';
import { DIRECTORY_CHUNK, RecipientDirectory, type MintedLink } from './recipient-directory';

type LinkAnswer =
  | {
      invitationId: string;
      url: string;
      expiresAt: string;
      purpose: MintedLink['purpose'];
      accountId: string;
    }
  | { invitationId: string; error: string };

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

  override async byAccounts(accountIds: readonly string[]): Promise<Map<string, Recipient>> {
    const found = new Map<string, Recipient>();
    for (const chunk of chunks([...new Set(accountIds)])) {
      const answer = await callInternal<{ recipients: Recipient[] }>(
        this.settings,
        this.target,
        '/internal/recipients/by-accounts',
        { method: 'POST', body: { accountIds: chunk } },
      );
      // A 404 here is a missing route, not unknown people (they are left out of a 200).
      if (!answer) throw new Error('identity has no route /internal/recipients/by-accounts');
      for (const recipient of answer.recipients) found.set(recipient.accountId, recipient);
    }
    return found;
  }

  override async invitationLinks(
    invitationIds: readonly string[],
  ): Promise<Map<string, MintedLink | 'unknown' | 'gone'>> {
    const links = new Map<string, MintedLink | 'unknown' | 'gone'>();
    for (const chunk of chunks([...new Set(invitationIds)])) {
      const answer = await callInternal<{ links: LinkAnswer[] }>(
        this.settings,
        this.target,
        '/internal/invitations/links',
        { method: 'POST', body: { invitationIds: chunk } },
      );
      if (!answer) throw new Error('identity has no route /internal/invitations/links');
      for (const link of answer.links) {
        if ('error' in link) {
          links.set(link.invitationId, link.error === 'INVITATION_NOT_FOUND' ? 'unknown' : 'gone');
        } else {
          const { invitationId, url, expiresAt, purpose, accountId } = link;
          links.set(invitationId, { url, expiresAt: new Date(expiresAt), purpose, accountId });
        }
      }
    }
    return links;
  }

  private get(path: string): Promise<Recipient | null> {
    return callInternal<Recipient>(this.settings, this.target, path);
  }
}

function chunks<T>(all: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += DIRECTORY_CHUNK) out.push(all.slice(i, i + DIRECTORY_CHUNK));
  return out;
}
