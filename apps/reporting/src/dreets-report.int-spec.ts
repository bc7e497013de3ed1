import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Identity } from '@passerelle/shared/auth';
import { dataOf, pdfText, type AnyData } from '@passerelle/shared/testing';
import { startReporting, type ReportingUnderTest } from './test/reporting-test-kit';

// The end-of-programme report to the DREETS, from a read model fed by events, downloaded as the
// gateway asks for it: the PDF read back, the XLSX opened back, a small group hidden in both, each
// download audited, every refusal with the committee pack's codes.

const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const OFFICE = randomUUID();
const END = '2026-10-01T10:00:00.000Z';
const FOLLOW_UP = '2026-12-01T10:00:00.000Z';

const sponsor: Identity = { subject: 'hr-1', role: 'sponsor', sponsorIds: [SPONSOR] };
const member: Identity = { subject: 'cse-1', role: 'committee', sponsorIds: [SPONSOR] };
const otherSponsor: Identity = { subject: 'hr-2', role: 'sponsor', sponsorIds: [randomUUID()] };
const otherMember: Identity = { subject: 'cse-2', role: 'committee', sponsorIds: [randomUUID()] };
const ops: Identity = { subject: 'ops-1', role: 'ops', officeIds: [OFFICE], allOffices: false };
const otherOps: Identity = { subject: 'ops-2', role: 'ops', officeIds: [randomUUID()], allOffices: false };
const coach: Identity = { subject: 'coach-1', role: 'coach', coachId: randomUUID(), officeIds: [OFFICE] };

const DOWNLOADS = `query ($programmeId: ID!) {
  dreetsReportDownloads(programmeId: $programmeId) { programmeId asOf followUp format subject role downloadedAt }
}`;

let reporting: ReportingUnderTest;
const codeOf = ({ body }: { body: AnyData }) => body.errors?.[0]?.extensions?.code;
const at = (iso: string) => new Date(iso).toISOString();
const reportPath = (
  format: string,
  { asOf = END, followUp = FOLLOW_UP, programmeId = PROGRAMME }: Record<string, string | null> = {},
) => {
  const query = new URLSearchParams();
  if (asOf) query.set('asOf', asOf);
  if (followUp) query.set('followUp', followUp);
  return `/dreets-reports/${programmeId}.${format}${query.size > 0 ? `?${query}` : ''}`;
};

// A PSE for 30 people from 1 October 2025, 12 months. 12 adhered: 7 women aged 26-44, each in a CDI
// by the end (6 of them after an OVE they accepted); 5 men aged 55 and over still searching at the
// end, one of whom found a CDD of 6 months or more after it (recorded before the follow-up date).
beforeAll(async () => {
  reporting = await startReporting('reporting_dreets_report');
  await reporting.publish('ProgrammeContracted.v1', PROGRAMME, {
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    type: 'pse',
    sites: ['Lyon'],
    headcount: 30,
    startDate: '2025-10-01',
    durationMonths: 12,
    sessionBudgetPerPerson: 12,
    officeIds: [OFFICE],
    outcomeTargets: [{ category: 'permanent_contract', sharePercent: 40 }],
    contractedAt: at('2025-09-20T08:00:00Z'),
  });
  for (let i = 0; i < 12; i++) {
    const candidateId = randomUUID();
    const woman = i < 7;
    await reporting.publish('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId: PROGRAMME,
      sponsorId: SPONSOR,
      officeIds: [OFFICE],
      enrolledAt: at('2025-10-15T08:00:00Z'),
      formerOccupationCode: null,
      languages: ['fr'],
      site: 'Lyon',
      ageBand: woman ? '26-44' : '55+',
      sex: woman ? 'female' : 'male',
    });
    await reporting.publish('CandidateOutcomeRecorded.v1', candidateId, {
      candidateId,
      programmeId: PROGRAMME,
      outcomeId: randomUUID(),
      category: woman ? 'permanent_contract' : 'still_searching',
      outcomeDate: '2026-09-01',
      recordedAt: at('2026-09-01T08:00:00Z'),
    });
    if (i < 6)
      await reporting.publish('ValidJobOfferLogged.v1', candidateId, {
        candidateId,
        programmeId: PROGRAMME,
        validJobOfferId: randomUUID(),
        occupationCode: null,
        decision: 'accepted',
        loggedAt: at('2026-08-01T08:00:00Z'),
      });
    if (i === 11)
      await reporting.publish('CandidateOutcomeRecorded.v1', candidateId, {
        candidateId,
        programmeId: PROGRAMME,
        outcomeId: randomUUID(),
        category: 'fixed_term_6_months_or_more',
        outcomeDate: '2026-11-01',
        recordedAt: at('2026-11-01T08:00:00Z'),
      });
  }
  await reporting.applied();
}, 90_000);

