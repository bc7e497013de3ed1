import { dreetsReport, dreetsReportTables } from '@passerelle/reporting/domain';
import { pdfText } from '@passerelle/shared/testing';
import { renderDreetsReportPdf } from './render-dreets-report-pdf';

// Large figures read as French numbers: the standard PDF fonts have no narrow no-break space
// (U+202F, what fr-FR groups digits with), which rendered as "10 /500".
it('groups the digits of large figures with a space the PDF font has', async () => {
  const report = dreetsReport({
    programme: {
      programmeId: '00000000-0000-4000-8000-000000000001',
      sponsorId: '00000000-0000-4000-8000-000000000002',
      officeIds: [],
      headcount: 10_500,
      outcomeTargets: [],
      type: 'pse',
      startDate: '2026-01-05',
      durationMonths: 12,
    },
    people: [],
    journeys: new Map(),
    asOf: new Date('2027-01-05T12:00:00Z'),
    followUp: new Date('2027-07-05T12:00:00Z'),
  });
  const { text } = pdfText(await renderDreetsReportPdf(report, dreetsReportTables(report)));
  expect(text).toMatch(/Personnes concernées \(effectif du plan\) 10\s500/);
  expect(text).not.toContain('\u202f');
});
