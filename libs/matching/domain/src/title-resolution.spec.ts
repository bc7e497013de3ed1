import { SAMPLE_TITLES } from './fixtures/sample-catalogue';
import { TitleMatcher } from './title-matcher';
import {
  nafDivision,
  resolveJobTitle,
  TITLE_RESOLUTION_POLICY,
  withoutHrNoise,
  type TitleResolver,
} from './title-resolution';

const matcher = new TitleMatcher([
  ...SAMPLE_TITLES,
  { code: 'e1', romeCode: 'I1309', label: 'Electricien / Electricienne de maintenance' },
  { code: 'e2', romeCode: 'F1602', label: 'Electricien / Electricienne du bâtiment' },
  { code: 'e3', romeCode: 'F1605', label: 'Electricien / Electricienne réseaux' },
]);

describe('withoutHrNoise', () => {
  it.each([
    ['Magasinier H/F', 'Magasinier'],
    ['Magasinier (H/F)', 'Magasinier'],
    ['Préparatrice de commandes N2', 'Préparatrice de commandes'],
    ['Préparateur de commandes niveau 3', 'Préparateur de commandes'],
    ['Resp. logistique confirmé', 'Resp. logistique'],
    ['Technicien réseau coef. 190', 'Technicien réseau'],
    ['Technicienne réseau Échelon 2', 'Technicienne réseau'],
    ['Développeur senior', 'Développeur'],
    ['Technicien réseau II', 'Technicien réseau'],
    ['Hôtesse', 'Hôtesse'],
    ['Chef de projet', 'Chef de projet'],
  ])('%s -> %s', (title, expected) => expect(withoutHrNoise(title)).toBe(expected));
});

describe('resolveJobTitle', () => {
  it.each([
    ['Resp. logistique', 'N1301'],
    ['RESPONSABLE LOGISTIQUE', 'N1301'],
    ['Magasinière H/F', 'N1103'],
    ['Préparatrice de commandes N2', 'N1103'],
    ['Electricienne de maintenance', 'I1309'],
    ['tecnicien reseau', 'I1307'],
  ])('%s: automatic, %s', (title, romeCode) => {
    const resolution = resolveJobTitle(matcher, title);
    expect(resolution).toMatchObject({ outcome: 'automatic', romeCode });
    if (resolution.outcome !== 'automatic') return;
    expect(resolution.confidence).toBeGreaterThanOrEqual(TITLE_RESOLUTION_POLICY.threshold);
    expect(resolution.candidates[0].romeCode).toBe(romeCode);
  });

  it('a generic title close to several occupations goes to the coach with the three best', () => {
    const resolution = resolveJobTitle(matcher, 'Électricien');
    expect(resolution.outcome).toBe('to_confirm');
    expect(
      resolution.outcome === 'to_confirm' && resolution.candidates.map((c) => c.romeCode).sort(),
    ).toEqual(['F1602', 'F1605', 'I1309']);
  });

  it.each([['electrciien'], ['ELECTRICIENNE'], ['eletcricienne H/F']])(
    'a generic title stays generic when mistyped or in the feminine: %s goes to the coach',
    (title) => {
      const resolution = resolveJobTitle(matcher, title);
      expect(resolution.outcome).toBe('to_confirm');
      expect(
        resolution.outcome === 'to_confirm' && resolution.candidates.map((c) => c.romeCode).sort(),
      ).toEqual(['F1602', 'F1605', 'I1309']);
    },
  );

  it('a title the matcher barely knows goes to the coach, below the threshold', () => {
    const resolution = resolveJobTitle(matcher, 'Formateur boulangerie');
    expect(resolution.outcome).toBe('to_confirm');
    expect(resolution.outcome === 'to_confirm' && resolution.confidence).toBeLessThan(
      TITLE_RESOLUTION_POLICY.threshold,
    );
  });

  it('a title with no known word goes to the coach with no candidate', () => {
    expect(resolveJobTitle(matcher, 'Zzyzx')).toEqual({
      outcome: 'to_confirm',
      confidence: 0,
      candidates: [],
    });
  });

  it.each([[null], [undefined], [''], ['  H/F ']])('nothing to resolve: %p', (title) =>
    expect(resolveJobTitle(matcher, title)).toEqual({ outcome: 'none' }),
  );

  it('the policy sets the bar, but no bar makes a generic title specific', () => {
    expect(resolveJobTitle(matcher, 'Formateur boulangerie', { threshold: 0.3, margin: 0 }).outcome).toBe(
      'automatic',
    );
    expect(resolveJobTitle(matcher, 'Électricien', { threshold: 0.3, margin: 0 }).outcome).toBe('to_confirm');
  });

  it("a title that is one occupation's own title is not generic, even when longer titles hold its words", () => {
    expect(resolveJobTitle(matcher, 'Technicien réseau')).toMatchObject({
      outcome: 'automatic',
      romeCode: 'I1307',
    });
  });
});