afterAll(async () => {
  await reporting?.stop();
});

describe('the report to the DREETS', () => {
  it("as a PDF in French: the programme and its dates, the tables, the employer's part, the mapping note, a small group written Masqué", async () => {
    const started = performance.now();
    const response = await reporting.get(reportPath('pdf'), sponsor);
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="bilan-dreets-${PROGRAMME}-2026-10-01.pdf"`,
    );
    const { text } = pdfText(Buffer.from(await response.arrayBuffer()));
    for (const expected of [
      'Bilan de fin de programme pour la DREETS',
      "Plan de sauvegarde de l'emploi (PSE)",
      `programme ${PROGRAMME}`,
      'Du 1 octobre 2025 au 1 octobre 2026 (fin prévue)',
      'Situation à la fin du dispositif au 1 octobre 2026',
      'situation à la date de suivi au 1 décembre 2026',
      "Mesures d'accompagnement mises en œuvre (données de la plateforme)",
      "À compléter par l'entreprise (la plateforme ne le sait pas)",
      'Licenciements pour motif économique',
      'Situation des personnes à la fin du dispositif et à la date de suivi',
      "Situation par tranche d'âge, à la fin du dispositif (2026-10-01)",
      'Situation par sexe, à la date de suivi (2026-12-01)',
      'Correspondance des catégories (plateforme vers bilan)',
      "l'arrêté du 3 avril 2014",
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Adhésions à l'accompagnement 12/);
    expect(text).toMatch(/Personnes ayant reçu au moins une OVE 6/);
    expect(text).toMatch(/Réunions de la commission de suivi — Saisi par l'entreprise/);
    // At the end 7 in a CDI and 5 searching; at the follow-up one of the 5 in a CDD: hidden, and
    // the 4 still searching beside it.
    expect(text).toMatch(/CDI 7 7/);
    expect(text).toMatch(/En recherche d'emploi 5 Masqué/);
    expect(text).toMatch(/CDD ou travail temporaire de 6 mois et plus 0 Masqué/);
    expect(text).toMatch(/26 à 44 ans 7 0 0 0 0 0 0 0 0 7/);
    expect(text).toContain('Masqué : petit groupe (moins de 5 personnes).');
    expect(text).not.toMatch(/6 mois et plus 0 1/);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('as an XLSX: one real table per sheet, numbers as numbers, a small group the text Masqué with a note', async () => {
    const response = await reporting.get(reportPath('xlsx'), member);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Programme',
      'Mesures',
      "Saisi par l'entreprise",
      'Situation',
      'Âge, fin',
      'Âge, suivi',
      'Sexe, fin',
      'Sexe, suivi',
      'Correspondance',
    ]);
    for (const sheet of workbook.worksheets) expect(sheet.getTables()).toHaveLength(1);
    const rowOf = (sheetName: string, label: string) => {
      const sheet = workbook.getWorksheet(sheetName)!;
      for (let r = 1; r <= sheet.rowCount; r++)
        if (sheet.getCell(r, 1).value === label) return (c: number) => sheet.getCell(r, c);
      throw new Error(`no row ${label} in ${sheetName}`);
    };
    expect(rowOf('Programme', 'Personnes concernées (effectif du plan)')(2).value).toBe(30);
    expect(rowOf('Programme', 'Début')(2).value).toBe('2025-10-01');
    expect(rowOf('Mesures', "Adhésions à l'accompagnement")(2).value).toBe(12);
    expect(rowOf('Mesures', 'OVE acceptées')(2).value).toBe(6);
    expect(rowOf('Mesures', 'Personnes ayant eu un premier rendez-vous')(2).value).toBe(0);
    const employer = rowOf("Saisi par l'entreprise", 'Départs volontaires');
    expect(employer(2).value).toBeNull();
    expect(employer(3).value).toBe("Saisi par l'entreprise");
    expect(rowOf('Situation', 'CDI')(2).value).toBe(7);
    expect(rowOf('Situation', 'CDI')(3).value).toBe(7);
    expect(rowOf('Situation', "En recherche d'emploi")(2).value).toBe(5);
    const cdd = rowOf('Situation', 'CDD ou travail temporaire de 6 mois et plus');
    expect(cdd(2).value).toBe(0);
    expect(cdd(3).value).toBe('Masqué');
    expect(cdd(3).note).toBe('Masqué : petit groupe (moins de 5 personnes).');
    expect(rowOf('Situation', 'Total (adhérents)')(3).value).toBe(12);
    expect(rowOf('Âge, fin', '55 ans et plus')(8).value).toBe(5);
    expect(rowOf('Sexe, fin', 'Femmes')(2).value).toBe(7);
    expect(rowOf('Correspondance', 'Retraite')(2).value).toBe('Retraite ou préretraite');
  });

  it("is refused with the committee pack's codes: 404 to whoever is not the sponsor, its committee or ops of the programme, 400 naming the field", async () => {
    for (const stranger of [otherSponsor, otherMember, otherOps]) {
      const refused = await reporting.get(reportPath('pdf'), stranger);
      expect(refused.status).toBe(404);
      expect(await refused.json()).toMatchObject({ code: 'PROGRAMME_NOT_FOUND' });
    }
    expect((await reporting.get(reportPath('pdf', { programmeId: randomUUID() }), ops)).status).toBe(404);
    expect((await reporting.get(reportPath('xlsx'), coach)).status).toBe(403);
    const future = await reporting.get(reportPath('pdf', { followUp: '2999-01-01T00:00:00Z' }), ops);
    expect(future.status).toBe(400);
    expect(await future.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'followUp', message: 'must not be in the future' }],
    });
    const before = await reporting.get(reportPath('pdf', { followUp: '2026-09-01T00:00:00Z' }), ops);
    expect(before.status).toBe(400);
    expect(await before.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'followUp', message: 'must not be before asOf' }],
    });
    const notADate = await reporting.get(reportPath('pdf', { asOf: 'hier' }), ops);
    expect(await notADate.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'asOf' }] });
    const format = await reporting.get(reportPath('docx'), sponsor);
    expect(format.status).toBe(400);
    expect(await format.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'format' }] });
  });

  it('writes who downloaded which report, for ops of the programme only; refusals write nothing', async () => {
    const data = dataOf(await reporting.as(ops).request(DOWNLOADS, { programmeId: PROGRAMME }));
    // The two reports served above, the latest first.
    expect(data.dreetsReportDownloads).toEqual([
      expect.objectContaining({
        programmeId: PROGRAMME,
        asOf: END,
        followUp: FOLLOW_UP,
        format: 'XLSX',
        subject: 'cse-1',
        role: 'committee',
      }),
      expect.objectContaining({
        programmeId: PROGRAMME,
        asOf: END,
        followUp: FOLLOW_UP,
        format: 'PDF',
        subject: 'hr-1',
        role: 'sponsor',
      }),
    ]);
    expect(codeOf(await reporting.as(otherOps).request(DOWNLOADS, { programmeId: PROGRAMME }))).toBe(
      'PROGRAMME_NOT_FOUND',
    );
    for (const refused of [sponsor, member, coach])
      expect(codeOf(await reporting.as(refused).request(DOWNLOADS, { programmeId: PROGRAMME }))).toBe(
        'FORBIDDEN',
      );
    expect(codeOf(await reporting.as(ops).request(DOWNLOADS, { programmeId: 'nope' }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
