import { SAMPLE_TITLES } from './fixtures/sample-catalogue';
import { genderVariants } from './text';
import { TitleMatcher } from './title-matcher';

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

  it("orders titles sharing words by what the occupations' skills say, in the confidence too", () => {
    const plain = new TitleMatcher(titles).match('Agent de maintenance climatisation');
    const described = new TitleMatcher(titles).describe(skills).match('Agent de maintenance climatisation');
    expect(plain.map((m) => m.romeCode)).toEqual(['I1304', 'I1316']);
    expect(described.map((m) => m.romeCode)).toEqual(['I1316', 'I1304']);
    expect(described[0]!.confidence).toBeGreaterThan(described[1]!.confidence);
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

describe("TitleMatcher re-ranking on all of an occupation's titles", () => {
  const titles = [
    { code: 'a1', romeCode: 'A1403', label: "Aide d'élevage" },
    { code: 'a2', romeCode: 'A1403', label: "Ouvrier / Ouvrière d'élevage porcin" },
    { code: 'a3', romeCode: 'A1403', label: "Ouvrier / Ouvrière d'élevage bovin" },
    { code: 'b1', romeCode: 'A1411', label: "Chef / Cheffe d'élevage porcin" },
    { code: 'b2', romeCode: 'A1411', label: "Responsable d'élevage" },
    { code: 'c1', romeCode: 'I1309', label: 'Electricien / Electricienne de maintenance' },
    { code: 'd1', romeCode: 'F1602', label: 'Electricien / Electricienne du bâtiment' },
    { code: 'e1', romeCode: 'Z2002', label: 'Agent de quai' },
    { code: 'e2', romeCode: 'Z2001', label: 'Agent de quai' },
  ];
  const matcher = new TitleMatcher(titles);

  it.each([
    // The head word ("Aide") and the occupation's other titles ("porcin") outweigh one title
    // sharing the two last words.
    ["Aide d'élevage porcin", 'A1403'],
    ["Aide d'élevage bovin", 'A1403'],
    ["Cheffe d'élevage porcin", 'A1411'],
    // A typo is corrected before the occupation-level comparison.
    ['electricein maintenance', 'I1309'],
    ['ELECTRICIENNE DU BATIMENT', 'F1602'],
  ])('%s -> %s first', (title, expected) => {
    expect(matcher.match(title)[0]?.romeCode).toBe(expected);
  });

  it('breaks an exact tie by code, so the answer never depends on the order of the titles', () => {
    const reversed = new TitleMatcher([...titles].reverse());
    expect(matcher.match('Agent de quai', 2).map((m) => m.romeCode)).toEqual(['Z2001', 'Z2002']);
    expect(reversed.match('Agent de quai', 2)).toEqual(matcher.match('Agent de quai', 2));
  });

  it('keeps confidences between 0 and 1, best first', () => {
    const matches = matcher.match("ouvriere d'elevage", 5);
    expect(matches.length).toBeGreaterThan(1);
    for (const m of matches) expect(m.confidence).toBeGreaterThan(0);
    for (const m of matches) expect(m.confidence).toBeLessThanOrEqual(1);
    expect(matches.map((m) => m.confidence)).toEqual(
      [...matches.map((m) => m.confidence)].sort((a, b) => b - a),
    );
  });
});

describe("TitleMatcher and a word's family (wordRoot)", () => {
  const titles = [
    { code: 'a1', romeCode: 'H2215', label: "Caissier / Caissière de l'emballage industriel" },
    { code: 'b1', romeCode: 'H2201', label: 'Emballeur / Emballeuse bois' },
  ];
  const matcher = new TitleMatcher(titles);

  it('a word no title uses meets the title words of its family, below an exact word', () => {
    const [best] = matcher.match('Caisserie');
    expect(best).toMatchObject({ romeCode: 'H2215' });
    expect(best!.confidence).toBeLessThan(1);
    expect(matcher.correctedTokens('Caisserie emballage')).toEqual(['caissier', 'emballage']);
  });

  it("reads an occupation's titles by root: a trade's word counts for the occupation naming its activity", () => {
    // Same title in two occupations; one of them also says "emballage" (of the emballeur's family).
    const packing = new TitleMatcher([
      { code: 'a1', romeCode: 'H3302', label: 'Agent / Agente de conditionnement' },
      { code: 'a2', romeCode: 'H3302', label: "Opérateur / Opératrice d'emballage" },
      { code: 'b1', romeCode: 'H3301', label: 'Agent / Agente de conditionnement' },
      { code: 'c1', romeCode: 'H2201', label: 'Emballeur / Emballeuse bois' },
    ]);
    expect(packing.match('Agent de conditionnement emballeur', 2).map((m) => m.romeCode)).toEqual([
      'H3302',
      'H3301',
    ]);
  });

  it("reads an occupation's skills by root", () => {
    const described = new TitleMatcher([
      { code: 'x', romeCode: 'H2913', label: 'Agent / Agente de fabrication métallique' },
      { code: 'y', romeCode: 'H2902', label: 'Agent / Agente de fabrication en chaudronnerie' },
    ]).describe(
      new Map([
        ['H2913', ["Réaliser une soudure à l'arc"]],
        ['H2902', ['Tracer une pièce de chaudronnerie']],
      ]),
    );
    expect(described.match('Agent de fabrication soudeur')[0]?.romeCode).toBe('H2913');
  });
});