describe('resolveJobTitle: a generic title whose second candidate is of another kind', () => {
  // The ranking as given (the matcher's own order is tested above): a title-to-code reader whose
  // second occupation shares only some of the words.
  const ranked: TitleResolver = {
    match: () => [
      {
        romeCode: 'H1504',
        confidence: 0.95,
        titleCode: 'q1',
        titleLabel: 'Contrôleur / Contrôleuse qualité en électronique',
      },
      { romeCode: 'H1502', confidence: 0.9, titleCode: 'q2', titleLabel: 'Responsable contrôle qualité' },
      {
        romeCode: 'E1310',
        confidence: 0.85,
        titleCode: 'q3',
        titleLabel: 'Contrôleur / Contrôleuse qualité en industrie graphique',
      },
    ],
  };

  it('stays generic when the third candidate holds all its words too', () => {
    expect(resolveJobTitle(ranked, 'Contrôleuse qualité')).toMatchObject({
      outcome: 'to_confirm',
      confidence: 0.95,
    });
  });
});

describe('resolveJobTitle with the HR file context (the NAF code, the service column)', () => {
  const titled = (romeCode: string, label: string) => ({ code: `${romeCode}-${label}`, romeCode, label });
  const sectors = new Map<string, string[]>([
    ['H2105', ['10', '11']],
    ['H2909', ['25', '28', '29']],
    ['H2701', ['35']],
    ['H2102', ['10', '11']],
    ['H3301', ['10', '11']],
    ['H3202', ['22', '29']],
    ['I1309', ['33', '35', '43']],
    ['F1602', ['41']],
    ['F1605', ['35', '43']],
    ['H2506', ['10', '11']],
    ['N1303', ['46', '49', '52']],
    ['H2604', ['26', '27']],
    ['C1206', ['64', '66']],
    ['C1102', ['65', '66']],
  ]);
  const labels = new Map([
    ['10', 'Industries alimentaires'],
    ['22', 'Fabrication de produits en caoutchouc et en plastique'],
    ['29', 'Industrie automobile'],
  ]);
  const withSectors = new TitleMatcher([
    titled('H2105', 'Opérateur / Opératrice de production en industrie alimentaire'),
    titled('H2105', "Agent / Agente de fabrication dans l'agroalimentaire"),
    titled('H2909', 'Opérateur / Opératrice de production en montage-assemblage mécanique'),
    titled('H2701', 'Opérateur / Opératrice de production en énergie'),
    titled('H2102', 'Conducteur / Conductrice de ligne en industrie alimentaire'),
    titled('H3301', 'Conducteur / Conductrice de ligne de conditionnement'),
    titled('H3202', "Conducteur / Conductrice de ligne d'injection en industrie plastique et caoutchouc"),
    titled('I1309', 'Electricien / Electricienne de maintenance'),
    titled('F1602', 'Electricien / Electricienne du bâtiment'),
    titled('F1605', 'Electricien / Electricienne réseaux'),
    titled('H2506', "Chef / Cheffe d'équipe en industrie alimentaire"),
    titled('N1303', "Chef / Cheffe d'équipe en entrepôt"),
    titled('H2604', "Chef / Cheffe d'équipe de production de matériels électriques"),
    titled('C1206', 'Chargé / Chargée de clientèle bancaire'),
    titled('C1102', 'Chargé / Chargée de clientèle en assurances'),
  ]).locate(sectors, labels);

  it.each([
    ['Opérateur de production', '10.51C', 'Production', 'H2105'],
    ['OPERATRICE DE PRODUCTION', '1051C', null, 'H2105'],
    ['Opérateur de production', '29.32Z', 'Montage', 'H2909'],
    ['Conducteur de ligne', '10.51C', 'Conditionnement', 'H3301'],
    ['Conductrice de ligne', '22.29A', 'INJECTION', 'H3202'],
    ['Électricien', '22.29A', 'Maintenance', 'I1309'],
    ['Electricienne', null, 'Maintenance', 'I1309'],
  ])('%s at %s in %s: automatic, %s, chosen by the context', (title, nafCode, service, romeCode) => {
    expect(resolveJobTitle(withSectors, title)).toMatchObject({ outcome: 'to_confirm' });
    expect(resolveJobTitle(withSectors, title, TITLE_RESOLUTION_POLICY, { nafCode, service })).toMatchObject({
      outcome: 'automatic',
      romeCode,
      byContext: true,
    });
  });

  it.each([
    'Production',
    'Fabrication',
    'FABRICATION',
    'Atelier',
    'Usine',
    'Prod.',
    'Service production',
    'Atelier fabrication',
  ])('OPERATRICE DE PRODUCTION of a dairy in %p: the manufacturing reading, H2105', (service) => {
    expect(
      resolveJobTitle(withSectors, 'OPERATRICE DE PRODUCTION', TITLE_RESOLUTION_POLICY, {
        nafCode: '10.51C',
        service,
      }),
    ).toMatchObject({ outcome: 'automatic', romeCode: 'H2105', byContext: true });
  });

  it.each([
    ['Agent de fabrication', '10.51C', 'Production', 'H2105'],
    ['Agente de fabrication', '10.51C', 'Fabrication', 'H2105'],
    ['Conducteur de ligne', '10.51C', 'Atelier conditionnement', 'H3301'],
  ])(
    '%s at %s in %s: %s (a title of "fabrication" is a production job)',
    (title, nafCode, service, romeCode) => {
      expect(
        resolveJobTitle(withSectors, title, TITLE_RESOLUTION_POLICY, { nafCode, service }),
      ).toMatchObject({
        outcome: 'automatic',
        romeCode,
      });
    },
  );

  it.each<[string, string, string | null, string]>([
    ["Chef d'équipe", '10.51C', 'Sécurité', 'the food industry has a team leader, but not in security'],
    ["Chef d'équipe", '22.29A', 'Production', 'the electrical trade is another trade than plastics'],
    ['Chargé de clientèle', '29.32Z', 'Service client', 'no car-parts maker in ROME'],
    ['Électricien', 'A10', null, 'no NAF code and no service'],
  ])('%s at %s in %s goes to the coach (%s)', (title, nafCode, service) => {
    expect(resolveJobTitle(withSectors, title, TITLE_RESOLUTION_POLICY, { nafCode, service }).outcome).toBe(
      'to_confirm',
    );
  });

  it("the coach is offered the employer's division's occupations first", () => {
    const resolution = resolveJobTitle(withSectors, "Chef d'équipe", TITLE_RESOLUTION_POLICY, {
      nafCode: '10.51C',
      service: 'Sécurité',
    });
    expect(resolution.outcome === 'to_confirm' && resolution.candidates[0].romeCode).toBe('H2506');
  });

  it('a title sure on its own is not read with the context', () => {
    expect(
      resolveJobTitle(withSectors, 'Electricienne de maintenance', TITLE_RESOLUTION_POLICY, {
        nafCode: '10.51C',
        service: 'Production',
      }),
    ).toEqual(expect.objectContaining({ outcome: 'automatic', romeCode: 'I1309' }));
    expect(
      resolveJobTitle(withSectors, 'Electricienne de maintenance', TITLE_RESOLUTION_POLICY, {
        nafCode: '10.51C',
      }),
    ).not.toHaveProperty('byContext');
  });
});

describe('nafDivision', () => {
  it.each([
    ['10.51C', '10'],
    ['1051C', '10'],
    [' 22.29A ', '22'],
    ['29', '29'],
    ['01.11Z', '01'],
    ['A10', null],
    ['1', null],
    ['', null],
    [null, null],
  ])('%p -> %p', (code, division) => expect(nafDivision(code)).toBe(division));
});
