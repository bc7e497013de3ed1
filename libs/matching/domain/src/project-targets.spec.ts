import { sampleCatalogue } from './fixtures/sample-catalogue';
import type { JobOffer } from './job-offer';
import { rankPersonOffers, type PersonOffersInput } from './person-offers';
import { leadTargets, projectTargetsAfter, type ProjectTargets } from './project-targets';

const NONE: ProjectTargets = { version: null, occupationCodes: [] };

describe('project targets', () => {
  it.each<[string, ProjectTargets, { version: number; occupationCodes: string[] }, ProjectTargets | null]>([
    [
      'the first validation sets them',
      NONE,
      { version: 1, occupationCodes: ['M1805'] },
      { version: 1, occupationCodes: ['M1805'] },
    ],
    [
      'a newer version replaces them',
      { version: 1, occupationCodes: ['M1805'] },
      { version: 2, occupationCodes: ['N1301', 'N1103'] },
      { version: 2, occupationCodes: ['N1301', 'N1103'] },
    ],
    [
      'a newer version with no target empties them',
      { version: 1, occupationCodes: ['M1805'] },
      { version: 2, occupationCodes: [] },
      { version: 2, occupationCodes: [] },
    ],
    [
      'the same version again: nothing',
      { version: 2, occupationCodes: ['M1805'] },
      { version: 2, occupationCodes: ['N1301'] },
      null,
    ],
    [
      'an older version arriving late: nothing',
      { version: 3, occupationCodes: ['M1805'] },
      { version: 2, occupationCodes: ['N1301'] },
      null,
    ],
    [
      'codes trimmed, upper case, each once, non-ROME left out',
      NONE,
      { version: 1, occupationCodes: [' m1805', 'M1805', 'N1301', 'X12', '12345'] },
      { version: 1, occupationCodes: ['M1805', 'N1301'] },
    ],
  ])('%s', (_label, current, incoming, expected) => {
    expect(projectTargetsAfter(current, incoming)).toEqual(expected);
  });
});

describe('what the leads search for', () => {
  const recommendations = [
    { occupationCode: 'N1103', rank: 1, score: 0.8, proximity: 'same' as const },
    { occupationCode: 'N1301', rank: 2, score: 0.4, proximity: 'close' as const },
  ];
  it.each<[string, string[], [string, number, boolean][]]>([
    [
      'no project: the suggestions as ranked',
      [],
      [
        ['N1103', 0.8, false],
        ['N1301', 0.4, false],
      ],
    ],
    [
      'the project first, as good as the best suggestion; a suggestion it names once',
      ['M1805', 'N1301'],
      [
        ['M1805', 0.8, true],
        ['N1301', 0.8, true],
        ['N1103', 0.8, false],
      ],
    ],
  ])('%s', (_label, project, expected) => {
    expect(
      leadTargets(recommendations, project).map((t) => [t.occupationCode, t.score, t.fromProject]),
    ).toEqual(expected);
  });

  it('a project without any suggestion yet: its targets alone, a full fit', () => {
    expect(leadTargets([], ['M1805'])).toEqual([
      { occupationCode: 'M1805', score: 1, rank: null, proximity: null, fromProject: true },
    ]);
  });
});

describe('offers for a project target', () => {
  const offer = (id: string, occupationCode: string): JobOffer => ({
    id,
    occupationCode,
    title: `Offre ${id}`,
    communeCode: '00000',
    departmentCode: '69',
    regionCode: '',
    contractType: 'permanent',
    skillCodes: ['stock', 'inventory', 'team'],
    publishedOn: '2026-11-20',
    expiresOn: null,
  });
  const base: PersonOffersInput = {
    candidateId: 'p1',
    profile: { formerOccupationCode: 'N1103', track: null, hollandCode: [], ratedSkills: [] },
    recommendations: [
      { occupationCode: 'N1103', rank: 1, score: 0.9, proximity: 'same' },
      { occupationCode: 'N1301', rank: 2, score: 0.3, proximity: 'close' },
    ],
    feedback: [],
    searchDepartments: [],
    offers: [offer('same', 'N1103'), offer('close', 'N1301'), offer('dev', 'M1805')],
    previous: [],
  };
  const ranked = (projectTargets: string[]) =>
    rankPersonOffers({ ...base, projectTargets }, sampleCatalogue(), 20)!;

  it('an offer of a target the suggestions lack becomes a lead, said to be from the project', () => {
    expect(ranked([]).map((o) => o.offerId)).toEqual(['same', 'close']);
    const withProject = ranked(['M1805']);
    expect(withProject.map((o) => o.offerId)).toContain('dev');
    expect(withProject.find((o) => o.offerId === 'dev')!.explanation).toContain(
      'un métier visé par votre projet professionnel',
    );
  });

  it('a suggestion the project names ranks higher than without it', () => {
    const rankOf = (project: string[]) => ranked(project).find((o) => o.offerId === 'close')!.rank;
    expect(rankOf(['N1301'])).toBeLessThan(rankOf([]));
  });
});
