// Loads the demo programme through the gateway, as its real users would, with tokens from the
// local issuer: ops set up the sponsor, a contracted PSE programme, the two offices with their
// rooms and coaches, then import the HR file (demo-candidates.csv, people of the project's own
// making, one row broken on purpose); two people submit their diagnostic, so scheduling assigns
// a coach, pathway plans and matching recommends; ops book a welcome session for one of them.
// Idempotent: what it created is kept in .local/demo/loaded.json, and what the services hold is
// asked before anything is created again. Progress goes to stderr; the summary to stdout.
//   node -r ./tools/register.js tools/demo/load-demo.ts <gatewayUrl>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueLocalToken } from '@passerelle/shared/auth';
import {
  DEMO_COACHES,
  DEMO_DIAGNOSTICS,
  DEMO_OFFICES,
  DEMO_PROGRAMME,
  DEMO_SPONSOR_NAME,
  DEMO_STAFF,
  type DemoCoach,
} from './demo-data';

const ROOT = join(__dirname, '..', '..');
const STATE = join(ROOT, '.local', 'demo', 'loaded.json');
const ISSUER_DIR = join(ROOT, '.local', 'issuer');
const HR_FILE = join(__dirname, 'demo-candidates.csv');
/** Bumped when the demo changes shape: an older state file is set aside and the demo made anew. */
const STATE_VERSION = 2;

interface DemoState {
  version: number;
  sponsorId: string;
  programmeId: string;
  importBatchId: string;
  /** Employee number -> candidate id, once the import has enrolled them. */
  candidates: Record<string, string>;
  welcomeSessionId: string;
}

const log = (message: string) => process.stderr.write(`[demo] ${message}\n`);

class GatewayClient {
  constructor(readonly url: string) {}

  async call<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      // A subgraph that hangs must not stall the start for minutes.
      signal: AbortSignal.timeout(20_000),
    });
    return unwrap<T>(response);
  }

  /** A GraphQL multipart request (the gateway streams the file to intake). */
  async upload<T>(
    token: string,
    query: string,
    variables: Record<string, unknown>,
    filePath: string,
    file: { variable: string; name: string; type: string },
  ): Promise<T> {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables }));
    form.append('map', JSON.stringify({ 0: [`variables.${file.variable}`] }));
    form.append('0', new Blob([readFileSync(filePath)], { type: file.type }), file.name);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return unwrap<T>(response);
  }
}

