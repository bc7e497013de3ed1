import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyServiceToken } from '@passerelle/shared/auth';

/**
 * Intake's and scheduling's contact routes (intake's for one person and for many) as identity meets them over HTTP (decision 0018), for
 * identity's own tests: each checks the service token as the real routes do (caller `identity`,
 * audience the owner), and answers the contacts the test put in, 404 for the rest. The real
 * routes are tested in intake and scheduling, and the whole chain end to end.
 */
export class ContactOwners {
  readonly candidates = new Map<
    string,
    { email: string; firstName: string; lastName: string; language: 'fr' | 'en' }
  >();
  readonly coaches = new Map<string, { email: string; displayName: string; officeIds: string[] }>();
  /** Each call answered, as `audience path` (and the ids asked, for many people): what identity asked, and of whom. */
  readonly calls: string[] = [];
  /** While true, intake's routes answer nothing: the connection is dropped (intake down). */
  intakeDown = false;
  private server: Server | null = null;

  constructor(private readonly secret: string) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = req.url ?? '/';
        if (this.intakeDown && url.startsWith('/internal/candidates/')) {
          req.socket.destroy();
          return;
        }
        const body = Buffer.concat(chunks).toString('utf8');
        void this.answer(url, req.headers.authorization ?? '', req.method ?? 'GET', body).then(
          ({ status, body: answer }) => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(answer));
          },
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async answer(
    path: string,
    authorization: string,
    method: string,
    body: string,
  ): Promise<{ status: number; body: unknown }> {
    const candidate = /^\/internal\/candidates\/([^/]+)\/contact$/.exec(path);
    const coach = /^\/internal\/coaches\/([^/]+)\/contact$/.exec(path);
    const many = method === 'POST' && path === '/internal/candidates/contacts';
    const audience = candidate || many ? 'intake' : coach ? 'scheduling' : null;
    if (!audience) return { status: 404, body: { error: 'NOT_FOUND' } };
    try {
      const caller = await verifyServiceToken(authorization.replace(/^Bearer /, ''), audience, this.secret);
      if (caller !== 'identity') return { status: 403, body: { error: 'FORBIDDEN' } };
    } catch {
      return { status: 401, body: { error: 'UNAUTHENTICATED' } };
    }
    if (many) {
      // As intake's route: the people it holds among those asked, in the order asked.
      const { candidateIds } = JSON.parse(body) as { candidateIds: string[] };
      this.calls.push(`${audience} ${path} ${candidateIds.join(',')}`);
      return {
        status: 200,
        body: {
          contacts: candidateIds.flatMap((id) => {
            const found = this.candidates.get(id);
            return found ? [{ candidateId: id, ...found }] : [];
          }),
        },
      };
    }
    this.calls.push(`${audience} ${path}`);
    if (candidate) {
      const found = this.candidates.get(candidate[1]!);
      return found
        ? { status: 200, body: { candidateId: candidate[1], ...found } }
        : { status: 404, body: { error: 'CANDIDATE_NOT_FOUND' } };
    }
    const found = this.coaches.get(coach![1]!);
    return found
      ? { status: 200, body: { coachId: coach![1], language: 'fr', ...found } }
      : { status: 404, body: { error: 'COACH_NOT_FOUND' } };
  }
}
