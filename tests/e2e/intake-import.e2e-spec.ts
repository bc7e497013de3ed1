import { randomUUID } from 'node:crypto';
import { FORWARDED_IDENTITY_HEADER } from '@passerelle/shared/auth';
import { Kafka, logLevel } from 'kafkajs';
import {
  enrol,
  expectGraphQLError,
  testInfrastructure,
  TopicReader,
  waitFor,
} from '@passerelle/shared/testing';
import { breakRow, cellsOf, csvFile, hrRows } from '@passerelle/intake/feature-import/testing';
import {
  bearer,
  startPlatformWithProgramme,
  type GraphQLResponse,
  type RunningPlatform,
} from './platform-harness';

const LYON = randomUUID();
const PARIS = randomUUID();
let platform: RunningPlatform;
let opsLyon: string;
let programmeId: string;

const IMPORT = `mutation Import($input: ImportCandidatesInput!) {
  importCandidates(input: $input) { id status filename }
}`;
const BATCH = `query Batch($id: ID!) {
  importBatch(id: $id) {
    id status failureReason rowsTotal rowsRead rowsEnrolled rowsUpdated rowsUnchanged rowsRejected
    errors(limit: 50) { total items { row column reason value } }
    errorReport { filename contentType content }
  }
}`;

interface Batch {
  id: string;
  status: string;
  failureReason: string | null;
  rowsTotal: number;
  rowsRead: number;
  rowsEnrolled: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  errors: {
    total: number;
    items: { row: number; column: string | null; reason: string; value: string | null }[];
  };
  errorReport: { filename: string; contentType: string; content: string };
}

/** A GraphQL multipart request, as a browser's upload client sends it. */
async function upload(
  token: string | null,
  file: Buffer,
  filename: string,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<{ importCandidates: { id: string; status: string; filename: string } }>> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: IMPORT, variables: { input: { ...input, file: null } } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([file], { type: 'text/csv' }), filename);
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: token ? bearer(token) : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as never };
}

async function finished(token: string, id: string): Promise<Batch> {
  return waitFor(
    async () => {
      const batch = (await platform.as(token).ok<{ importBatch: Batch | null }>(BATCH, { id })).importBatch;
      return batch && (batch.status === 'COMPLETED' || batch.status === 'FAILED') ? batch : null;
    },
    { what: `import ${id} to finish`, timeoutMs: 30_000, intervalMs: 200 },
  );
}

beforeAll(async () => {
  ({ platform, ops: opsLyon, programmeId } = await startPlatformWithProgramme(LYON));
});

afterAll(async () => {
  await platform?.stop();
});

