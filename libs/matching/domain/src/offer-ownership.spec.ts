import { mayChangeOffer, offerOwnerOffices } from './offer-ownership';

const LYON = 'lyon';
const NANTES = 'nantes';
const lyonOps = { allOffices: false, officeIds: [LYON] };
const nantesOps = { allOffices: false, officeIds: [NANTES] };
const everyOffice = { allOffices: true, officeIds: [] };

describe('who owns a job offer', () => {
  it('belongs to the offices of the ops who entered it, or to the platform', () => {
    expect(offerOwnerOffices(lyonOps)).toEqual([LYON]);
    expect(offerOwnerOffices(everyOffice)).toBeNull();
  });

  it.each([
    ['its own office', lyonOps, [LYON], true],
    ['another office', nantesOps, [LYON], false],
    ['ops of one office, on a feed offer', lyonOps, null, false],
    ['ops of every office, on an office offer', everyOffice, [LYON], true],
    ['ops of every office, on a feed offer', everyOffice, null, true],
    [
      'ops of several offices, one of them the owner',
      { allOffices: false, officeIds: [NANTES, LYON] },
      [LYON],
      true,
    ],
  ] as const)('may be changed by %s: %s', (_case, editor, owner, allowed) => {
    expect(mayChangeOffer(editor, owner)).toBe(allowed);
  });
});
