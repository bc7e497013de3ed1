import { SAMPLE_TITLES } from './fixtures/sample-catalogue';
import { genderVariants, TitleMatcher } from './title-matcher';

describe('genderVariants', () => {
  it.each([
    ['Technicien / Technicienne réseau', ['Technicien réseau', 'Technicienne réseau']],
    [
      "Agent / Agente d'entretien des espaces verts",
      ["Agent d'entretien des espaces verts", "Agente d'entretien des espaces verts"],
    ],
    ['Responsable logistique', ['Responsable logistique']],
  ])('%s', (label, expected) => expect(genderVariants(label)).toEqual(expected));
});

describe('TitleMatcher', () => {
  const matcher = new TitleMatcher(SAMPLE_TITLES);

  it.each([
    ['technicienne réseaux', 'I1307'],
    ['Resp. logistique', 'N1301'],
    ['RESPONSABLE LOGISTIQUE', 'N1301'],
    ['tecnicien reseau', 'I1307'],
    ['magazinier', 'N1103'],
    ['préparatrice commandes', 'N1103'],
    ['dev informatique', 'M1805'],
    ['ing. developpement', 'M1805'],
    ['chauffeuse livreuse', 'N4105'],
  ])('%s -> %s first', (title, expected) => {
    const [best] = matcher.match(title);
    expect(best?.romeCode).toBe(expected);
    expect(best!.confidence).toBeGreaterThan(0.4);
  });

  it('gives full confidence to an exact title and names the title it matched', () => {
    expect(matcher.match('Responsable logistique')[0]).toEqual({
      romeCode: 'N1301',
      confidence: 1,
      titleCode: 't3',
      titleLabel: 'Responsable logistique',
    });
  });

  it('ranks several occupations by confidence when a title is ambiguous', () => {
    const matches = matcher.match('logistique', 3);
    expect(matches.map((m) => m.romeCode)).toEqual(expect.arrayContaining(['N1301', 'K2111']));
    expect(matches[0]!.confidence).toBeGreaterThanOrEqual(matches[1]!.confidence);
  });

  it('finds nothing for words that are in no title', () => {
    expect(matcher.match('astronaute lunaire')).toEqual([]);
    expect(matcher.match('  ')).toEqual([]);
  });
});
