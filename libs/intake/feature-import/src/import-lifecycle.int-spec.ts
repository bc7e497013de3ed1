import { randomUUID } from 'node:crypto';
import { ImportUploadRepository, type ImportBatchEntity } from '@passerelle/intake/data-access';
import type { Identity } from '@passerelle/shared/auth';
import { FixedClock } from '@passerelle/shared/clock';
import { toImportBatchObject } from './import-batch.object';
import { crashAfterChunks, SimulatedCrash } from './test/simulated-crash';
import { cellsOf, csvFile, hrRows } from './test/hr-files';
import { ImportTestKit } from './test/import-test-kit';

let kit: ImportTestKit;

beforeAll(async () => {
  kit = await ImportTestKit.create('intake_import_lifecycle');
});

afterAll(async () => {
  await kit?.stop();
});

beforeEach(async () => {
  await kit.dataSource.query(
    `TRUNCATE candidate, outbox_message, import_batch, import_row_error, import_file_key`,
  );
});

const semicolon1252 = (rows: string[][]) => csvFile(rows, { delimiter: ';', encoding: 'windows-1252' });

/** As if the process holding the batch had stopped long enough ago for its lease to have run out. */
const expireLease = (batchId: string) =>
  kit.dataSource.query(`UPDATE import_batch SET lease_until = now() - interval '1 second' WHERE id = $1`, [
    batchId,
  ]);

const storedChunks = async (batch: ImportBatchEntity) => {
  const [row] = (await kit.dataSource.query(
    `SELECT count(*)::int AS n FROM import_upload_chunk WHERE upload_id = $1`,
    [batch.uploadId],
  )) as { n: number }[];
  return row!.n;
};

