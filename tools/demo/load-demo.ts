// Loads the demo programme through the gateway, as an ops user would: a sponsor, a PSE programme
// served by two offices, and twelve people from demo-candidates.csv (a sample of the project's
// own making). Idempotent: the ids it created are kept in .local/demo/loaded.json.
//   node -r ./tools/register.js tools/demo/load-demo.ts <gatewayUrl>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueLocalToken } from '../../libs/shared/auth/src';

const ROOT = join(__dirname, '..', '..');
const STATE = join(ROOT, '.local', 'demo', 'loaded.json');
const ISSUER_DIR = join(ROOT, '.local', 'issuer');
// Fixed office ids so tokens printed for the demo stay valid across restarts.
export const DEMO_OFFICES = {
  lyon: '0f1e2d3c-4b5a-4697-8877-665544332211',
  villeurbanne: '1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d',
};

interface DemoState {
  sponsorId: string;
  programmeId: string;
  candidates: Record<string, string>;
}

async function call<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data)
    throw new Error(`gateway: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
  return body.data;
}

async function main(): Promise<void> {
  const gatewayUrl = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
  const ops = await issueLocalToken(ISSUER_DIR, {
    sub: 'demo-ops',
    role: 'ops',
    office_ids: Object.values(DEMO_OFFICES),
  });
  const state: DemoState = existsSync(STATE)
    ? (JSON.parse(readFileSync(STATE, 'utf8')) as DemoState)
    : { sponsorId: '', programmeId: '', candidates: {} };
  const save = () => {
    mkdirSync(join(STATE, '..'), { recursive: true });
    writeFileSync(STATE, JSON.stringify(state, null, 2));
  };

  if (!state.sponsorId) {
    const { createSponsor } = await call<{ createSponsor: { id: string } }>(
      gatewayUrl,
      ops,
      `mutation { createSponsor(input: { name: "Acme Industrie" }) { id } }`,
    );
    state.sponsorId = createSponsor.id;
    save();
  }
  if (!state.programmeId) {
    const { createProgramme } = await call<{ createProgramme: { id: string } }>(
      gatewayUrl,
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          sponsorId: state.sponsorId,
          name: 'PSE Acme Industrie — site de Vénissieux',
          officeIds: Object.values(DEMO_OFFICES),
        },
      },
    );
    state.programmeId = createProgramme.id;
    save();
  }

  const [header, ...rows] = readFileSync(join(__dirname, 'demo-candidates.csv'), 'utf8').trim().split('\n');
  const columns = header!.split(';');
  for (const row of rows) {
    const cells = Object.fromEntries(row.split(';').map((cell, i) => [columns[i], cell]));
    const employeeNumber = cells['employee_number']!;
    if (state.candidates[employeeNumber]) continue;
    const { enrollCandidate } = await call<{ enrollCandidate: { id: string } }>(
      gatewayUrl,
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId: state.programmeId,
          employeeNumber,
          firstName: cells['first_name'],
          lastName: cells['last_name'],
          email: cells['email'],
          formerJobTitle: cells['former_job_title'],
          formerOccupationCode: cells['former_occupation_code'],
          languages: cells['languages']!.split(','),
        },
      },
    );
    state.candidates[employeeNumber] = enrollCandidate.id;
    save();
  }
  const first = Object.values(state.candidates)[0]!;
  const candidate = await issueLocalToken(ISSUER_DIR, {
    sub: 'demo-candidate',
    role: 'candidate',
    candidate_id: first,
  });
  console.log(
    JSON.stringify({ ...state, opsToken: ops, candidateToken: candidate, firstCandidateId: first }),
  );
}

main().catch((error: unknown) => {
  console.error(`demo load failed: ${(error as Error).message}`);
  process.exit(1);
});
