import { randomUUID } from 'node:crypto';
import { UnclaimedUploadsError } from '@passerelle/intake/data-access';
import { UPLOAD_LIMIT_BYTES } from '@passerelle/shared/config';
import { UNCLAIMED_UPLOADS_PER_PERSON } from './upload-policy';
import { bytesOf, cellsOf, csvFile, hrRows } from './test/hr-files';
import { ImportTestKit } from './test/import-test-kit';

let kit: ImportTestKit;

beforeAll(async () => {
  kit = await ImportTestKit.create('intake_import_uploads');
});

afterAll(async () => {
  await kit?.stop();
});

beforeEach(async () => {
  await kit.dataSource.query(
    `TRUNCATE import_upload, import_upload_chunk, import_batch, candidate, outbox_message`,
  );
});

const file = csvFile(hrRows(5).map(cellsOf), { delimiter: ';', encoding: 'utf-8' });

const storeAs = (uploadedBy: string) =>
  kit.uploads.store(
    { id: randomUUID(), filename: 'salaries.csv', uploadedBy, programmeId: kit.programmeId },
    bytesOf(file),
    { limitBytes: UPLOAD_LIMIT_BYTES, maxUnclaimed: UNCLAIMED_UPLOADS_PER_PERSON },
  );

const uploadsLeft = async () =>
  (await kit.dataSource.query(
    `SELECT u.id, (SELECT count(*)::int FROM import_upload_chunk c WHERE c.upload_id = u.id) AS chunks
       FROM import_upload u ORDER BY u.created_at`,
  )) as { id: string; chunks: number }[];

describe('uploads no import claims', () => {
  it('are at most 3 per person: a fourth is refused until one is imported', async () => {
    const stored = [];
    for (let i = 0; i < UNCLAIMED_UPLOADS_PER_PERSON; i++) stored.push(await storeAs('ops-lyon'));
    expect(UNCLAIMED_UPLOADS_PER_PERSON).toBe(3);
    await expect(storeAs('ops-lyon')).rejects.toBeInstanceOf(UnclaimedUploadsError);
    await expect(storeAs('ops-lyon')).rejects.toThrow('you have 3 uploaded files not yet imported');
    expect(await uploadsLeft()).toHaveLength(3); // the refused ones left nothing behind
    await storeAs('ops-paris'); // the cap is per person
    await kit.handler().execute(kit.ops, { programmeId: kit.programmeId, file: stored[0]!.id });
    await storeAs('ops-lyon');
  });

  it('are deleted, with their bytes, once nobody imported them for 15 minutes; claimed ones stay', async () => {
    const forgotten = await storeAs('ops-lyon');
    const recent = await storeAs('ops-lyon');
    const claimed = await storeAs('ops-lyon');
    await kit.handler().execute(kit.ops, { programmeId: kit.programmeId, file: claimed.id });
    await kit.dataSource.query(
      `UPDATE import_upload SET created_at = now() - interval '16 minutes' WHERE id = ANY($1)`,
      [[forgotten.id, claimed.id]],
    );
    await kit.sweeper().sweep();
    const left = await uploadsLeft();
    expect(left.map((upload) => upload.id).sort()).toEqual([recent.id, claimed.id].sort());
    const [{ n }] = (await kit.dataSource.query(
      `SELECT count(*)::int AS n FROM import_upload_chunk WHERE upload_id = $1`,
      [forgotten.id],
    )) as { n: number }[];
    expect(n).toBe(0);
  });

  it('are imported only into the programme they were uploaded for', async () => {
    const other = randomUUID();
    await kit.addProgramme(other, 'PSE Acme Lyon 2027');
    const upload = await storeAs('ops-lyon');
    await expect(
      kit.handler().execute(kit.ops, { programmeId: other, file: upload.id }),
    ).rejects.toMatchObject({
      code: 'UPLOAD_NOT_FOUND',
    });
  });
});
