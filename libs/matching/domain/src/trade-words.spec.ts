import { TitleMatcher } from './title-matcher';
import { resolveJobTitle, TITLE_RESOLUTION_POLICY } from './title-resolution';
import { tradeWords, type TradeWordsOptions } from './trade-words';

const titled = (romeCode: string, label: string) => ({ code: `${romeCode}-${label}`, romeCode, label });

/**
 * A small catalogue: two plastics occupations and a pharmacy line filed under 22, a food operator
 * under 10, the metal trades under 25/28/29, and the generic "Agent"/"Opérateur" jobs of other
 * divisions. Small counts: the tests read it with a light prior and bar (`OPTIONS`).
 */
const TITLES = [
  titled('H3201', 'Opérateur / Opératrice en plasturgie'),
  titled('H3201', 'Opérateur / Opératrice injection en caoutchouc et matières plastiques'),
  titled('H3201', 'Opérateur / Opératrice sur presse à caoutchouc et matières plastiques'),
  titled('H3201', 'Mouleur / Mouleuse en plasturgie'),
  titled('H3202', 'Opérateur monteur / Opératrice monteuse en industrie plastique et caoutchouc'),
  titled('H3202', 'Régleur / Régleuse machine à injection de matières plastiques et caoutchouc'),
  titled('H3202', 'Technicien / Technicienne de production en matières plastiques'),
  titled('H2302', 'Conducteur / Conductrice de ligne en industrie pharmaceutique'),
  titled('H2302', 'Technicien / Technicienne de fabrication en industrie pharmaceutique'),
  titled('H2105', 'Opérateur / Opératrice de production en industrie alimentaire'),
  titled('H2105', "Agent / Agente de fabrication dans l'agroalimentaire"),
  titled('H2102', 'Conducteur / Conductrice de ligne en industrie alimentaire'),
  titled('H2909', 'Opérateur / Opératrice de production en montage-assemblage mécanique'),
  titled('H2909', 'Agent / Agente de montage mécanique'),
  titled('H2906', 'Opérateur / Opératrice sur machine automatique de production mécanique'),
  titled('H2906', 'Conducteur / Conductrice de machines de soudage'),
  titled('H2903', "Opérateur / Opératrice de centre d'usinage"),
  titled('H2903', 'Usineur / Usineuse'),
  titled('H2905', 'Conducteur / Conductrice de ligne de presse à emboutir et à découper des métaux'),
  titled('H2905', "Opérateur / Opératrice d'emboutissage et découpe"),
  titled('H2905', 'Emboutisseur / Emboutisseuse'),
  titled('H2905', 'Conducteur régleur / Conductrice régleuse sur presse à découper'),
  titled('H2905', 'Opérateur / Opératrice sur presse à découper ou emboutir'),
  titled('H2504', "Chef / Cheffe d'équipe en plastique/caoutchouc"),
  titled('H2504', "Chef / Cheffe d'équipe en industrie"),
  titled('N1303', "Chef / Cheffe d'équipe en entrepôt"),
  titled('K2204', "Agent / Agente d'entretien de locaux"),
  titled('K2204', 'Agent / Agente de propreté'),
  titled('K2503', 'Agent / Agente de sécurité'),
  titled('M1606', 'Opérateur / Opératrice de saisie'),
  titled('M1601', "Agent / Agente d'accueil"),
  titled('N4103', 'Conducteur / Conductrice de bus'),
];
const SECTORS = new Map<string, string[]>([
  ['H3201', ['20', '22']],
  ['H3202', ['22', '29']],
  ['H2302', ['21', '22']],
  ['H2105', ['10', '11']],
  ['H2102', ['10', '11']],
  ['H2909', ['25', '28', '29']],
  ['H2906', ['25', '29']],
  ['H2903', ['25', '28']],
  ['H2905', ['25']],
  ['H2504', ['10']],
  ['N1303', ['46', '49', '52']],
  ['K2204', ['81']],
  ['K2503', ['80']],
  ['M1606', ['82']],
  ['M1601', ['82']],
  ['N4103', ['49']],
]);
const OPTIONS: TradeWordsOptions = { limit: 3, minZ: 1, prior: 10 };