async function unwrap<T>(response: Response): Promise<T> {
  const body = (await response.json()) as { data?: T; errors?: { message: string; path?: unknown[] }[] };
  if (body.errors?.length || !body.data)
    throw new Error(
      `gateway: ${body.errors?.map((e) => `${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`).join('; ') ?? response.status}`,
    );
  return body.data;
}

/** Polls until `probe` returns a value, or fails saying what it waited for. */
async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function readState(): DemoState {
  const fresh: DemoState = {
    version: STATE_VERSION,
    sponsorId: '',
    programmeId: '',
    importBatchId: '',
    candidates: {},
    welcomeSessionId: '',
  };
  if (!existsSync(STATE)) return fresh;
  const stored = JSON.parse(readFileSync(STATE, 'utf8')) as Partial<DemoState>;
  if (stored.version === STATE_VERSION) return { ...fresh, ...stored };
  // A demo of an earlier shape (a programme without terms, people enrolled one by one): keep it
  // aside for reference, and load the current demo under a sponsor of its own.
  writeFileSync(`${STATE}.v${stored.version ?? 1}`, JSON.stringify(stored, null, 2));
  log(`an older demo state was set aside in ${STATE}.v${stored.version ?? 1}`);
  return fresh;
}

async function main(): Promise<void> {
  const gateway = new GatewayClient(process.argv[2] ?? 'http://127.0.0.1:4000/graphql');
  const officeIds = DEMO_OFFICES.map((office) => office.id);
  const ops = await issueLocalToken(ISSUER_DIR, { sub: 'demo-ops', role: 'ops', office_ids: officeIds });
  const state = readState();
  const save = () => {
    mkdirSync(join(STATE, '..'), { recursive: true });
    writeFileSync(STATE, JSON.stringify(state, null, 2));
  };

  // 1. The sponsor and its contracted programme (intake).
  if (!state.sponsorId) {
    const { createSponsor } = await gateway.call<{ createSponsor: { id: string } }>(
      ops,
      `mutation S($input: CreateSponsorInput!) { createSponsor(input: $input) { id } }`,
      { input: { name: DEMO_SPONSOR_NAME } },
    );
    state.sponsorId = createSponsor.id;
    save();
    log(`sponsor ${DEMO_SPONSOR_NAME} created`);
  }
  if (!state.programmeId) {
    const { createProgramme } = await gateway.call<{ createProgramme: { id: string; status: string } }>(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id status } }`,
      { input: { sponsorId: state.sponsorId, officeIds, ...DEMO_PROGRAMME } },
    );
    state.programmeId = createProgramme.id;
    save();
    log(`programme ${DEMO_PROGRAMME.name} created (${createProgramme.status})`);
  }

  // 2. Offices, rooms and coaches (scheduling), before anyone is enrolled: coaches are assigned
  // as people arrive.
  for (const office of DEMO_OFFICES) {
    const { office: existing } = await gateway.call<{ office: { rooms: { name: string }[] } | null }>(
      ops,
      `query O($id: ID!) { office(id: $id) { rooms { name } } }`,
      { id: office.id },
    );
    if (!existing) {
      const input = { ...office, room: undefined };
      await gateway.call(
        ops,
        `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`,
        {
          input,
        },
      );
      log(`office ${office.name} created`);
    }
    if (!existing?.rooms.some((r) => r.name === office.room.name)) {
      await gateway.call(ops, `mutation R($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
        input: { officeId: office.id, ...office.room },
      });
      log(`room ${office.room.name} created`);
    }
  }
  for (const coach of DEMO_COACHES) {
    const { coach: existing } = await gateway.call<{ coach: { id: string } | null }>(
      ops,
      `query C($id: ID!) { coach(id: $id) { id } }`,
      { id: coach.id },
    );
    if (existing) continue;
    await gateway.call(ops, `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`, {
      input: coach,
    });
    log(`coach ${coach.displayName} created`);
  }

  // 3. The HR file, through the GraphQL multipart upload (intake), followed to its end.
  if (!state.importBatchId) {
    const { importCandidates } = await gateway.upload<{ importCandidates: { id: string } }>(
      ops,
      `mutation I($input: ImportCandidatesInput!) { importCandidates(input: $input) { id status } }`,
      { input: { programmeId: state.programmeId, file: null } },
      HR_FILE,
      { variable: 'input.file', name: 'salaries-acme-pse.csv', type: 'text/csv' },
    );
    state.importBatchId = importCandidates.id;
    save();
    log(`HR file uploaded: import batch ${importCandidates.id}`);
  }
  const batch = await waitFor('the import batch to finish', async () => {
    const { importBatch } = await gateway.call<{ importBatch: ImportBatchView | null }>(ops, IMPORT_BATCH, {
      id: state.importBatchId,
    });
    return importBatch && ['COMPLETED', 'FAILED'].includes(importBatch.status) ? importBatch : null;
  });
  if (batch.status === 'FAILED') throw new Error(`the demo import failed: ${batch.failureReason}`);
  log(
    `import ${batch.status}: ${batch.rowsEnrolled} enrolled, ${batch.rowsRejected} rejected of ${batch.rowsTotal} rows`,
  );

  // Who the import enrolled: intake lists no candidates, so find them through the coaches'
  // caseloads and the assignment queue (scheduling), then keep the people of this programme.
  const expected = batch.rowsEnrolled + batch.rowsUpdated + batch.rowsUnchanged;
  if (Object.keys(state.candidates).length < expected) {
    state.candidates = await waitFor(`scheduling to hear of the ${expected} people enrolled`, async () => {
      const people = await enrolledPeople(gateway, ops, state.programmeId);
      return Object.keys(people).length >= expected ? people : null;
    });
    save();
  }

  // 4. Two people submit their diagnostic (as themselves): one retraining, one direct re-employment.
  for (const diagnostic of DEMO_DIAGNOSTICS) {
    const candidateId = state.candidates[diagnostic.employeeNumber];
    if (!candidateId) throw new Error(`${diagnostic.employeeNumber} was not enrolled by the import`);
    const token = await candidateToken(candidateId);
    const { candidate } = await gateway.call<{ candidate: { diagnostic: { status: string } | null } | null }>(
      token,
      `query D($id: ID!) { candidate(id: $id) { diagnostic { status } } }`,
      { id: candidateId },
    );
    if (candidate?.diagnostic?.status === 'SUBMITTED') continue;
    await gateway.call(
      token,
      `mutation A($id: ID!, $answers: [DiagnosticAnswerInput!]!) { saveDiagnosticAnswers(candidateId: $id, answers: $answers) { id } }`,
      { id: candidateId, answers: diagnostic.answers },
    );
    const { submitDiagnostic } = await gateway.call<{ submitDiagnostic: { orientation: { track: string } } }>(
      token,
      `mutation S($id: ID!) { submitDiagnostic(candidateId: $id) { orientation { track } } }`,
      { id: candidateId },
    );
    log(`${diagnostic.employeeNumber} submitted the diagnostic: ${submitDiagnostic.orientation.track}`);
  }

  // 5. What the other services made of it: a coach with the track (scheduling) and a plan
  // (pathway) are required; recommendations (matching) are waited for, and their absence said.
  const followed: FollowedPerson[] = [];
  for (const diagnostic of DEMO_DIAGNOSTICS) {
    const candidateId = state.candidates[diagnostic.employeeNumber]!;
    const person = await waitFor(`${diagnostic.employeeNumber}'s coach and plan`, async () => {
      const { candidate } = await gateway.call<{ candidate: FollowedCandidate | null }>(ops, FOLLOWED, {
        id: candidateId,
      });
      const specialised = candidate?.coach?.specialties.includes(diagnostic.track);
      return candidate?.pathway?.status === 'PLANNED' && specialised ? candidate : null;
    });
    const recommendations = await waitFor(
      `matching's recommendations for ${diagnostic.employeeNumber}`,
      async () => {
        const { candidate } = await gateway.call<{ candidate: { recommendations: unknown[] } | null }>(
          ops,
          `query R($id: ID!) { candidate(id: $id) { recommendations { occupationCode } } }`,
          { id: candidateId },
        );
        return candidate && candidate.recommendations.length > 0 ? candidate.recommendations.length : null;
      },
      30_000,
    ).catch((error: unknown) => {
      log(`WARNING: ${(error as Error).message}; see .local/logs/matching.log`);
      return 0;
    });
    followed.push({ employeeNumber: diagnostic.employeeNumber, candidateId, recommendations, ...person });
    log(
      `${diagnostic.employeeNumber}: coach ${person.coach!.displayName}, ${person.pathway!.milestones.length} milestones, ${recommendations} occupations recommended`,
    );
  }

  // 6. Ops book the welcome session of the direct re-employment person, in their coach's office.
  const welcomed = followed.find((person) => person.pathway!.track === 'DIRECT_REEMPLOYMENT')!;
  if (!state.welcomeSessionId) {
    const coach = DEMO_COACHES.find((c) => c.id === welcomed.coach!.id)!;
    state.welcomeSessionId = await bookWelcome(gateway, ops, welcomed.candidateId, coach);
    save();
    log(`welcome session booked for ${welcomed.employeeNumber}`);
  }

  // 7. Ops open the staff accounts (identity); each person is invited by email.
  await openStaffAccounts(gateway, state.sponsorId);

  const coach = followed[0]!.coach!;
  const coachRecord = DEMO_COACHES.find((c) => c.id === coach.id)!;
  const coachToken = await issueLocalToken(ISSUER_DIR, {
    sub: `demo-coach-${coach.id.slice(0, 8)}`,
    role: 'coach',
    coach_id: coach.id,
    office_ids: coachRecord.officeIds,
  });
  // 8. The direct re-employment person's professional project (career), from matching's first
  // suggestion: drafted by them, reviewed and validated by their coach. Not essential to the demo:
  // a failure is said and the rest goes on.
  await demoProject(gateway, welcomed).catch((error: unknown) =>
    log(
      `WARNING: no professional project in the demo: ${(error as Error).message}; see .local/logs/career.log`,
    ),
  );

  const candidate = followed[0]!;
  printSummary({
    gatewayUrl: gateway.url,
    state,
    batch,
    opsToken: ops,
    coachToken,
    coachName: coach.displayName,
    coachEmail: coachRecord.email,
    coachId: coach.id,
    candidateToken: await candidateToken(candidate.candidateId),
    candidateEmail: emailInHrFile(candidate.employeeNumber),
    candidate,
    welcomed,
  });
}

