import { staffAccountRefusal } from './staff-accounts';

const LYON = 'lyon';
const PARIS = 'paris';
const ops = (officeIds: string[], allOffices = false) => ({
  role: 'ops' as const,
  officeIds,
  allOffices,
  sponsorIds: [],
});

describe('staffAccountRefusal', () => {
  it.each([
    ['ops of Lyon opens an ops account in Lyon', { officeIds: [LYON], allOffices: false }, ops([LYON]), null],
    [
      'ops of Lyon cannot open one in Paris',
      { officeIds: [LYON], allOffices: false },
      ops([LYON, PARIS]),
      'OUTSIDE_YOUR_OFFICES',
    ],
    [
      'ops of Lyon cannot open an all-office account',
      { officeIds: [LYON], allOffices: false },
      ops([], true),
      'OUTSIDE_YOUR_OFFICES',
    ],
    ['all-office ops open any ops account', { officeIds: [], allOffices: true }, ops([PARIS]), null],
    ['an ops account serves some office', { officeIds: [], allOffices: true }, ops([]), 'OFFICES_REQUIRED'],
    [
      'a sponsor account names its sponsors',
      { officeIds: [], allOffices: true },
      { role: 'sponsor' as const, officeIds: [], allOffices: false, sponsorIds: [] },
      'SPONSORS_REQUIRED',
    ],
    [
      'only all-office ops open a sponsor account',
      { officeIds: [LYON], allOffices: false },
      { role: 'sponsor' as const, officeIds: [], allOffices: false, sponsorIds: ['acme'] },
      'OUTSIDE_YOUR_OFFICES',
    ],
    [
      'a committee member account names its sponsors',
      { officeIds: [], allOffices: true },
      { role: 'committee' as const, officeIds: [], allOffices: false, sponsorIds: [] },
      'SPONSORS_REQUIRED',
    ],
    [
      'only all-office ops open a committee member account',
      { officeIds: [LYON], allOffices: false },
      { role: 'committee' as const, officeIds: [], allOffices: false, sponsorIds: ['acme'] },
      'OUTSIDE_YOUR_OFFICES',
    ],
    [
      'all-office ops open a committee member account',
      { officeIds: [], allOffices: true },
      { role: 'committee' as const, officeIds: [], allOffices: false, sponsorIds: ['acme'] },
      null,
    ],
    [
      'coaches come with the coach, not from here',
      { officeIds: [], allOffices: true },
      { role: 'coach' as const, officeIds: [LYON], allOffices: false, sponsorIds: [] },
      'ROLE_NOT_STAFF',
    ],
  ])('%s', (_label, actor, request, refusal) => {
    expect(staffAccountRefusal(actor, request)).toBe(refusal);
  });
});