describe('importing an HR file through the gateway', () => {
  it('uploads a file, enrols the good rows and reports the others, with a report safe to open in a spreadsheet', async () => {
    const rows = hrRows(100).map(cellsOf);
    for (let i = 3; i < 100; i += 20) rows[i] = breakRow(rows[i]!, i).cells;
    rows[50]![1] = '=HYPERLINK("http://evil.example","x")';
    const file = csvFile(rows, { delimiter: ';', encoding: 'windows-1252' });
    const started = await upload(opsLyon, file, 'salariés.csv', { programmeId });
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data!.importCandidates).toMatchObject({ filename: 'salariés.csv' });

    const batch = await finished(opsLyon, started.body.data!.importCandidates.id);
    expect(batch).toMatchObject({
      status: 'COMPLETED',
      rowsTotal: 100,
      rowsRead: 100,
      rowsEnrolled: 94,
      rowsRejected: 6,
    });
    expect(batch.errors.total).toBe(6);
    expect(batch.errors.items.map((e) => e.row)).toEqual([5, 25, 45, 52, 65, 85]);
    for (const error of batch.errors.items) expect(error.column).toBeTruthy();
    expect(batch.errorReport).toMatchObject({
      filename: 'salariés-errors.csv',
      contentType: 'text/csv; charset=utf-8',
    });
    expect(batch.errorReport.content).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);

    // The same file again changes nothing.
    const again = await upload(opsLyon, file, 'salariés.csv', { programmeId });
    const second = await finished(opsLyon, again.body.data!.importCandidates.id);
    expect(second).toMatchObject({
      status: 'COMPLETED',
      rowsEnrolled: 0,
      rowsUpdated: 0,
      rowsUnchanged: 94,
      rowsRejected: 6,
    });
  });

  it('completes the record of a person enrolled by hand, and shows it to ops through the gateway', async () => {
    const id = await enrol(platform.as(opsLyon), {
      programmeId,
      employeeNumber: 'M-7',
      firstName: 'Loïc',
      lastName: 'Girard',
      email: 'loic.girard@acme-industrie.example',
    });
    const row = { ...hrRows(1)[0]!, employeeNumber: 'M-7', firstName: 'Loïc', lastName: 'Girard' };
    const file = csvFile(
      [cellsOf({ ...row, email: 'loic.girard@acme-industrie.example', jobTitle: 'Cariste', romeCode: '' })],
      {
        delimiter: ',',
        encoding: 'utf-8-bom',
      },
    );
    const kafka = new Kafka({ brokers: testInfrastructure().kafkaBrokers, logLevel: logLevel.NOTHING });
    const reader = await TopicReader.start(kafka, [platform.topics.topic('passerelle.intake.candidate')]);
    const started = await upload(opsLyon, file, 'complement.csv', { programmeId });
    expect(await finished(opsLyon, started.body.data!.importCandidates.id)).toMatchObject({
      rowsUpdated: 1,
      rowsEnrolled: 0,
    });
    // What other services were told at enrolment and the file changed goes out, and only that:
    // the home department (the postcode is new), the job title (new too: matching resolves it, so it
    // goes with the code the file gives, none), and for reporting the site, the contract's end and
    // the seniority band; a name or the hire date itself stays in intake.
    const corrections = await waitFor(
      async () => {
        const found = reader.matching(
          (m) => m.header('x-event-type') === 'CandidateDetailsCorrected' && m.message.key?.toString() === id,
        );
        return found.length > 0 ? found : null;
      },
      { what: 'CandidateDetailsCorrected for the person', timeoutMs: 30_000 },
    );
    await reader.stop();
    const { candidateId, homeDepartmentCode, formerJobTitle, formerOccupationCode, ...rest } = JSON.parse(
      corrections[0]!.value!,
    ).payload;
    expect({ candidateId, homeDepartmentCode, formerJobTitle, formerOccupationCode }).toEqual({
      candidateId: id,
      homeDepartmentCode: row.postcode.slice(0, 2),
      formerJobTitle: 'Cariste',
      formerOccupationCode: null,
    });
    expect(Object.keys(rest).sort()).toEqual([
      'contractEndsOn',
      'correctedAt',
      'employerNafCode',
      'programmeId',
      'seniorityBand',
      'service',
      'site',
    ]);
    // The title resolver's context (decision 0039): this programme has no NAF code, the file no service.
    expect({ employerNafCode: rest.employerNafCode, service: rest.service }).toEqual({
      employerNafCode: null,
      service: null,
    });
    expect(JSON.stringify(rest)).not.toContain('1991-02-02');
    const read = await platform.as(opsLyon).ok<{ candidate: Record<string, unknown> }>(
      `
        query C($id: ID!) {
          candidate(id: $id) {
            site
            formerJobTitle
            hireDate
            contractEndDate
            homePostcode
            languages
            occupationCodeSource
            status
          }
        }
      `,
      { id },
    );
    expect(read.candidate).toEqual({
      site: row.site,
      formerJobTitle: 'Cariste',
      hireDate: '1991-02-02',
      contractEndDate: '2026-06-02',
      homePostcode: row.postcode,
      languages: ['fr'],
      occupationCodeSource: null, // intake resolves no title (matching does, with no reference loaded here): the title as written
      status: 'INVITED',
    });
  });

  it('answers a file it cannot read with a failed batch and its reason', async () => {
    const started = await upload(opsLyon, csvFile([], { delimiter: ';', encoding: 'utf-8' }), 'vide.csv', {
      programmeId,
    });
    const batch = await finished(opsLyon, started.body.data!.importCandidates.id);
    expect(batch).toMatchObject({
      status: 'FAILED',
      failureReason: 'the file has a header row but no candidate rows',
    });
  });

  it('refuses a multipart request whose map names a variable that is not null', async () => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: IMPORT, variables: { input: { programmeId, file: 'x' } } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob(['a;b']), 'a.csv');
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: bearer(opsLyon),
      body: form,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /must point at a null variable/,
    );
  });
});