/** The stored file cannot be read back: the fault a dropped database connection injects. */
class UnreachableUploads extends ImportUploadRepository {
  override read(): AsyncGenerator<Buffer> {
    throw new Error('the connection to the upload store was reset');
  }
}
describe('a process that dies mid-file', () => {
  it('is picked up when it died before it even started', async () => {
    const batch = await kit.start(semicolon1252(hrRows(10).map(cellsOf)), 'jamais.csv');
    expect(await kit.batches.findAbandoned()).toEqual([]); // just created: its process may be on it
    await kit.dataSource.query(
      `UPDATE import_batch SET created_at = now() - interval '2 minutes' WHERE id = $1`,
      [batch.id],
    );
    expect(await kit.batches.findAbandoned()).toEqual([batch.id]);
    await kit.sweeper().sweep();
    expect(await kit.batches.find(batch.id)).toMatchObject({ status: 'completed', rowsEnrolled: 10 });
  });

  it('loses nothing: the resumed import continues after the last committed chunk', async () => {
    const rows = hrRows(250).map(cellsOf);
    rows[120]![3] = 'broken';
    const batch = await kit.start(semicolon1252(rows), 'gros.csv');
    await expect(
      kit.runner({ faults: crashAfterChunks(2) }).run(batch.id, { chunkSize: 50, leaseMs: 60_000 }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    const halfway = await kit.batches.find(batch.id);
    expect(halfway).toMatchObject({
      status: 'running',
      checkpointRow: 101,
      rowsRead: 100,
      rowsEnrolled: 100,
    });
    expect(await kit.count('candidate')).toBe(100);

    // Another replica takes the batch only once the dead process's lease has run out: its sweeper
    // finds nothing abandoned before, and finishes the batch after.
    const other = kit.runner();
    const sweeper = kit.sweeper(other);
    expect(await kit.batches.findAbandoned()).toEqual([]);
    expect(await other.run(batch.id)).toMatchObject({ status: 'running', rowsRead: 100 });
    // The lease runs out (set in the past rather than waited for: a loaded machine took longer than
    // a short lease between the crash and the first look, and the batch was already abandoned).
    await expireLease(batch.id);
    expect(await kit.batches.findAbandoned()).toEqual([batch.id]);
    await sweeper.sweep();
    const done = await kit.batches.find(batch.id);
    expect(done).toMatchObject({
      status: 'completed',
      rowsRead: 250,
      rowsEnrolled: 249,
      rowsRejected: 1,
      checkpointRow: 251,
    });
    expect(await kit.count('candidate')).toBe(249);
    expect(await kit.count('outbox_message')).toBe(249);
    expect((await kit.batches.errorPage(batch.id, 0, 10)).items.map((e) => e.row)).toEqual([122]);
  });
});

describe('an import that keeps stopping', () => {
  it('is given up after three attempts that moved nothing, with the last error, and its file deleted', async () => {
    const batch = await kit.start(semicolon1252(hrRows(10).map(cellsOf)), 'maudit.csv');
    const runner = kit.runner({ uploads: new UnreachableUploads(kit.dataSource) });
    const sweeper = kit.sweeper(runner);
    await expect(runner.run(batch.id)).rejects.toThrow('the connection to the upload store was reset');
    for (const attempt of [2, 3]) {
      await expireLease(batch.id);
      await sweeper.sweep();
      expect(await kit.batches.find(batch.id)).toMatchObject({
        status: 'running',
        attemptsSinceProgress: attempt,
      });
    }
    await expireLease(batch.id);
    await sweeper.sweep();
    const given = await kit.batches.find(batch.id);
    expect(given).toMatchObject({ status: 'failed', failureCode: 'IMPORT_ATTEMPTS_EXHAUSTED' });
    expect(given!.failureReason).toBe(
      'the import stopped 3 times without getting further (last: the connection to the upload store was reset); upload the file again',
    );
    expect(await storedChunks(batch)).toBe(0);
    await expireLease(batch.id);
    expect(await kit.batches.findAbandoned()).toEqual([]);
  });

  it('is not given up while each attempt commits something', async () => {
    const batch = await kit.start(semicolon1252(hrRows(250).map(cellsOf)), 'lent.csv');
    for (let stop = 1; stop <= 4; stop++) {
      await expect(
        kit.runner({ faults: crashAfterChunks(1) }).run(batch.id, { chunkSize: 50 }),
      ).rejects.toBeInstanceOf(SimulatedCrash);
      await expireLease(batch.id);
    }
    expect(await kit.runner().run(batch.id, { chunkSize: 50 })).toMatchObject({
      status: 'completed',
      rowsEnrolled: 250,
    });
  });
});

describe('cancelling an import', () => {
  const opsParis: Identity = {
    subject: 'ops-paris',
    role: 'ops',
    officeIds: [randomUUID()],
    allOffices: false,
  };

  it('stops at the next chunk boundary, keeps what committed, and is not resumed', async () => {
    const batch = await kit.start(semicolon1252(hrRows(300).map(cellsOf)), 'annule.csv');
    const runner = kit.runner();
    const clock = new FixedClock('2026-11-23T09:30:00.000Z');
    let requested: ImportBatchEntity | null = null;
    const done = await runner.run(batch.id, {
      chunkSize: 50,
      onProgress: async (state) => {
        if (state.rowsRead === 50)
          requested = await kit.cancelHandler(clock).execute(kit.ops, { id: batch.id }, 0);
      },
    });
    expect(requested).toMatchObject({ status: 'running', cancelledBy: 'ops-lyon' });
    expect(done).toMatchObject({ status: 'cancelled', rowsTotal: 300, rowsRead: 50, rowsEnrolled: 50 });
    expect(done!.cancelledAt).toEqual(clock.now());
    expect(toImportBatchObject(done!)).toMatchObject({
      status: 'CANCELLED',
      rowsNotRead: 250,
      cancelledBy: 'ops-lyon',
    });
    expect(await kit.count('candidate')).toBe(50);
    expect(await kit.count('outbox_message')).toBe(50);
    expect(await storedChunks(batch)).toBe(0);

    await expireLease(batch.id);
    expect(await kit.batches.findAbandoned()).toEqual([]);
    expect(await kit.runner().run(batch.id)).toMatchObject({ status: 'cancelled', rowsRead: 50 });
    expect(await kit.count('candidate')).toBe(50);
    await expect(kit.handler().checkResumable(kit.ops, batch.id)).rejects.toMatchObject({
      code: 'IMPORT_ALREADY_FINISHED',
    });
  });

  it('cancels at once an import nobody is running, and says what committed and what was not read', async () => {
    const batch = await kit.start(semicolon1252(hrRows(300).map(cellsOf)), 'orphelin.csv');
    await expect(
      kit.runner({ faults: crashAfterChunks(2) }).run(batch.id, { chunkSize: 50, leaseMs: 60_000 }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    await expireLease(batch.id);
    const cancelled = await kit.cancelHandler().execute(kit.ops, { id: batch.id });
    expect(toImportBatchObject(cancelled)).toMatchObject({
      status: 'CANCELLED',
      rowsTotal: 300,
      rowsRead: 100,
      rowsEnrolled: 100,
      rowsNotRead: 200,
      cancelledBy: 'ops-lyon',
    });
    await kit.sweeper().sweep();
    expect(await kit.count('candidate')).toBe(100);
    expect(await storedChunks(batch)).toBe(0);
  });

  it('is honoured by whoever picks the batch up when the process asked to stop has died', async () => {
    const batch = await kit.start(semicolon1252(hrRows(120).map(cellsOf)), 'relais.csv');
    await expect(
      kit.runner({ faults: crashAfterChunks(1) }).run(batch.id, { chunkSize: 50, leaseMs: 60_000 }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    // Its process is alive (its lease holds): the cancel waits for its next chunk boundary...
    const requested = await kit.cancelHandler().execute(kit.ops, { id: batch.id }, 0);
    expect(requested).toMatchObject({ status: 'running', cancelledBy: 'ops-lyon' });
    // ...which never comes: the process died. The sweeper finishes the cancel, reading nothing more.
    await expireLease(batch.id);
    await kit.sweeper().sweep();
    expect(await kit.batches.find(batch.id)).toMatchObject({ status: 'cancelled', rowsRead: 50 });
    expect(await kit.count('candidate')).toBe(50);
  });

  it('refuses ops of another office, an unknown import and one that is over, with their codes', async () => {
    const batch = await kit.importFile(semicolon1252(hrRows(3).map(cellsOf)), 'fini.csv');
    const running = await kit.start(semicolon1252(hrRows(3, 10).map(cellsOf)), 'autre.csv');
    await expect(kit.cancelHandler().execute(opsParis, { id: running.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(kit.cancelHandler().execute(kit.ops, { id: randomUUID() })).rejects.toMatchObject({
      code: 'IMPORT_NOT_FOUND',
    });
    await expect(kit.cancelHandler().execute(kit.ops, { id: batch.id })).rejects.toMatchObject({
      code: 'IMPORT_ALREADY_FINISHED',
    });
    expect(await kit.batches.find(running.id)).toMatchObject({ status: 'pending', cancelledBy: null });
  });
});