/** Opens the demo's ops, sponsor-HR and committee accounts, once: an address already used is left as it is. */
async function openStaffAccounts(gateway: GatewayClient, sponsorId: string): Promise<void> {
  const admin = await issueLocalToken(ISSUER_DIR, { sub: 'demo-admin', role: 'ops', all_offices: true });
  for (const staff of DEMO_STAFF) {
    try {
      await gateway.call(
        admin,
        `mutation S($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
        { input: { ...staff, sponsorIds: staff.role === 'OPS' ? [] : [sponsorId] } },
      );
      log(`${staff.role.toLowerCase()} account opened for ${staff.email}, invitation on its way`);
    } catch (error) {
      if (!(error as Error).message.includes('already uses this email')) throw error;
    }
  }
}

/** A person's address as the HR file gives it (the fourth column, `Courriel`). */
function emailInHrFile(employeeNumber: string): string {
  const line = readFileSync(HR_FILE, 'utf8')
    .split(/\r?\n/)
    .find((row) => row.startsWith(`${employeeNumber};`));
  return line?.split(';')[3] ?? '(see the HR file)';
}

const candidateToken = (candidateId: string) =>
  issueLocalToken(ISSUER_DIR, {
    sub: `demo-candidate-${candidateId.slice(0, 8)}`,
    role: 'candidate',
    candidate_id: candidateId,
  });

interface ImportBatchView {
  id: string;
  status: string;
  failureReason: string | null;
  rowsTotal: number | null;
  rowsEnrolled: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  errors: {
    total: number;
    items: { row: number; column: string | null; reason: string; value: string | null }[];
  };
}
const IMPORT_BATCH = `query B($id: ID!) { importBatch(id: $id) {
  id status failureReason rowsTotal rowsEnrolled rowsUpdated rowsUnchanged rowsRejected
  errors(limit: 20) { total items { row column reason value } } } }`;

async function enrolledPeople(
  gateway: GatewayClient,
  ops: string,
  programmeId: string,
): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const coach of DEMO_COACHES) {
    const { caseload } = await gateway.call<{ caseload: { candidateId: string }[] }>(
      ops,
      `query L($id: ID!) { caseload(coachId: $id) { candidateId } }`,
      { id: coach.id },
    );
    caseload.forEach((row) => ids.add(row.candidateId));
  }
  type QueuePage = {
    nodes: { candidateId: string; programmeId: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
  for (let after: string | null = null, more = true; more;) {
    const { assignmentQueue }: { assignmentQueue: QueuePage } = await gateway.call<{
      assignmentQueue: QueuePage;
    }>(
      ops,
      `query Q($after: String) { assignmentQueue(first: 200, after: $after) { nodes { candidateId programmeId } pageInfo { endCursor hasNextPage } } }`,
      { after },
    );
    assignmentQueue.nodes
      .filter((row) => row.programmeId === programmeId)
      .forEach((row) => ids.add(row.candidateId));
    ({ endCursor: after, hasNextPage: more } = assignmentQueue.pageInfo);
  }
  const people: Record<string, string> = {};
  for (const id of ids) {
    const { candidate } = await gateway.call<{
      candidate: { employeeNumber: string; programme: { id: string } } | null;
    }>(ops, `query P($id: ID!) { candidate(id: $id) { employeeNumber programme { id } } }`, { id });
    if (candidate?.programme.id === programmeId) people[candidate.employeeNumber] = id;
  }
  return people;
}

interface FollowedCandidate {
  coach: { id: string; displayName: string; specialties: string[] } | null;
  pathway: { status: string; track: string | null; milestones: { title: string; status: string }[] } | null;
}
interface FollowedPerson extends FollowedCandidate {
  employeeNumber: string;
  candidateId: string;
  /** How many occupations matching recommended (0 when it had not answered in time). */
  recommendations: number;
}
const FOLLOWED = `query F($id: ID!) { candidate(id: $id) {
  coach { id displayName specialties }
  pathway { status track milestones { title status } } } }`;

const PROJECT = `query P($id: ID!) { professionalProject(candidateId: $id) { id } }`;

/** Once: the person drafts their project from their first suggestion; their coach reviews and validates it. */
async function demoProject(gateway: GatewayClient, person: FollowedPerson): Promise<void> {
  const coachRecord = DEMO_COACHES.find((c) => c.id === person.coach!.id)!;
  const coach = await issueLocalToken(ISSUER_DIR, {
    sub: `demo-coach-${coachRecord.id.slice(0, 8)}`,
    role: 'coach',
    coach_id: coachRecord.id,
    office_ids: coachRecord.officeIds,
  });
  const token = await candidateToken(person.candidateId);
  // Career hears of the person and their coach through Kafka: until then it refuses them.
  const existing = await waitFor(
    `career to know ${person.employeeNumber} and their coach`,
    async () =>
      gateway
        .call<{ professionalProject: { id: string } | null }>(coach, PROJECT, { id: person.candidateId })
        .then(
          (data) => data,
          () => null,
        ),
    30_000,
  );
  if (existing.professionalProject) return;
  const { candidate } = await gateway.call<{
    candidate: { recommendations: { occupationCode: string; label: string }[] } | null;
  }>(token, `query R($id: ID!) { candidate(id: $id) { recommendations { occupationCode label } } }`, {
    id: person.candidateId,
  });
  const first = candidate?.recommendations[0];
  if (!first) throw new Error('matching suggested no occupation');
  await gateway.call(
    token,
    `mutation S($input: SaveProjectDraftInput!) { saveProjectDraft(input: $input) { id } }`,
    {
      input: {
        candidateId: person.candidateId,
        targets: [{ occupationCode: first.occupationCode, label: first.label, source: 'SUGGESTION' }],
        area: { place: 'Lyon', placeCode: '69123', distance: 30, unit: 'KM' },
        conditions: {
          contractTypes: ['PERMANENT', 'FIXED_TERM'],
          hours: 'FULL_TIME',
          payMin: 26000,
          payMax: 30000,
        },
      },
    },
  );
  await gateway.call(
    coach,
    `mutation R($input: ReviewProjectFeasibilityInput!) { reviewProjectFeasibility(input: $input) { id } }`,
    {
      input: {
        candidateId: person.candidateId,
        localDemand: 'Des offres régulières dans la métropole de Lyon.',
        skillsHeld: ['Expérience du métier visé'],
        skillsMissing: [],
        trainingNeeded: false,
        verdict: 'FEASIBLE',
        reasoning: 'Le métier visé prolonge l’expérience ; la demande locale est là.',
      },
    },
  );
  await gateway.call(
    coach,
    `mutation V($id: ID!) { validateProfessionalProject(candidateId: $id, version: 1) { id } }`,
    { id: person.candidateId },
  );
  log(
    `${person.employeeNumber}'s professional project drafted, reviewed and validated (${first.occupationCode})`,
  );
}

async function bookWelcome(
  gateway: GatewayClient,
  ops: string,
  candidateId: string,
  coach: DemoCoach,
): Promise<string> {
  const { candidate } = await gateway.call<{
    candidate: { sessions: { id: string; kind: string; status: string }[] };
  }>(ops, `query S($id: ID!) { candidate(id: $id) { sessions { id kind status } } }`, { id: candidateId });
  const booked = candidate.sessions.find((s) => s.kind === 'WELCOME' && s.status === 'BOOKED');
  if (booked) return booked.id;
  const officeId = coach.officeIds[0]!;
  const { office } = await gateway.call<{ office: { rooms: { id: string }[] } }>(
    ops,
    `query O($id: ID!) { office(id: $id) { rooms { id } } }`,
    { id: officeId },
  );
  const from = new Date(Date.now() + 2 * 24 * 3600_000);
  const { availableSlots } = await gateway.call<{ availableSlots: { startsAt: string }[] }>(
    ops,
    `query A($input: AvailabilityInput!) { availableSlots(input: $input) { startsAt } }`,
    {
      input: {
        coachId: coach.id,
        from: from.toISOString(),
        to: new Date(from.getTime() + 14 * 24 * 3600_000).toISOString(),
        kind: 'WELCOME',
        mode: 'IN_PERSON',
      },
    },
  );
  const slot = availableSlots[0];
  if (!slot) throw new Error(`coach ${coach.displayName} has no free welcome slot in the next two weeks`);
  const { bookSession } = await gateway.call<{ bookSession: { id: string } }>(
    ops,
    `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`,
    {
      input: {
        coachId: coach.id,
        candidateIds: [candidateId],
        kind: 'WELCOME',
        mode: 'IN_PERSON',
        startsAt: slot.startsAt,
        roomId: office.rooms[0]!.id,
      },
    },
  );
  return bookSession.id;
}

interface Summary {
  gatewayUrl: string;
  state: DemoState;
  batch: ImportBatchView;
  opsToken: string;
  coachToken: string;
  coachName: string;
  coachEmail: string;
  coachId: string;
  candidateToken: string;
  candidateEmail: string;
  candidate: FollowedPerson;
  welcomed: FollowedPerson;
}

function printSummary(s: Summary): void {
  const curl = (token: string, query: string) =>
    `curl -s ${s.gatewayUrl} -H "authorization: Bearer $${token}" -H 'content-type: application/json' \\\n` +
    `      -d '${JSON.stringify({ query: query.replace(/\s+/g, ' ').trim() })}'`;
  const rowError = s.batch.errors.items[0];
  const lines = [
    '',
    `Demo programme loaded: ${DEMO_PROGRAMME.name} (${DEMO_SPONSOR_NAME}), contracted, two offices, ${DEMO_COACHES.length} coaches.`,
    `  HR file import ${s.state.importBatchId}: ${s.batch.rowsEnrolled + s.batch.rowsUpdated + s.batch.rowsUnchanged} people enrolled, ` +
      `${s.batch.rowsRejected} row rejected` +
      (rowError ? ` (row ${rowError.row}, ${rowError.column}: ${rowError.reason})` : ''),
    `  Diagnosed: ${[s.candidate, s.welcomed].map((p) => `${p.employeeNumber} ${p.pathway!.track} -> coach ${p.coach!.displayName}, ${p.pathway!.milestones.length} milestones, ${p.recommendations} occupations recommended`).join('; ')}`,
    `  Welcome session booked for ${s.welcomed.employeeNumber} (session ${s.state.welcomeSessionId})`,
    '',
    'Sign in through identity, in a browser, as each role:',
    `  1. Open the demo's mailbox (Mailpit): ${process.env['MAILPIT_URL'] ?? 'http://127.0.0.1:18025'}`,
    '     Each address below has an invitation there: open it, follow its link, choose a password.',
    `       ops          ${DEMO_STAFF[0]!.email}`,
    `       sponsor HR   ${DEMO_STAFF[1]!.email}`,
    `       committee    ${DEMO_STAFF[2]!.email}   (a staff representative on the commission de suivi: its dashboard, read-only)`,
    `       coach        ${s.coachEmail}   (${s.coachName}, who follows ${s.candidate.employeeNumber})`,
    `       person       ${s.candidateEmail}   (${s.candidate.employeeNumber})`,
    `  2. Open the console, ${s.gatewayUrl.replace(/\/graphql$/, '')}, and sign in. Ops and coaches set up a`,
    '     second factor the first time (an authenticator app, or the key the page shows). Each role opens',
    '     on its own screens: the person their home, the coach their caseload, ops their programmes,',
    "     sponsor HR their programmes' dashboards, the committee member the commission's dashboard.",
    '     Or: npm run sign-in   prints an address to open in the browser; the terminal shows the token.',
    "  Texts (reminders to people who agreed to them, recordSmsConsent) land in the notifier's",
    '     sms_sink table: SELECT * FROM sms_sink in postgres://passerelle:passerelle@127.0.0.1:54329/passerelle_notifier',
    '',
    `Gateway (GraphQL): ${s.gatewayUrl}`,
    'Scripts may also use local tokens (8 h; run the start again for new ones):',
    `  export OPS_TOKEN=${s.opsToken}`,
    `  export COACH_TOKEN=${s.coachToken}      # ${s.coachName}, who follows ${s.candidate.employeeNumber}`,
    `  export CANDIDATE_TOKEN=${s.candidateToken}      # ${s.candidate.employeeNumber}`,
    'Try it:',
    `  # the person's own plan and the occupations suggested to them`,
    '  ' +
      curl(
        'CANDIDATE_TOKEN',
        `{ candidate(id: "${s.candidate.candidateId}") { firstName pathway { status track milestones { title dueOn status } }
         assessments { instrumentCode status assignedBy } recommendations { rank label proximity explanation } } }`,
      ),
    `  # the coach's caseload`,
    '  ' +
      curl(
        'COACH_TOKEN',
        `{ caseload(coachId: "${s.coachId}") { candidateId assignedAt explanation { summary } } }`,
      ),
    `  # the import report, with the broken row`,
    '  ' +
      curl(
        'OPS_TOKEN',
        `{ importBatch(id: "${s.state.importBatchId}") { status rowsTotal rowsEnrolled rowsRejected
         errors { total items { row column reason value } } } }`,
      ),
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`demo load failed: ${(error as Error).message}`);
  process.exit(1);
});