describe('who may import', () => {
  const file = csvFile(hrRows(3).map(cellsOf), { delimiter: ';', encoding: 'utf-8' });
  let batchId: string;

  beforeAll(async () => {
    const started = await upload(opsLyon, file, 'petit.csv', { programmeId });
    batchId = started.body.data!.importCandidates.id;
    await finished(opsLyon, batchId);
  });

  it('refuses an upload without a token before reading it', async () => {
    const response = await upload(null, file, 'a.csv', { programmeId });
    expect(response.status).toBe(401);
    expectGraphQLError(response, 'UNAUTHENTICATED');
  });

  it.each([
    ['a coach', { sub: 'coach-1', role: 'coach' as const, coach_id: randomUUID(), office_ids: [LYON] }],
    ['a candidate', { sub: 'cand-1', role: 'candidate' as const, candidate_id: randomUUID() }],
    ['sponsor HR', { sub: 'hr-1', role: 'sponsor' as const, sponsor_ids: [randomUUID()] }],
  ])('refuses %s: no upload, no import, no batch, no resume', async (_who, claims) => {
    const token = await platform.token(claims);
    const uploaded = await upload(token, file, 'a.csv', { programmeId });
    expect(uploaded.status).toBe(403);
    expectGraphQLError(uploaded, 'FORBIDDEN');
    const them = platform.as(token);
    expectGraphQLError(
      await them.request(IMPORT, { input: { programmeId, file: randomUUID() } }),
      'FORBIDDEN',
    );
    const read = await them.request<{ importBatch: unknown }>(BATCH, { id: batchId });
    expectGraphQLError(read, 'FORBIDDEN');
    expect(read.body.data?.importBatch ?? null).toBeNull();
    expectGraphQLError(await them.request(`mutation { resumeImport(id: "${batchId}") { id } }`), 'FORBIDDEN');
  });

  it("refuses ops of another office the programme's imports", async () => {
    const opsParis = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] });
    const started = await upload(opsParis, file, 'a.csv', { programmeId });
    expectGraphQLError(started, 'FORBIDDEN');
    // Another office's batch is not found: no error, no batch.
    expect(await platform.as(opsParis).ok(BATCH, { id: batchId })).toEqual({ importBatch: null });
    const list = await platform
      .as(opsParis)
      .request(`query { importBatches(programmeId: "${programmeId}") { id } }`);
    expectGraphQLError(list, 'FORBIDDEN');
  });

  it("lets ops of the office list the programme's imports", async () => {
    const list = await platform
      .as(opsLyon)
      .ok<{ importBatches: { id: string }[] }>(
        `query { importBatches(programmeId: "${programmeId}") { id } }`,
      );
    expect(list.importBatches.map((b) => b.id)).toContain(batchId);
  });

  it("refuses a file sent to intake's upload route without the gateway's signed identity", async () => {
    const url = new URL('/internal/uploads', platform.subgraphUrls['intake']).toString();
    const bare = await fetch(url, {
      method: 'POST',
      body: 'a;b',
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(bare.status).toBe(401);
    const forged = await fetch(url, {
      method: 'POST',
      body: 'a;b',
      headers: { 'content-type': 'application/octet-stream', [FORWARDED_IDENTITY_HEADER]: 'forged' },
    });
    expect(forged.status).toBe(401);
  });
});
