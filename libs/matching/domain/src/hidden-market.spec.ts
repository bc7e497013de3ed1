import { hiddenMarket } from './hidden-market';

describe('hiddenMarket', () => {
  const recommendations = [
    { occupationCode: 'N1103', label: 'Magasinier', proximity: 'same' as const },
    { occupationCode: 'N4105', label: 'Livreur', proximity: 'close' as const },
    { occupationCode: 'K2111', label: 'Formateur', proximity: 'off_track' as const },
    { occupationCode: 'D1106', label: 'Vendeur', proximity: 'off_track' as const },
    { occupationCode: 'M1805', label: 'Développeur', proximity: 'off_track' as const },
  ];
  const demand: Record<string, { projects: number; hardToFill: number }> = {
    N1103: { projects: 5000, hardToFill: 4000 },
    N4105: { projects: 900, hardToFill: 100 },
    K2111: { projects: 40, hardToFill: 30 },
    D1106: { projects: 100, hardToFill: 10 },
  };

  it('keeps other occupations with many projects or mostly hard-to-fill ones, most in demand first', () => {
    expect(hiddenMarket(recommendations, (code) => demand[code] ?? null, 500)).toEqual([
      {
        occupationCode: 'N4105',
        label: 'Livreur',
        proximity: 'close',
        projects: 900,
        hardToFillShare: 0.111,
      },
      {
        occupationCode: 'K2111',
        label: 'Formateur',
        proximity: 'off_track',
        projects: 40,
        hardToFillShare: 0.75,
      },
    ]);
  });
});
