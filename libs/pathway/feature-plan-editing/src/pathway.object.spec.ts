import type { Identity } from '@passerelle/shared/auth';
import type { MilestoneEntity, PathwayEntity, ProgrammeTermsEntity } from '@passerelle/pathway/data-access';
import { toPathwayObject } from './pathway.object';

const pathway = {
  id: 'p1',
  candidateId: 'c1',
  programmeId: 'prog',
  status: 'planned',
  createdAt: new Date('2026-11-01T00:00:00Z'),
  track: 'retraining',
  plannedAt: new Date('2026-11-02T00:00:00Z'),
  planStartOn: '2026-11-02',
  planEndOn: '2027-11-01',
  templateId: 't1',
  templateVersion: 2,
  fitIssues: [],
  planRefusal: null,
  completedAt: null,
  currentPhase: 'exploring_options',
  sessionsUsed: 3,
  riskUrgency: 'immediate',
  riskFindings: [{ reason: 'distress', detail: 'the diagnostic flagged distress' }],
  riskNextAction: 'Call the person today',
  riskDetectedAt: new Date('2026-11-03T00:00:00Z'),
} as unknown as PathwayEntity;
const session = (id: string) =>
  ({
    id,
    kind: 'session',
    phase: 'job_search',
    status: 'open',
    sessionKind: 'follow_up',
    origin: 'template',
    dependsOn: [],
  }) as unknown as MilestoneEntity;
const terms = (budget: number) => ({ sessionBudgetPerPerson: budget }) as ProgrammeTermsEntity;

const readers: [string, Identity, boolean][] = [
  ['the person', { subject: 's', role: 'candidate', candidateId: 'c1' }, false],
  ['their coach', { subject: 's', role: 'coach', coachId: 'k', officeIds: [] }, true],
  ['ops', { subject: 's', role: 'ops', officeIds: [], allOffices: true }, true],
];

describe('the plan as a reader sees it', () => {
  it.each(readers)('%s: risk shown = %s', (_who, reader, riskShown) => {
    const object = toPathwayObject(pathway, [session('a')], terms(10), reader);
    expect(object.risk !== null).toBe(riskShown);
    if (riskShown)
      expect(object.risk).toMatchObject({ urgency: 'IMMEDIATE', reasons: [{ reason: 'DISTRESS' }] });
  });

  it.each<
    [
      number,
      number,
      { budget: number; planned: number; used: number; remaining: number; overCommitted: boolean },
    ]
  >([
    [10, 2, { budget: 10, planned: 2, used: 3, remaining: 7, overCommitted: false }],
    [2, 3, { budget: 2, planned: 3, used: 3, remaining: 0, overCommitted: true }],
  ])('budget %i with %i sessions planned', (budget, planned, expected) => {
    const milestones = Array.from({ length: planned }, (_, i) => session(`m${i}`));
    expect(toPathwayObject(pathway, milestones, terms(budget), readers[1]![1]).budget).toEqual(expected);
  });

  it('has no budget until the programme terms are known', () => {
    expect(toPathwayObject(pathway, [], null, readers[1]![1]).budget).toBeNull();
  });
});
