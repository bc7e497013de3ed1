import { hasExpired, sameOfferContent, withinReach, type OfferContent } from './job-offer';

const offer: OfferContent = {
  occupationCode: 'M1805',
  title: 'Développeur',
  communeCode: '75056',
  contractType: 'permanent',
  skillCodes: ['S1', 'S2'],
  publishedOn: '2026-06-01',
  expiresOn: '2026-07-01',
};

describe('the same offer published again', () => {
  it.each<[string, Partial<OfferContent>, boolean]>([
    ['unchanged', {}, true],
    ['another title', { title: 'Développeuse' }, false],
    ['another commune', { communeCode: '69123' }, false],
    ['another contract', { contractType: 'fixed_term' }, false],
    ['skills in another order', { skillCodes: ['S2', 'S1'] }, false],
    ['a skill more', { skillCodes: ['S1', 'S2', 'S3'] }, false],
    ['no expiry any more', { expiresOn: null }, false],
    ['another occupation', { occupationCode: 'M1806' }, false],
    ['published another day', { publishedOn: '2026-06-02' }, false],
  ])('%s: same %p', (_label, change, same) => {
    expect(sameOfferContent(offer, { ...offer, ...change })).toBe(same);
  });
});

describe('expiry', () => {
  it.each<[string | null, string, boolean]>([
    ['2026-07-01', '2026-06-30', false],
    ['2026-07-01', '2026-07-01', false],
    ['2026-07-01', '2026-07-02', true],
    [null, '2099-01-01', false],
  ])('expires %p, today %p: gone %p', (expiresOn, today, gone) => {
    expect(hasExpired(expiresOn, today)).toBe(gone);
  });
});

describe('reach', () => {
  it.each<[Parameters<typeof withinReach>[0], string, boolean]>([
    [{ kind: 'national' }, '75', true],
    [{ kind: 'departments', departments: new Set(['75', '92']) }, '92', true],
    [{ kind: 'departments', departments: new Set(['75']) }, '69', false],
  ])('%p, offer in %p: %p', (reach, department, within) => {
    expect(withinReach(reach, department)).toBe(within);
  });
});
