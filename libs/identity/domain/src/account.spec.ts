import { accessTokenClaims, type AccountForClaims } from './account';

const base: AccountForClaims = {
  id: 'a1',
  role: 'ops',
  candidateId: null,
  coachId: null,
  officeIds: [],
  allOffices: false,
  sponsorIds: [],
};
const CANDIDATE = '0193a8a4-7c1e-7000-8000-000000000001';
const COACH = '0193a8a4-7c1e-7000-8000-000000000002';
const OFFICE = '0193a8a4-7c1e-7000-8000-000000000003';
const SPONSOR = '0193a8a4-7c1e-7000-8000-000000000004';

describe('accessTokenClaims', () => {
  it.each<[string, Partial<AccountForClaims>, Record<string, unknown> | null]>([
    [
      'a candidate',
      { role: 'candidate', candidateId: CANDIDATE },
      { role: 'candidate', candidate_id: CANDIDATE },
    ],
    ['a candidate not yet linked to a person', { role: 'candidate' }, null],
    [
      'a coach and their offices',
      { role: 'coach', coachId: COACH, officeIds: [OFFICE] },
      { role: 'coach', coach_id: COACH, office_ids: [OFFICE] },
    ],
    ['a coach with no coach id', { role: 'coach', officeIds: [OFFICE] }, null],
    ['ops of one office', { officeIds: [OFFICE] }, { role: 'ops', office_ids: [OFFICE], all_offices: false }],
    ['ops of every office', { allOffices: true }, { role: 'ops', office_ids: [], all_offices: true }],
    ['sponsor HR', { role: 'sponsor', sponsorIds: [SPONSOR] }, { role: 'sponsor', sponsor_ids: [SPONSOR] }],
    ['sponsor HR of no sponsor', { role: 'sponsor' }, null],
    [
      'a committee member',
      { role: 'committee', sponsorIds: [SPONSOR] },
      { role: 'committee', sponsor_ids: [SPONSOR] },
    ],
    ['a committee member of no sponsor', { role: 'committee' }, null],
  ])('%s', (_case, account, expected) => {
    expect(accessTokenClaims({ ...base, ...account })).toEqual(expected);
  });
});
