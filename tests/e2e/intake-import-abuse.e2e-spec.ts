import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { expectGraphQLError, waitFor } from '@passerelle/shared/testing';
import { FRENCH_HEADERS, cellsOf, csvFile, hrRows } from '@passerelle/intake/feature-import/testing';
import { workbookBomb } from '@passerelle/intake/feature-import/testing';
import { bearer, startPlatformWithProgramme, type RunningPlatform } from './platform-harness';

// The outside probe's abuse cases, through the gateway over HTTP as a client sends them.

const LYON = randomUUID();
const PARIS = randomUUID();
let platform: RunningPlatform;
let opsLyon: string;
let programmeId: string;

const IMPORT = `mutation Import($input: ImportCandidatesInput!) {
  importCandidates(input: $input) { id status }
}`;
const BATCH = `query Batch($id: ID!) {
  importBatch(id: $id) {
    id status failureCode failureReason rowsTotal rowsRead rowsEnrolled rowsRejected rowsNotRead
    cancelledBy cancelledAt errors(limit: 10) { total items { row column value } }
  }
}`;
const CANCEL = `mutation Cancel($id: ID!) {
  cancelImport(id: $id) { id status rowsTotal rowsRead rowsEnrolled rowsNotRead cancelledBy cancelledAt }
}`;

interface Batch {
  id: string;
  status: string;
  failureCode: string | null;
  failureReason: string | null;
  rowsTotal: number | null;
  rowsRead: number;
  rowsEnrolled: number;
  rowsRejected: number;
  rowsNotRead: number | null;
  cancelledBy: string | null;
  cancelledAt: string | null;
  errors: { total: number; items: { row: number; column: string | null; value: string | null }[] };
}

