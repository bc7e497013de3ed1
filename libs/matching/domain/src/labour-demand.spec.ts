import type { LabourDemand } from './catalogue';
import { demandScale, hardToFillShare, totalDemand } from './labour-demand';

const demand = (...projects: number[]) =>
  new Map<string, LabourDemand>(projects.map((p, i) => [`M${1000 + i}`, { projects: p, hardToFill: 0 }]));

describe('the demand scale of an area', () => {
  it.each<[string, Map<string, LabourDemand>, number]>([
    ['no figures', demand(), 1],
    ['one occupation', demand(40), 40],
    ['ten occupations: the ninth of ten', demand(1, 2, 3, 4, 5, 6, 7, 8, 90, 100), 100],
    ['unsorted figures', demand(100, 1, 90, 2, 3, 4, 5, 6, 7, 8), 100],
    ['twenty occupations', demand(...Array.from({ length: 20 }, (_, i) => i + 1)), 19],
    ['only zeros: at least one', demand(0, 0, 0), 1],
  ])('%s: %p', (_label, figures, scale) => {
    expect(demandScale(figures)).toBe(scale);
  });
});

describe('hard-to-fill share', () => {
  it.each([
    [0, 0, 0],
    [3, 1, 0.333],
    [3, 2, 0.667],
    [10, 10, 1],
    [0, 4, 0],
  ])('%p projects, %p hard to fill: %p', (projects, hard, share) => {
    expect(hardToFillShare(projects, hard)).toBe(share);
  });
});

describe('total demand over BMO families', () => {
  it.each<[string, LabourDemand[], ReturnType<typeof totalDemand>]>([
    ['none', [], { projects: 0, hardToFill: 0, hardToFillShare: 0 }],
    [
      'two families',
      [
        { projects: 10, hardToFill: 5 },
        { projects: 20, hardToFill: 5 },
      ],
      { projects: 30, hardToFill: 10, hardToFillShare: 0.333 },
    ],
  ])('%s', (_label, families, total) => {
    expect(totalDemand(families)).toEqual(total);
  });
});
