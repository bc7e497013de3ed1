import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Identity } from '@passerelle/shared/auth';
import { dataOf, pdfText, type AnyData } from '@passerelle/shared/testing';
import { startReporting, type ReportingUnderTest } from './test/reporting-test-kit';

// The committee pack rendered from a read model fed by events, downloaded as the gateway asks for
// it: the PDF read back (pdf-parse), the XLSX opened back (exceljs), a hidden figure hidden in both,
// every download audited, every refusal with the dashboard's codes.

const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const OFFICE = randomUUID();
const AS_OF = '2026-12-01T08:00:00.000Z';

const sponsor: Identity = { subject: 'hr-1', role: 'sponsor', sponsorIds: [SPONSOR] };
const member: Identity = { subject: 'cse-1', role: 'committee', sponsorIds: [SPONSOR] };
const otherSponsor: Identity = { subject: 'hr-2', role: 'sponsor', sponsorIds: [randomUUID()] };
const ops: Identity = { subject: 'ops-1', role: 'ops', officeIds: [OFFICE], allOffices: false };
const otherOps: Identity = { subject: 'ops-2', role: 'ops', officeIds: [randomUUID()], allOffices: false };
const coach: Identity = { subject: 'coach-1', role: 'coach', coachId: randomUUID(), officeIds: [OFFICE] };

const DOWNLOADS = `query ($programmeId: ID!) {
  committeePackDownloads(programmeId: $programmeId) { programmeId asOf format subject role downloadedAt }
}`;

