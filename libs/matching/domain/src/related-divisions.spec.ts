import { relatedDivisions, RELATED_DIVISIONS, SUPPORT_FUNCTIONS, supportFunction } from './related-divisions';
import { TitleMatcher } from './title-matcher';
import { resolveJobTitle, TITLE_RESOLUTION_POLICY } from './title-resolution';

describe('supportFunction', () => {
  it.each<[string | null, string | undefined]>([
    ['Maintenance', 'maintenance'],
    ['SERVICE MAINTENANCE', 'maintenance'],
    ['Entretien', 'maintenance'],
    ['Travaux neufs', 'maintenance'],
    ['Logistique', 'logistique'],
    ['Dépt. logistique', 'logistique'],
    ['ENTREPOT', 'logistique'],
    ['Expéditions', 'logistique'],
    ['Magasin', 'logistique'],
    ['Réception', 'logistique'],
    ['Stocks', 'logistique'],
    ['Supply chain', 'logistique'],
    // Not a support function ROME files elsewhere: read as before.
    ['Production', undefined],
    ['Qualité', undefined],
    ['Ressources humaines', undefined],
    ['Service client', undefined],
    ['', undefined],
    [null, undefined],
  ])('%p is %p', (service, name) => {
    expect(supportFunction(service)?.name).toBe(name);
  });

  it('files each function under service divisions, never under a manufacturing one', () => {
    for (const fn of SUPPORT_FUNCTIONS)
      for (const division of fn.divisions) expect(Number(division)).toBeGreaterThan(32);
  });
});

describe('relatedDivisions', () => {
  it.each<[string | null, string[]]>([
    // metal working: a car-parts maker stamps, machines and assembles metal
    ['29', ['25', '28']],
    ['30', ['25', '28']],
    ['28', ['25', '27']],
    ['25', ['24', '28']],
    ['24', ['25']],
    // plastics and chemistry
    ['22', ['20']],
    ['20', ['22', '21']],
    // food and drink
    ['10', ['11']],
    ['11', ['10']],
    // electronics and electrical equipment
    ['26', ['27']],
    ['27', ['26', '28']],
    // textile, clothing, leather; wood, paper, print, furniture
    ['14', ['13', '15']],
    ['16', ['31', '17']],
    ['18', ['17']],
    // outside manufacturing, or no division: nothing
    ['33', []],
    ['52', []],
    ['86', []],
    [null, []],
  ])('%p also reads %p', (division, related) => {
    expect(relatedDivisions(division)).toEqual(related);
  });

  it('relates manufacturing divisions (10-32) to other manufacturing divisions only', () => {
    for (const [division, related] of Object.entries(RELATED_DIVISIONS)) {
      expect(Number(division)).toBeGreaterThanOrEqual(10);
      expect(Number(division)).toBeLessThanOrEqual(32);
      for (const other of related) {
        expect(other).not.toBe(division);
        expect(Number(other)).toBeGreaterThanOrEqual(10);
        expect(Number(other)).toBeLessThanOrEqual(32);
      }
    }
  });
});