async function startImport(file: Buffer, filename: string, token = opsLyon): Promise<string> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: IMPORT, variables: { input: { programmeId, file: null } } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([file]), filename);
  const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: bearer(token), body: form });
  const body = (await response.json()) as { data?: { importCandidates: { id: string } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.importCandidates.id;
}

async function settled(id: string, timeoutMs = 30_000): Promise<Batch> {
  return waitFor(
    async () => {
      const batch = (await platform.as(opsLyon).ok<{ importBatch: Batch | null }>(BATCH, { id })).importBatch;
      return batch && !['PENDING', 'RUNNING'].includes(batch.status) ? batch : null;
    },
    { what: `import ${id} to stop`, timeoutMs, intervalMs: 100 },
  );
}

/** A CSV as a hand-edited export holds it: cells written as they are, no quoting added. */
const rawCsv = (rows: readonly string[][]) =>
  Buffer.from([FRENCH_HEADERS, ...rows].map((cells) => cells.join(';')).join('\r\n') + '\r\n', 'utf8');

beforeAll(async () => {
  ({ platform, ops: opsLyon, programmeId } = await startPlatformWithProgramme(LYON));
});

afterAll(async () => {
  await platform?.stop();
});

describe("the outside probe's files, through the gateway", () => {
  it('refuses a 100 KB workbook that unpacks to 100 MB within seconds', async () => {
    const bomb = await workbookBomb(FRENCH_HEADERS, cellsOf(hrRows(1)[0]!), 100 * 1024 * 1024);
    const began = Date.now();
    const batch = await settled(await startImport(bomb, 'bombe.xlsx'), 10_000);
    expect(Date.now() - began).toBeLessThan(5000);
    expect(batch).toMatchObject({
      status: 'FAILED',
      failureCode: 'IMPORT_WORKBOOK_TOO_LARGE',
      rowsEnrolled: 0,
    });
    expect(batch.failureReason).toMatch(
      /^xl\/worksheets\/sheet1\.xml unpacks to [\d,]+ times its packed size/,
    );
  });

  it('imports a file with stray quotes in unquoted cells; the unquoted formula is a row error', async () => {
    const rows = hrRows(50, 1000).map(cellsOf);
    rows[10]![4] = 'Lyon 5" écran';
    rows[20]![1] = '=HYPERLINK("x","m")';
    const batch = await settled(await startImport(rawCsv(rows), 'guillemets.csv'));
    expect(batch).toMatchObject({ status: 'COMPLETED', rowsRead: 50, rowsEnrolled: 49, rowsRejected: 1 });
    expect(batch.errors.items).toEqual([{ row: 22, column: 'Nom', value: '=HYPERLINK("x","m")' }]);
  });

  it('imports a file with a space after a closing quote', async () => {
    const text = rawCsv(hrRows(30, 2000).map(cellsOf))
      .toString('utf8')
      .split('\r\n')
      .map((line, index) =>
        index === 12 ? line.replace(/;fr(, ar)?;(\d+)$/, ';"arabe;français" ;$2') : line,
      )
      .join('\r\n');
    const batch = await settled(await startImport(Buffer.from(text, 'utf8'), 'espaces.csv'));
    expect(batch).toMatchObject({ status: 'COMPLETED', rowsEnrolled: 30, rowsRejected: 0 });
  });

  it('fails a file it truly cannot read with its row and line, not row 1', async () => {
    const rows = hrRows(40, 3000).map(cellsOf);
    rows[29]![4] = '"Bâtiment" B';
    const batch = await settled(await startImport(rawCsv(rows), 'illisible.csv'));
    expect(batch).toMatchObject({ status: 'FAILED', failureCode: 'IMPORT_FILE_REFUSED', rowsEnrolled: 0 });
    expect(batch.failureReason).toMatch(
      /^row 31 \(line 31 of the file\) cannot be read: a cell goes on after its closing quote/,
    );
  });
});

describe('cancelling an import through the gateway', () => {
  it('stops a running import, keeps what committed and says what was not read', async () => {
    const file = csvFile(hrRows(30_000, 10_000).map(cellsOf), { delimiter: ';', encoding: 'windows-1252' });
    const id = await startImport(file, 'gros.csv');
    await waitFor(
      async () => {
        const seen = await platform.as(opsLyon).ok<{ importBatch: Batch }>(BATCH, { id });
        return seen.importBatch.rowsRead > 0;
      },
      { what: 'a first chunk to commit', timeoutMs: 30_000, intervalMs: 20 },
    );
    const batch = (await platform.as(opsLyon).ok<{ cancelImport: Batch }>(CANCEL, { id })).cancelImport;
    expect(batch).toMatchObject({ id, status: 'CANCELLED', rowsTotal: 30_000, cancelledBy: 'ops-lyon' });
    expect(batch.cancelledAt).toEqual(expect.any(String));
    expect(batch.rowsRead).toBeGreaterThan(0);
    expect(batch.rowsRead).toBeLessThan(30_000);
    expect(batch).toMatchObject({ rowsEnrolled: batch.rowsRead, rowsNotRead: 30_000 - batch.rowsRead });
    // Those who committed stay enrolled (their CandidateEnrolled went through the outbox); the rest were never read.
    const client = new Client({ connectionString: platform.databaseUrls['intake'] });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM candidate WHERE import_batch_id = $1`,
        [id],
      );
      expect(rows[0]!.n).toBe(batch.rowsRead);
    } finally {
      await client.end();
    }
    expectGraphQLError(await platform.as(opsLyon).request(CANCEL, { id }), 'IMPORT_ALREADY_FINISHED');
  });

  it('refuses other roles and ops of other offices, and says when an import does not exist', async () => {
    const id = await startImport(
      csvFile(hrRows(3, 50_000).map(cellsOf), { delimiter: ';', encoding: 'utf-8' }),
      'petit.csv',
    );
    await settled(id);
    const tokens = {
      coach: await platform.token({
        sub: 'coach-1',
        role: 'coach',
        coach_id: randomUUID(),
        office_ids: [LYON],
      }),
      candidate: await platform.token({ sub: 'cand-1', role: 'candidate', candidate_id: randomUUID() }),
      sponsor: await platform.token({ sub: 'hr-1', role: 'sponsor', sponsor_ids: [randomUUID()] }),
      'ops of Paris': await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] }),
    };
    for (const [who, token] of Object.entries(tokens)) {
      const refused = await platform.as(token).request(CANCEL, { id });
      expect([who, refused.body.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    expectGraphQLError(await platform.as(opsLyon).request(CANCEL, { id: randomUUID() }), 'IMPORT_NOT_FOUND');
  });
});

describe('uploads, before any import claims them', () => {
  const file = csvFile(hrRows(3, 60_000).map(cellsOf), { delimiter: ';', encoding: 'utf-8' });

  /** Uploads stored in intake by this person: what must stay 0 for a refused upload. */
  async function storedBy(subject: string): Promise<number> {
    const client = new Client({ connectionString: platform.databaseUrls['intake'] });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM import_upload WHERE uploaded_by = $1`,
        [subject],
      );
      return rows[0]!.n;
    } finally {
      await client.end();
    }
  }

  async function post(token: string, operations: unknown, map: unknown = { 0: ['variables.input.file'] }) {
    const form = new FormData();
    form.append('operations', JSON.stringify(operations));
    form.append('map', JSON.stringify(map));
    form.append('0', new Blob([file]), 'salaries.csv');
    const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: bearer(token), body: form });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
    };
  }

  it("stores nothing for ops of another office: the programme's scope is checked before a byte is kept", async () => {
    const opsParis = await platform.token({ sub: 'ops-paris-2', role: 'ops', office_ids: [PARIS] });
    const refused = await post(opsParis, {
      query: IMPORT,
      variables: { input: { programmeId, file: null } },
    });
    expect(refused.status).toBe(403);
    expectGraphQLError(refused, 'FORBIDDEN');
    expect(await storedBy('ops-paris-2')).toBe(0);
  });

  it('stores nothing for a file the operation cannot take', async () => {
    const ops = await platform.token({ sub: 'ops-lyon-2', role: 'ops', office_ids: [LYON] });
    const notNull = await post(ops, { query: IMPORT, variables: { input: { programmeId, file: 'x' } } });
    expect(notNull.status).toBe(400);
    const noProgramme = await post(ops, { query: IMPORT, variables: { input: { file: null } } });
    expect(noProgramme.status).toBe(400);
    expect(noProgramme.body.errors?.[0]?.message).toMatch(/programmeId/);
    expect(await storedBy('ops-lyon-2')).toBe(0);
  });

  it('keeps at most 3 uploads per person that no import claimed', async () => {
    const ops = await platform.token({ sub: 'ops-lyon-3', role: 'ops', office_ids: [LYON] });
    // An operation the gateway refuses after the upload (it asks for a field that does not exist)
    // leaves the upload unclaimed.
    const unclaimed = {
      query: `mutation Import($input: ImportCandidatesInput!) { importCandidates(input: $input) { id nope } }`,
      variables: { input: { programmeId, file: null } },
    };
    for (let i = 0; i < 3; i++) {
      const refused = await post(ops, unclaimed);
      expect(refused.body.errors?.[0]?.message).toMatch(/"nope"/);
    }
    const fourth = await post(ops, unclaimed);
    expect(fourth.status).toBe(429);
    expectGraphQLError(fourth, 'TOO_MANY_UPLOADS');
    expect(await storedBy('ops-lyon-3')).toBe(3);
  });
});
