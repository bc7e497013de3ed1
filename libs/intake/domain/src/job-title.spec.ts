import { jobTitleVariants, normaliseJobTitle } from './job-title';

describe('normaliseJobTitle', () => {
  it.each([
    ['Technicienne réseaux', 'technicienne reseaux'],
    ['  TECHNICIENNE   RÉSEAUX ', 'technicienne reseaux'],
    ["Chef d'équipe", 'chef d equipe'],
    ['Cœur de métier', 'coeur de metier'],
  ])('%j -> %j', (input, expected) => expect(normaliseJobTitle(input)).toBe(expected));
});

describe('jobTitleVariants', () => {
  it.each([
    [
      'Abatteur / Abatteuse de carrière',
      ['abatteur abatteuse de carriere', 'abatteuse de carriere', 'abatteur de carriere'],
    ],
    [
      'Accastilleur-gréeur / Accastilleuse-gréeuse',
      ['accastilleur greeur accastilleuse greeuse', 'accastilleuse greeuse', 'accastilleur greeur'],
    ],
    ['Cariste', ['cariste']],
  ])('%j', (label, expected) => expect(jobTitleVariants(label)).toEqual(expected));
});
