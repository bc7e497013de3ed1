import {
  certificationUrl,
  chooseCertifications,
  meaningfulWords,
  type CertificationCandidate,
} from './certification-choice';

const cert = (
  number: string,
  occupationCodes: string[],
  blocks: string[],
  topics: string[] = [],
): CertificationCandidate => ({
  number,
  kind: number.startsWith('RS') ? 'rs' : 'rncp',
  occupationCodes,
  topics: topics.map((label, i) => ({ code: String(i), label })),
  skillBlocks: blocks.map((label, i) => ({ code: `${number}BC0${i + 1}`, label })),
});

const gap = [
  { code: 'S1', label: 'Souder des pièces par procédé TIG' },
  { code: 'S2', label: 'Lire un plan de chaudronnerie' },
  { code: 'S3', label: 'Contrôler la conformité des soudures' },
];

describe('meaningfulWords', () => {
  it.each([
    ['Contrôler la conformité des soudures', ['contro', 'confor', 'soudur']],
    ['Assembler des pièces', ['assemb', 'piece']],
    ["Réaliser l'assemblage", ['realis', 'assemb']],
    ['Fabrication d’éléments chaudronnés', ['fabric', 'elemen', 'chaudr']],
  ])('%s', (label, words) => expect([...meaningfulWords(label)]).toEqual(words));
});

describe('chooseCertifications', () => {
  const target = { code: 'H2913', parentCode: 'H2913' };
  const welding = cert(
    'RNCP100',
    ['H2913'],
    ['Souder des pièces par procédés TIG et MIG', 'Contrôler la conformité des soudures'],
    ['Soudage'],
  );
  const boiler = cert('RNCP200', ['H2913', 'H2902'], ['Lire un plan de chaudronnerie', 'Tracer et découper']);
  const broad = cert('RNCP300', ['H2913', 'H2902', 'H2903', 'H2909'], [], ['Soudage TIG']);
  const unrelated = cert('RNCP400', ['M1805'], ['Souder des pièces par procédé TIG']);

  it('puts first the certification covering most of the gap, most telling skills first', () => {
    const chosen = chooseCertifications(target, gap, [broad, boiler, welding, unrelated]);
    expect(chosen.map((c) => c.number)).toEqual(['RNCP100', 'RNCP200', 'RNCP300']);
    expect(chosen[0]).toMatchObject({ coveredSkillCodes: ['S1', 'S3'], linkedBy: 'occupation' });
    expect(chosen[0]!.reason).toBe(
      'Couvre 2 des 3 compétences à acquérir. Mène à ce métier. Propre à ce métier. Se prépare par blocs (2).',
    );
    expect(chosen[1]!.coveredSkillCodes).toEqual(['S2']);
  });

  it('never offers a certification for another occupation', () => {
    expect(chooseCertifications(target, gap, [unrelated])).toEqual([]);
  });

  it('reaches a ROME 4.0 occupation through its ROME V3 parent, after the exact ones', () => {
    const chosen = chooseCertifications({ code: 'H2999', parentCode: 'H2913' }, gap, [welding]);
    expect(chosen).toEqual([expect.objectContaining({ number: 'RNCP100', linkedBy: 'parent_occupation' })]);
    expect(chosen[0]!.reason).toContain('Mène à la famille de ce métier (ROME V3).');
  });

  it('keeps a few: the limit', () => {
    expect(chooseCertifications(target, gap, [broad, boiler, welding], 2)).toHaveLength(2);
  });

  it('with no gap, prefers the specific certification, then the newest', () => {
    const chosen = chooseCertifications(
      target,
      [],
      [cert('RNCP10', ['H2913'], []), cert('RNCP20', ['H2913'], []), broad],
    );
    expect(chosen.map((c) => c.number)).toEqual(['RNCP20', 'RNCP10', 'RNCP300']);
  });
});

describe('certificationUrl', () => {
  it.each([
    ['RNCP37876', 'https://www.francecompetences.fr/recherche/rncp/37876/'],
    ['RS5640', 'https://www.francecompetences.fr/recherche/rs/5640/'],
  ])('%s', (number, url) => expect(certificationUrl(number)).toBe(url));
});
