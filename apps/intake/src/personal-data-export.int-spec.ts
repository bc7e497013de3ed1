import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { Identity } from '@passerelle/shared/auth';
import { dataOf } from '@passerelle/shared/testing';
import {
  startIntakeTestService,
  type GraphQLResult,
  type IntakeTestService,
} from './test/intake-test-service';

// A person's export when parts do not come (decision 0022): a service that accepts the connection
// and never answers (a hung pod) is cut at the time limit and named TIMEOUT; a service nobody
// listens for is named UNAVAILABLE; the archive says it is incomplete and still comes quickly.

const OFFICE = randomUUID();
const ops: Identity = { subject: 'ops-a', role: 'ops', officeIds: [OFFICE], allOffices: false };
const TIME_LIMIT_MS = 400;

let intake: IntakeTestService;
let silent: Server;
const sockets: Socket[] = [];
let candidateId: string;

const ok = <T>(result: GraphQLResult<T>): T => dataOf(result);

beforeAll(async () => {
  // Takes every connection and says nothing, like a service stuck in a long pause.
  silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  if (!address || typeof address === 'string') throw new Error('no port for the silent service');
  intake = await startIntakeTestService('intake_export_parts', undefined, {
    env: {
      PATHWAY_INTERNAL_URL: `http://127.0.0.1:${address.port}/`,
      PERSONAL_DATA_EXPORT_TIMEOUT_MS: String(TIME_LIMIT_MS),
    },
  });
  const { createSponsor } = ok(
    await intake.call<{ createSponsor: { id: string } }>(
      ops,
      `mutation { createSponsor(input: { name: "Acme" }) { id } }`,
    ),
  );
  const { createProgramme } = ok(
    await intake.call<{ createProgramme: { id: string } }>(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      { input: { sponsorId: createSponsor.id, name: 'PSE Acme 2026', officeIds: [OFFICE] } },
    ),
  );
  const { enrollCandidate } = ok(
    await intake.call<{ enrollCandidate: { id: string } }>(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId: createProgramme.id,
          employeeNumber: 'E-1',
          firstName: 'Inês',
          lastName: 'Moreira',
          email: 'ines@acme.example',
          languages: ['fr'],
        },
      },
    ),
  );
  candidateId = enrollCandidate.id;
}, 120_000);

afterAll(async () => {
  await intake?.stop();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent?.close(resolve));
});

describe('an export with parts missing', () => {
  it('names the hung service TIMEOUT and the unreachable ones UNAVAILABLE, says it is incomplete, within the limit', async () => {
    const me: Identity = { subject: `c-${candidateId}`, role: 'candidate', candidateId };
    const started = Date.now();
    const { exportPersonalData } = ok(
      await intake.call<{
        exportPersonalData: {
          complete: boolean;
          document: string;
          summaryHtml: string;
          services: {
            service: string;
            answered: boolean;
            missingReason: string | null;
            sections: unknown[];
          }[];
        };
      }>(
        me,
        `query X($id: ID!) { exportPersonalData(candidateId: $id) {
          complete document summaryHtml services { service answered missingReason sections { name records } }
        } }`,
        { id: candidateId },
      ),
    );
    const took = Date.now() - started;
    expect(sockets.length).toBe(1); // the hung service was asked once
    expect(took).toBeGreaterThanOrEqual(TIME_LIMIT_MS);
    expect(took).toBeLessThan(TIME_LIMIT_MS + 2_000); // every service asked at once, none waited for past the limit
    expect(exportPersonalData.complete).toBe(false);
    expect(
      Object.fromEntries(exportPersonalData.services.map((part) => [part.service, part.missingReason])),
    ).toEqual({
      intake: null,
      assessment: 'UNAVAILABLE',
      pathway: 'TIMEOUT',
      matching: 'UNAVAILABLE',
      scheduling: 'UNAVAILABLE',
      notifier: 'UNAVAILABLE',
      identity: 'UNAVAILABLE',
      career: 'UNAVAILABLE',
    });
    expect(JSON.parse(exportPersonalData.document)).toMatchObject({
      complete: false,
      services: expect.arrayContaining([{ service: 'pathway', answered: false, missingReason: 'timeout' }]),
      parts: { pathway: { missing: 'timeout' } },
    });
    expect(exportPersonalData.summaryHtml).toContain('Parcours et étapes');
    expect(exportPersonalData.summaryHtml).toContain('ce service n’a pas répondu à temps');
  });
});