let reporting: ReportingUnderTest;
const at = (iso: string) => new Date(iso).toISOString();
const packPath = (format: string, asOf: string | null = AS_OF, programmeId = PROGRAMME) =>
  `/committee-packs/${programmeId}.${format}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;
const codeOf = ({ body }: { body: AnyData }) => body.errors?.[0]?.extensions?.code;

// 20 people in the plan (a target of 40 % in CDI); 12 adhered: 10 in Lyon (5 of them placed in a
// CDI), 2 in Metz, a group too small to show.
beforeAll(async () => {
  reporting = await startReporting('reporting_committee_pack');
  await reporting.publish('ProgrammeContracted.v1', PROGRAMME, {
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    type: 'pse',
    sites: ['Lyon', 'Metz'],
    headcount: 20,
    startDate: '2026-10-01',
    durationMonths: 12,
    sessionBudgetPerPerson: 12,
    officeIds: [OFFICE],
    outcomeTargets: [{ category: 'permanent_contract', sharePercent: 40 }],
    contractedAt: at('2026-09-20T08:00:00Z'),
  });
  for (let i = 0; i < 12; i++) {
    const candidateId = randomUUID();
    await reporting.publish('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId: PROGRAMME,
      sponsorId: SPONSOR,
      officeIds: [OFFICE],
      enrolledAt: at('2026-10-01T08:00:00Z'),
      formerOccupationCode: null,
      languages: ['fr'],
      site: i < 10 ? 'Lyon' : 'Metz',
    });
    if (i >= 5) continue;
    await reporting.publish('CandidateOutcomeRecorded.v1', candidateId, {
      candidateId,
      programmeId: PROGRAMME,
      outcomeId: randomUUID(),
      category: 'permanent_contract',
      outcomeDate: '2026-11-15',
      recordedAt: at('2026-11-10T08:00:00Z'),
    });
    await reporting.publish('CandidateStatusChanged.v1', candidateId, {
      candidateId,
      programmeId: PROGRAMME,
      from: 'invited',
      to: 'placed',
      reason: 'outcome_recorded',
      expectedReturnOn: null,
      changedAt: at('2026-11-10T08:00:00Z'),
    });
  }
  await reporting.applied();
}, 90_000);

afterAll(async () => {
  await reporting?.stop();
});

describe('the committee pack', () => {
  it('as a PDF in French: the terms, the tables, the figures, a small group written Masqué', async () => {
    const started = performance.now();
    const response = await reporting.get(packPath('pdf'), sponsor);
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="commission-de-suivi-${PROGRAMME}-2026-12-01.pdf"`,
    );
    const { text } = pdfText(Buffer.from(await response.arrayBuffer()));
    for (const heading of [
      'Dossier de la commission de suivi',
      'Chiffres au 1 décembre 2026',
      'Les termes du plan',
      'Effectif concerné : 20 personnes',
      'Objectif CDI : 40 % (8 personnes)',
      'Où en sont les adhérents',
      'Évolutions de la période',
      'Solutions par catégorie et objectifs',
      "Offres valables d'emploi (OVE)",
      'Par site',
      'Mois par mois',
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/Adhérents 12/);
    expect(text).toMatch(/Reclassés 5/);
    expect(text).toMatch(/CDI 5 40 8/);
    // Metz (2 people) is hidden, and Lyon beside it (complementary): the reasons are written.
    expect(text).toMatch(/Metz Masqué Masqué Masqué Masqué Masqué/);
    expect(text).toContain('Masqué : moins de 5 personnes dans le tableau, la ligne ou la colonne.');
    expect(text).toContain('Masqué : petit groupe (masqué pour protéger un autre chiffre).');
    expect(text).not.toMatch(/Metz \d/);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('as an XLSX: one real table per sheet, numbers as numbers, a small group the text Masqué with a note', async () => {
    const response = await reporting.get(packPath('xlsx'), member);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Effectifs',
      'Solutions',
      'OVE',
      'Accompagnement',
      'Par site',
      "Par tranche d'âge",
      'Par sexe',
      'Par CSP',
      'Par mois',
    ]);
    for (const sheet of workbook.worksheets) expect(sheet.getTables()).toHaveLength(1);
    const rowOf = (sheetName: string, label: string) => {
      const sheet = workbook.getWorksheet(sheetName)!;
      for (let r = 1; r <= sheet.rowCount; r++)
        if (sheet.getCell(r, 1).value === label) return (c: number) => sheet.getCell(r, c);
      throw new Error(`no row ${label} in ${sheetName}`);
    };
    expect(rowOf('Effectifs', 'Personnes concernées (effectif du plan)')(2).value).toBe(20);
    expect(rowOf('Effectifs', 'Adhérents')(2).value).toBe(12);
    expect(rowOf('Solutions', 'CDI')(2).value).toBe(5);
    expect(rowOf('Solutions', 'CDI')(3).value).toBe(40);
    expect(rowOf('Solutions', 'CDI')(4).value).toBe(8);
    const metz = rowOf('Par site', 'Metz');
    expect(metz(2).value).toBe('Masqué');
    expect(metz(2).note).toBe('Masqué : moins de 5 personnes dans le tableau, la ligne ou la colonne.');
    expect(rowOf('Par site', 'Lyon')(2).value).toBe('Masqué');
    expect(rowOf('Par site', 'Lyon')(3).value).toBe(0);
  });

  it('is refused with the dashboard codes: 404 to whoever is not the sponsor or ops of the programme, 400 naming the field', async () => {
    const notFound = await reporting.get(packPath('pdf'), otherSponsor);
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toMatchObject({ code: 'PROGRAMME_NOT_FOUND' });
    expect((await reporting.get(packPath('xlsx'), otherOps)).status).toBe(404);
    expect((await reporting.get(packPath('pdf', AS_OF, randomUUID()), ops)).status).toBe(404);
    expect((await reporting.get(packPath('pdf'), coach)).status).toBe(403);
    const future = await reporting.get(packPath('pdf', '2999-01-01T00:00:00Z'), sponsor);
    expect(future.status).toBe(400);
    expect(await future.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'asOf', message: 'must not be in the future' }],
    });
    const format = await reporting.get(packPath('docx'), sponsor);
    expect(format.status).toBe(400);
    expect(await format.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'format' }] });
  });

  it('writes who downloaded which pack, for ops of the programme only', async () => {
    const data = dataOf(await reporting.as(ops).request(DOWNLOADS, { programmeId: PROGRAMME }));
    // The two packs served above, the latest first; refusals leave no row.
    expect(data.committeePackDownloads).toEqual([
      expect.objectContaining({
        programmeId: PROGRAMME,
        asOf: AS_OF,
        format: 'XLSX',
        subject: 'cse-1',
        role: 'committee',
      }),
      expect.objectContaining({
        programmeId: PROGRAMME,
        asOf: AS_OF,
        format: 'PDF',
        subject: 'hr-1',
        role: 'sponsor',
      }),
    ]);
    expect(codeOf(await reporting.as(otherOps).request(DOWNLOADS, { programmeId: PROGRAMME }))).toBe(
      'PROGRAMME_NOT_FOUND',
    );
    expect(codeOf(await reporting.as(sponsor).request(DOWNLOADS, { programmeId: PROGRAMME }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await reporting.as(ops).request(DOWNLOADS, { programmeId: 'nope' }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
