import { escapeHtml, personalDataSummaryHtml, type ArchiveSummary } from './personal-data-summary';

const archive = (parts: ArchiveSummary['parts']): ArchiveSummary => ({
  generatedAt: new Date('2026-06-15T09:30:00.000Z'),
  person: { firstName: 'Inês', lastName: 'Moreira <script>' },
  parts,
  withdrawalNotice: 'Ce qui est déjà enregistré n’est pas effacé.',
});

describe('the readable summary of a person’s archive', () => {
  it.each([
    ['<b>', '&lt;b&gt;'],
    ['"a" & \'b\'', '&quot;a&quot; &amp; &#39;b&#39;'],
  ])('escapes %s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  it('is one self-contained French document: no script, link or outside resource, every value escaped', () => {
    const html = personalDataSummaryHtml(
      archive([
        {
          service: 'intake',
          answered: true,
          sections: [
            {
              name: 'person',
              records: [{ lastName: 'Moreira <script>', createdAt: '2026-03-02T08:00:00.000Z' }],
            },
          ],
        },
      ]),
    );
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(html).toContain('Moreira &lt;script&gt;');
    // Dates are written in French, Paris time.
    expect(html).toContain('15 juin 2026 à 11:30');
    expect(html).toContain('2 mars 2026 à 09:00');
    expect(html).toContain('Cet export est complet');
    expect(html).toContain('Ce qui est déjà enregistré n’est pas effacé.');
  });

  it('says which parts are missing and why, and lists what each part contributed', () => {
    const html = personalDataSummaryHtml(
      archive([
        {
          service: 'intake',
          answered: true,
          sections: [{ name: 'consents', records: [{ granted: true }, { granted: false }] }],
        },
        { service: 'matching', answered: false, reason: 'timeout', sections: [] },
        { service: 'identity', answered: false, reason: 'unavailable', sections: [] },
      ]),
    );
    expect(html).toContain('<strong>Export incomplet.</strong> 2 parties n’ont pas pu être rassemblées');
    expect(html).toContain('Métiers proposés et offres d’emploi ; Compte et connexions');
    expect(html).toContain('ce service n’a pas répondu à temps');
    expect(html).toContain('ce service était indisponible');
    expect(html).toContain('<td>Consentements : 2</td>');
    expect(html).toContain('Consentements <small>(2 éléments)</small>');
    expect(html).not.toContain('Cet export est complet');
  });
});