describe('resolveJobTitle with the support functions and the related divisions (decision 0050)', () => {
  const titled = (romeCode: string, label: string) => ({ code: `${romeCode}-${label}`, romeCode, label });
  const sectors = new Map<string, string[]>([
    ['I1304', ['28', '32', '33', '35', '36']],
    ['I1305', ['33']],
    ['I1401', ['62', '95']],
    ['I1310', ['33']],
    ['I1604', ['45']],
    ['I1326', ['28', '33', '84']],
    ['N1303', ['46', '49', '52']],
    ['N1301', ['49', '52']],
    ['H2504', ['10']],
    ['H2506', ['10', '11']],
    ['H1506', ['25', '71']],
    ['H1504', ['26', '27', '33', '71']],
    ['E1310', ['17', '18']],
  ]);
  const labels = new Map([
    ['10', 'Industries alimentaires'],
    ['22', 'Fabrication de produits en caoutchouc et en plastique'],
    ['29', 'Industrie automobile'],
    ['33', "Réparation et installation de machines et d'équipements"],
  ]);
  const matcher = new TitleMatcher([
    titled('I1304', 'Technicien / Technicienne de maintenance industrielle'),
    titled('I1304', "Technicien / Technicienne de maintenance d'équipements de production"),
    titled('I1305', 'Technicien / Technicienne de maintenance en électronique'),
    titled('I1401', 'Technicien / Technicienne de maintenance en informatique'),
    titled('I1310', 'Mécanicien / Mécanicienne de maintenance industrielle'),
    titled('I1604', 'Mécanicien / Mécanicienne de maintenance automobile'),
    titled('I1326', "Chef / Cheffe d'équipe de maintenance industrielle"),
    titled('N1303', "Chef / Cheffe d'équipe en entrepôt"),
    titled('N1303', 'Technicien / Technicienne logistique entrepôt'),
    titled('N1301', 'Responsable logistique'),
    titled('H2504', "Chef / Cheffe d'équipe en industrie"),
    titled('H2506', "Chef / Cheffe d'équipe en industrie alimentaire"),
    titled('H1506', 'Contrôleur / Contrôleuse qualité en mécanique et travail des métaux'),
    titled('H1504', 'Contrôleur / Contrôleuse qualité en électronique'),
    titled('E1310', 'Contrôleur / Contrôleuse qualité en industrie graphique'),
  ]).locate(sectors, labels);
  const resolve = (title: string, nafCode: string | null, service: string | null) =>
    resolveJobTitle(matcher, title, TITLE_RESOLUTION_POLICY, { nafCode, service });

  it.each<[string, string | null, string | null, string, string]>([
    // maintenance: filed under 33, read as ROME names a factory's maintenance
    ['Technicien de maintenance', '10.51C', 'Maintenance', 'I1304', 'a dairy'],
    ['TECHNICIENNE DE MAINTENANCE', '22.29A', 'SERVICE MAINTENANCE', 'I1304', 'a plastics maker'],
    ['Mécanicien', '29.32Z', 'Maintenance', 'I1310', 'a car-parts maker'],
    ['Mecanicienne', '10.51C', 'Entretien', 'I1310', 'a dairy'],
    // logistics: filed under 52, 49, 46; "entrepôt" is logistics
    ["Chef d'équipe", '29.32Z', 'Logistique', 'N1303', 'a car-parts maker'],
    ["Cheffe d'équipe", '10.51C', 'Entrepôt', 'N1303', 'a dairy'],
    // a related division: metal quality control (25) for a car-parts maker (29)
    ['Contrôleur qualité', '29.32Z', 'Qualité', 'H1506', 'metal working'],
    // two occupations of the division: the one whose title names the trade
    ["Chef d'équipe", '10.51C', 'Production', 'H2506', 'food: "... en industrie alimentaire"'],
  ])('%s at %s in %s: %s (%s)', (title, nafCode, service, romeCode) => {
    expect(resolveJobTitle(matcher, title).outcome).toBe('to_confirm');
    expect(resolve(title, nafCode, service)).toMatchObject({
      outcome: 'automatic',
      romeCode,
      byContext: true,
    });
  });

  it.each<[string, string | null, string | null, string]>([
    ['Contrôleur qualité', '10.51C', 'Qualité', 'no quality occupation in food or drink'],
    ['Contrôleur qualité', '22.29A', 'Qualité', 'none in plastics or chemistry'],
    ['Contrôleur qualité', null, 'Qualité', 'no division to relate'],
    ['Technicien de maintenance', '10.51C', null, 'no service: the function is not known'],
    ['Technicien de maintenance', '86.10Z', 'Maintenance', "a hospital's maintenance is not industrial"],
    ['Mécanicien', '10.51C', 'Production', 'not the maintenance service'],
    ["Chef d'équipe", '29.32Z', 'Production', 'no car-parts team leader'],
    ["Chef d'équipe", '29.32Z', null, 'no service: not the maintenance team leader of a related division'],
  ])('%s at %s in %s goes to the coach (%s)', (title, nafCode, service) => {
    expect(resolve(title, nafCode, service).outcome).toBe('to_confirm');
  });
});