describe('tradeWords', () => {
  const every = tradeWords(TITLES, SECTORS, { limit: 100, minZ: -100, prior: OPTIONS.prior });

  it("gives a division the words its occupations' titles use more than the catalogue, strongest first", () => {
    expect(
      tradeWords(TITLES, SECTORS, OPTIONS)
        .get('22')
        ?.map((w) => w.word),
    ).toEqual(['plastique', 'matiere', 'caoutchouc']);
  });

  it('never gives a head word (the job, not the trade), however often the division uses it', () => {
    const words = [...every.values()].flat().map((w) => w.word);
    for (const head of ['agent', 'operateur', 'conducteur', 'regleur', 'technicien', 'chef'])
      expect(words).not.toContain(head);
  });

  it('counts the masculine title only: the feminine form is not a word of the trade', () => {
    const words = [...every.values()].flat().map((w) => w.word);
    expect(words).not.toContain('operatrice');
    expect(words).not.toContain('monteuse');
  });

  it("leaves out one occupation's own word unless the division has only that occupation", () => {
    expect(every.get('22')?.map((w) => w.word)).not.toContain('pharmaceutique');
    expect(every.get('22')?.map((w) => w.word)).not.toContain('plasturgie');
    expect(every.get('21')?.[0]?.word).toBe('pharmaceutique');
  });

  it('leaves out, under the bar, a word the rest of the catalogue uses as much ("industrie")', () => {
    const z = (word: string) => every.get('22')?.find((w) => w.word === word)?.z;
    expect(z('industrie')).toBeLessThan(OPTIONS.minZ);
    expect(
      tradeWords(TITLES, SECTORS, OPTIONS)
        .get('22')
        ?.map((w) => w.word),
    ).not.toContain('industrie');
  });

  it('gives nothing to a division no occupation is filed under', () => {
    expect(tradeWords(TITLES, SECTORS, OPTIONS).get('47')).toBeUndefined();
  });
});

describe('TitleMatcher: trade words and word families', () => {
  const matcher = new TitleMatcher(TITLES).locate(SECTORS, new Map(), OPTIONS);

  it('derives the trade words when it is given the sector links', () => {
    expect(matcher.tradeWords('22')).toEqual(['plastique', 'matiere', 'caoutchouc']);
    expect(matcher.tradeWords('47')).toEqual([]);
  });

  it("gives a service word's family as the titles write it: emboutissage, emboutir, emboutisseur", () => {
    expect(matcher.family('emboutissage').sort()).toEqual([
      'emboutir',
      'emboutissage',
      'emboutisseur',
      'emboutisseuse',
    ]);
  });
});

describe('resolveJobTitle: the trade words and the service word family (decision 0054)', () => {
  const matcher = new TitleMatcher(TITLES).locate(SECTORS, new Map(), OPTIONS);
  const resolve = (using: TitleMatcher, title: string, nafCode: string, service: string) =>
    resolveJobTitle(using, title, TITLE_RESOLUTION_POLICY, { nafCode, service });

  it.each([
    ['Opérateur de production', '22.29A', 'Production', 'H3201', 'the trade words: the plastics operator'],
    ['OPERATRICE DE PRODUCTION', '22.29A', 'Fabrication', 'H3201', 'the same in capitals, in the feminine'],
    ['Conducteur de ligne', '29.32Z', 'Emboutissage', 'H2905', 'the family: "... de presse à emboutir"'],
  ])('%s at %s in %s: automatic, %s (%s)', (title, nafCode, service, romeCode) => {
    expect(resolveJobTitle(matcher, title)).toMatchObject({ outcome: 'to_confirm' });
    expect(resolve(matcher, title, nafCode, service)).toMatchObject({
      outcome: 'automatic',
      romeCode,
      byContext: true,
    });
  });

  it('without trade words, the plastics operator goes to the coach', () => {
    const bare = new TitleMatcher(TITLES).locate(SECTORS, new Map(), { ...OPTIONS, minZ: 100 });
    expect(resolve(bare, 'Opérateur de production', '22.29A', 'Production').outcome).toBe('to_confirm');
  });

  it("is as sure as the title alone must be: below the policy's threshold, the coach confirms", () => {
    const strict = { ...TITLE_RESOLUTION_POLICY, threshold: 0.99 };
    const context = { nafCode: '22.29A', service: 'Production' };
    expect(
      resolveJobTitle(matcher, 'Opérateur de production', TITLE_RESOLUTION_POLICY, context),
    ).toMatchObject({
      outcome: 'automatic',
      romeCode: 'H3201',
    });
    expect(resolveJobTitle(matcher, 'Opérateur de production', strict, context).outcome).toBe('to_confirm');
  });

  it.each<[string, string, string, string]>([
    ['Agent de fabrication', '22.29A', 'Fabrication', 'no plastics title holds "agent"'],
    ["Chef d'équipe", '22.29A', 'Production', 'not a production job, and H2504 is filed under 10 only'],
    ['Conducteur de ligne', '29.32Z', 'Peinture', 'no title of the trade speaks of painting'],
    ['Conducteur de ligne', '29.32Z', 'Usinage', 'the titles that speak of machining are no line operators'],
    ['Opérateur de production', '29.32Z', 'Usinage', 'no title holding "production" says machining'],
    ['Opérateur de production', '47.11F', 'Production', 'a shop is not a manufacturer'],
    [
      'Opérateur de production',
      '22.29A',
      'Maintenance',
      "maintenance is a support function, not the trade's",
    ],
  ])('%s at %s in %s goes to the coach (%s)', (title, nafCode, service) => {
    expect(resolve(matcher, title, nafCode, service).outcome).toBe('to_confirm');
  });
});
