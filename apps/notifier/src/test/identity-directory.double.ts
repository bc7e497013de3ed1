import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { verifyServiceToken } from '@passerelle/shared/auth';
import type { Recipient } from '@passerelle/notifier/domain';

interface Invitation {
  accountId: string;
  purpose: 'invitation' | 'sign_in_link';
  expiresAt: Date;
  /** `gone`: used, expired or superseded (identity answers 410). */
  state: 'valid' | 'gone';
}

/**
 * A TEST DOUBLE of identity at the HTTP boundary: a real HTTP server answering the internal routes
 * of decision 0018 exactly as the contract says, and refusing any call without a valid service
 * token for `identity` from the notifier (checked with the same `verifyServiceToken`). It stands
 * in for identity's directory until identity serves these routes itself.
 */
export class IdentityDirectoryDouble {
  private readonly recipients = new Map<string, Recipient>();
  private readonly invitations = new Map<string, Invitation>();
  /** Each call as received: method, path and the caller its token named. */
  readonly calls: { method: string; path: string; caller: string; body?: unknown }[] = [];
  /** How many links were minted per invitation. */
  readonly mints = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    private readonly secret: string,
  ) {}

  static async start(secret: string): Promise<IdentityDirectoryDouble> {
    let double: IdentityDirectoryDouble | null = null;
    const server = createServer((request, response) => {
      void double?.handle(request, response);
    });
    double = new IdentityDirectoryDouble(server, secret);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return double;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A person identity knows, active and French-speaking unless told otherwise. */
  addRecipient(over: Partial<Recipient> & Pick<Recipient, 'role'>): Recipient {
    const accountId = over.accountId ?? randomUUID();
    const recipient: Recipient = {
      accountId,
      email: `${over.role}.${accountId.slice(0, 8)}@example.fr`,
      displayName: 'Nadia Benali',
      language: 'fr',
      candidateId: null,
      coachId: null,
      officeIds: [],
      status: 'active',
      ...over,
    };
    this.recipients.set(accountId, recipient);
    return recipient;
  }

  private held: { asked: () => void; released: Promise<void> } | null = null;

  /**
   * Holds the answers to by-candidate lookups asked from now on (each answers what was true when it
   * was asked) until `release`: a lookup in flight while the test changes what identity knows.
   */
  holdCandidateLookups(): { asked: Promise<void>; release(): void } {
    let asked!: () => void;
    let release!: () => void;
    const askedPromise = new Promise<void>((resolve) => (asked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held = { asked, released };
    return {
      asked: askedPromise,
      release: () => {
        this.held = null;
        release();
      },
    };
  }

  /** Identity forgets the account (erasure): its routes answer 404 from now on. */
  forget(accountId: string): void {
    this.recipients.delete(accountId);
  }

  addInvitation(accountId: string, invitation: Partial<Omit<Invitation, 'accountId'>> = {}): string {
    const id = randomUUID();
    this.invitations.set(id, {
      accountId,
      purpose: 'invitation',
      expiresAt: new Date(Date.now() + 14 * 86_400_000),
      state: 'valid',
      ...invitation,
    });
    return id;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://identity');
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    let caller: string;
    try {
      if (!token) throw new Error('no token');
      caller = await verifyServiceToken(token, 'identity', this.secret);
    } catch {
      return this.answer(response, 401, { message: 'this route answers services only' });
    }
    if (caller !== 'notifier') return this.answer(response, 403, { message: `not open to ${caller}` });
    const body = request.headers['content-type'] === 'application/json' ? await bodyOf(request) : undefined;
    this.calls.push({
      method: request.method ?? 'GET',
      path: url.pathname + url.search,
      caller,
      ...(body === undefined ? {} : { body }),
    });

    const path = url.pathname.split('/').filter(Boolean); // internal, recipients|invitations, ...
    if (request.method === 'POST' && path[1] === 'invitations' && path[3] === 'link' && path.length === 4) {
      const minted = this.mintOne(path[2] ?? '');
      return this.answer(response, minted.status, minted.body);
    }
    // The many-at-once routes (decision 0055): the single routes' answers, per id.
    if (request.method === 'POST' && url.pathname === '/internal/invitations/links') {
      const { invitationIds } = body as { invitationIds: string[] };
      const links = [...new Set(invitationIds)].map((invitationId) => {
        const minted = this.mintOne(invitationId);
        return { invitationId, ...minted.body };
      });
      return this.answer(response, 200, { links });
    }
    if (request.method === 'POST' && url.pathname === '/internal/recipients/by-accounts') {
      const { accountIds } = body as { accountIds: string[] };
      const recipients = [...new Set(accountIds)].flatMap((id) => this.recipients.get(id) ?? []);
      return this.answer(response, 200, { recipients });
    }
    if (request.method !== 'GET' || path[0] !== 'internal' || path[1] !== 'recipients') {
      return this.answer(response, 404, { message: 'no such route' });
    }
    const all = [...this.recipients.values()];
    if (path[2] === 'ops' && path.length === 3) {
      const officeId = url.searchParams.get('officeId') ?? '';
      return this.answer(response, 200, {
        recipients: all.filter(
          (r) => r.role === 'ops' && (r.officeIds.includes(officeId) || this.allOffices.has(r.accountId)),
        ),
      });
    }
    let found: Recipient | undefined;
    if (path[2] === 'by-candidate' && path.length === 4) found = all.find((r) => r.candidateId === path[3]);
    else if (path[2] === 'by-coach' && path.length === 4) found = all.find((r) => r.coachId === path[3]);
    else if (path.length === 3) found = this.recipients.get(path[2] ?? '');
    const held = path[2] === 'by-candidate' ? this.held : null;
    if (held) {
      held.asked();
      await held.released;
    }
    return found ? this.answer(response, 200, found) : this.answer(response, 404, { message: 'unknown' });
  }

  /** Ops of every office (the contract's `all_offices`), answered for any office. */
  readonly allOffices = new Set<string>();

  private mintOne(invitationId: string): { status: number; body: Record<string, unknown> } {
    const invitation = this.invitations.get(invitationId);
    if (!invitation) return { status: 404, body: { error: 'INVITATION_NOT_FOUND' } };
    if (invitation.state === 'gone') return { status: 410, body: { error: 'INVITATION_USED' } };
    const count = (this.mints.get(invitationId) ?? 0) + 1;
    this.mints.set(invitationId, count);
    return {
      status: 200,
      body: {
        url: `https://identity.passerelle.test/invitation/${invitationId}#secret-${count}`,
        expiresAt: invitation.expiresAt.toISOString(),
        purpose: invitation.purpose,
        accountId: invitation.accountId,
      },
    };
  }

  private answer(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}
