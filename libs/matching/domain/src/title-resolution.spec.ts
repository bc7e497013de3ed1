import { SAMPLE_TITLES } from './fixtures/sample-catalogue';
import { TitleMatcher } from './title-matcher';
import { resolveJobTitle, TITLE_RESOLUTION_POLICY, withoutHrNoise } from './title-resolution';

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
