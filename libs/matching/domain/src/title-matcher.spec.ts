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

describe('TitleMatcher.describe', () => {
  const titles = [
    { code: 'a', romeCode: 'I1304', label: 'Agent / Agente de maintenance industrielle' },
    { code: 'b', romeCode: 'I1316', label: 'Agent / Agente de maintenance en froid' },
  ];
  const skills = new Map([
    ['I1304', ['Régler un équipement de production', 'Diagnostiquer une panne mécanique']],
    ['I1316', ['Entretenir une installation de climatisation', 'Contrôler un circuit frigorifique']],
  ]);

  it("orders titles sharing words by what the occupations' skills say, confidences unchanged", () => {
    const plain = new TitleMatcher(titles).match('Agent de maintenance climatisation');
    const described = new TitleMatcher(titles).describe(skills).match('Agent de maintenance climatisation');
    expect(plain.map((m) => m.romeCode)).toEqual(['I1304', 'I1316']);
    expect(described.map((m) => m.romeCode)).toEqual(['I1316', 'I1304']);
    expect(described.map((m) => m.confidence).sort()).toEqual(plain.map((m) => m.confidence).sort());
  });

  it('leaves an exact title first', () => {
    expect(
      new TitleMatcher(titles).describe(skills).match('Agent de maintenance industrielle')[0],
    ).toMatchObject({
      romeCode: 'I1304',
      confidence: 1,
    });
  });
});
