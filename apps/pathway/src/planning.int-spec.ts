import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { DomainError } from '@passerelle/shared/graphql';
import { DEFAULT_TEMPLATES, addMonths } from '@passerelle/pathway/domain';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import {
  AddMilestoneHandler,
  CompleteMilestoneHandler,
  RedateMilestoneHandler,
  RemoveMilestoneHandler,
  ReorderMilestonesHandler,
} from '@passerelle/pathway/feature-plan-editing';
import { RiskSweepRunner } from '@passerelle/pathway/feature-progress';
import { PublishTemplateHandler } from '@passerelle/pathway/feature-templates';
import { PathwayHarness, Story } from './test/pathway-test-kit';

let harness: PathwayHarness;
const TODAY = new Date('2026-11-23T09:00:00.000Z');

beforeAll(async () => {
  harness = await PathwayHarness.start('pathway_planning', TODAY);
});

afterAll(async () => {
  await harness?.stop();
});

const pathwayOf = async (story: Story) =>
  (await harness.app.get(PathwayRepository).findByCandidate(story.candidateId))!;
const milestonesOf = async (story: Story) => {
  const pathway = await pathwayOf(story);
  return harness.app.get(PathwayRepository).milestonesOf(pathway.id);
};
const byKey = async (story: Story, key: string) =>
  (await milestonesOf(story)).find((m) => m.templateKey === key)!;
const announced = async (story: Story, key: string) =>
  (await harness.outbox(story.candidateId)).filter((e) => e.key === key);

async function plannedStory(
  over: Parameters<Story['contracted']>[0] = {},
  diagnosis: Parameters<Story['diagnosed']>[0] = {},
) {
  const story = new Story(TODAY);
  await harness.deliverAll([
    story.contracted(over),
    story.enrolled(),
    story.coachAssigned(),
    story.diagnosed(diagnosis),
  ]);
  return story;
}

describe('plan generation within the contract', () => {
  it('plans at the diagnostic from the track template and announces the plan with its milestones', async () => {
    const story = await plannedStory();
    const pathway = await pathwayOf(story);
    expect(pathway).toMatchObject({
      status: 'planned',
      plannedTrack: 'direct_reemployment',
      templateVersion: 1,
      fitIssues: [],
    });
    const [planned] = await announced(story, 'PathwayPlanned.v1');
    expect(planned!.payload).toMatchObject({
      pathwayId: pathway.id,
      track: 'direct_reemployment',
      sessionsPlanned: 7,
      sessionBudget: 12,
    });
    const milestones = planned!.payload['milestones'] as {
      kind: string;
      instrumentCode: string | null;
      sessionKind: string | null;
    }[];
    expect(milestones).toHaveLength(DEFAULT_TEMPLATES.direct_reemployment.milestones.length);
    expect(milestones).toContainEqual(
      expect.objectContaining({ kind: 'assessment', instrumentCode: 'riasec-markers-48' }),
    );
    expect(milestones[0]).toMatchObject({ kind: 'session', sessionKind: 'welcome', dueOn: '2026-11-20' });
  });

  it('leaves out the sessions beyond the budget and flags each one', async () => {
    const story = await plannedStory({ sessionBudgetPerPerson: 5 });
    const pathway = await pathwayOf(story);
    expect(pathway.fitIssues.map((i) => [i.code, i.milestoneKey])).toEqual([
      ['session_budget_exceeded', 'search-review-2'],
      ['session_budget_exceeded', 'in-job-follow-up'],
    ]);
    expect((await milestonesOf(story)).filter((m) => m.kind === 'session')).toHaveLength(5);
    const [planned] = await announced(story, 'PathwayPlanned.v1');
    expect(planned!.payload).toMatchObject({ sessionsPlanned: 5, sessionBudget: 5 });
  });

  it('refuses to plan for a programme that has ended, and says why in the history', async () => {
    const story = await plannedStory({ startDate: '2024-01-01', durationMonths: 6 });
    const pathway = await pathwayOf(story);
    expect(pathway.status).toBe('draft');
    expect(pathway.planRefusal).toBe(
      'the programme ended on 2024-07-01, before the plan would start on 2026-11-13',
    );
    const history = await harness.app.get(PathwayRepository).history(pathway.id);
    expect(history.map((h) => h.action)).toEqual(['drafted', 'plan_refused']);
    expect(await announced(story, 'PathwayPlanned.v1')).toEqual([]);
  });

  it('plans people diagnosed before the terms arrived, and ignores older terms arriving late', async () => {
    const story = new Story(TODAY);
    await harness.deliverAll([story.enrolled(), story.diagnosed()]);
    expect((await pathwayOf(story)).status).toBe('draft');
    await harness.deliver(story.amended({ sessionBudgetPerPerson: 4, amendedAt: story.daysAgo(5) }));
    await harness.deliver(story.contracted({ sessionBudgetPerPerson: 12 })); // older: ignored
    expect((await pathwayOf(story)).sessionsPlanned).toBe(4);
  });
});

describe('progress from events', () => {
  it('books, misses and reaches milestones; repeated no-shows raise one at-risk alert', async () => {
    const story = await plannedStory();
    const session = '00000000-0000-4000-8000-00000000000a';
    await harness.deliver(story.booked('welcome', session, 8, 9));
    expect((await byKey(story, 'welcome')).status).toBe('booked');
    const firstNoShow = story.noShow('welcome', session, 8);
    await harness.deliverAll([firstNoShow, story.booked('welcome', `${session.slice(0, -1)}b`, 6, 7)]);
    await harness.deliver(story.noShow('welcome', `${session.slice(0, -1)}b`, 6));
    await harness.deliver(firstNoShow); // redelivered: nothing more
    const alerts = await announced(story, 'CandidateAtRisk.v1');
    expect(alerts.map((a) => [a.payload['reasons'], a.payload['urgency']])).toEqual([
      [['repeated_no_shows'], 'high'],
    ]);
    expect((await pathwayOf(story)).riskNextAction).toBe(
      'Call the person to understand the missed sessions and book the next one together',
    );

    await harness.deliver(story.completed('welcome', `${session.slice(0, -1)}c`, 4));
    expect((await byKey(story, 'welcome')).status).toBe('reached');
    const pathway = await pathwayOf(story);
    expect(pathway).toMatchObject({ sessionsUsed: 1, noShows: 2, consecutiveNoShows: 0, riskUrgency: null });
    expect(await announced(story, 'MilestoneReached.v1')).toHaveLength(1);
  });

  it('an outcome supersedes the search; the follow-up in the job completes the pathway', async () => {
    const story = await plannedStory();
    await harness.deliverAll([
      story.completed('welcome', '00000000-0000-4000-8000-000000000011', 8),
      story.assessed('riasec-markers-48', 7),
      story.released(6),
      story.outcome('permanent_contract', 3),
    ]);
    expect((await byKey(story, 'debrief')).status).toBe('reached');
    expect((await byKey(story, 'search-review-1')).status).toBe('superseded');
    expect((await byKey(story, 'in-job-follow-up')).status).toBe('open');
    expect((await pathwayOf(story)).currentPhase).toBe('follow_up_in_job');
    await harness.deliver(story.completed('follow_up', '00000000-0000-4000-8000-000000000012', 1));
    const pathway = await pathwayOf(story);
    expect(pathway.status).toBe('completed');
    const [completed] = await announced(story, 'PathwayCompleted.v1');
    expect(completed!.payload).toMatchObject({ pathwayId: pathway.id });
  });
});

describe('at risk', () => {
  it('distress is immediate until the person is seen; the periodic sweep raises inactivity and overdue milestones once', async () => {
    const story = await plannedStory({}, { distressFlag: true });
    expect((await announced(story, 'CandidateAtRisk.v1')).map((a) => a.payload['urgency'])).toEqual([
      'immediate',
    ]);
    await harness.deliver(story.completed('welcome', '00000000-0000-4000-8000-000000000021', 9));
    expect((await pathwayOf(story)).riskUrgency).toBeNull();

    // The clock's memory is the database: when the next check is due is stored with the pathway.
    const nextCheck = (await pathwayOf(story)).riskNextCheckAt!;
    expect(nextCheck.getTime()).toBeGreaterThan(TODAY.getTime() - 60_000);
    const sweeper = harness.app.get(RiskSweepRunner);
    const later = new Date(new Date(story.daysAgo(-40)).getTime());
    expect(await sweeper.sweep(later)).toBeGreaterThanOrEqual(1);
    const alerts = await announced(story, 'CandidateAtRisk.v1');
    expect(alerts.at(-1)!.payload).toMatchObject({
      reasons: ['inactivity', 'overdue_milestones'],
      urgency: 'high',
    });
    const pathway = await pathwayOf(story);
    expect(pathway.riskNextAction).toMatch(/^Contact the person: nothing has happened for 48 days/);
    expect(pathway.riskNextCheckAt!.getTime()).toBeGreaterThan(later.getTime());
    // Not every tick: a second sweep at the same time finds nothing due and emits nothing.
    await sweeper.sweep(later);
    expect(await announced(story, 'CandidateAtRisk.v1')).toHaveLength(alerts.length);
  });
});

describe('a person paused, back, exited', () => {
  it('holds the plan and the risk while paused, moves open milestones by the pause on return, and counts inactivity from then', async () => {
    const story = await plannedStory({}, { distressFlag: true });
    expect((await pathwayOf(story)).riskUrgency).toBe('immediate');
    const before = await milestonesOf(story);

    // Paused 30 days ago for 25 days: no risk while away, even in distress, and no sweep picks it up.
    await harness.deliver(story.statusChanged('active', 'paused', 'illness', 30));
    const paused = await pathwayOf(story);
    expect(paused).toMatchObject({ candidateStatus: 'paused', riskUrgency: null, riskNextCheckAt: null });
    // The distress flag raised before is announced over, so lists of people at risk drop them.
    expect(await announced(story, 'CandidateRiskCleared.v1')).toHaveLength(1);
    const alerts = (await announced(story, 'CandidateAtRisk.v1')).length;
    await harness.app.get(RiskSweepRunner).sweep(new Date(story.daysAgo(-60)));
    expect(await announced(story, 'CandidateAtRisk.v1')).toHaveLength(alerts);
    expect((await pathwayOf(story)).riskUrgency).toBeNull();
    // A diagnostic arriving while paused changes the track but plans nothing yet.
    await harness.deliver(story.diagnosed({ track: 'retraining', diagnosedAt: story.daysAgo(7) }));
    expect((await pathwayOf(story)).plannedTrack).toBe('direct_reemployment');

    await harness.deliver(story.statusChanged('paused', 'active', 'returned', 5));
    const back = await pathwayOf(story);
    expect(back).toMatchObject({ candidateStatus: 'active', pausedAt: null, plannedTrack: 'retraining' });
    expect(back.resumedAt?.toISOString()).toBe(story.daysAgo(5));
    const history = await harness.app.get(PathwayRepository).history(back.id);
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['paused', 'resumed', 'replanned']));
    expect(history.find((h) => h.action === 'resumed')?.details).toMatchObject({ pausedDays: 25 });
    // The re-plan on return starts from the diagnostic's window; what the coach had not touched
    // before the pause is replaced, so dates are those of the new plan.
    expect((await milestonesOf(story)).length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);
    // Assessed again once back (the new diagnostic flags no distress), inactivity counted from the
    // return: nothing is due now, the next look is set again.
    const assessed = await pathwayOf(story);
    expect(assessed.riskUrgency).toBeNull();
    expect(assessed.riskNextCheckAt!.getTime()).toBeGreaterThan(TODAY.getTime());
  });

  it('moves the open milestones by the length of the pause, and an older change arriving late changes nothing', async () => {
    const story = await plannedStory();
    const due = async () => new Map((await milestonesOf(story)).map((m) => [m.id, m.dueOn]));
    const before = await due();
    await harness.deliver(story.statusChanged('active', 'paused', 'training', 9));
    await harness.deliver(story.statusChanged('paused', 'active', 'returned', 2));
    const after = await due();
    const moved = [...before].filter(([id, dueOn]) => after.get(id) !== dueOn);
    expect(moved.length).toBeGreaterThan(0);
    for (const [id, dueOn] of moved) {
      expect(Date.parse(after.get(id)!) - Date.parse(dueOn)).toBe(7 * 86_400_000);
    }
    const plans = await announced(story, 'PathwayPlanned.v1');
    expect(plans.length).toBeGreaterThanOrEqual(2);
    await harness.deliver(story.statusChanged('active', 'paused', 'illness', 8));
    expect((await pathwayOf(story)).candidateStatus).toBe('active');
  });

  it('an exited person is not flagged at risk', async () => {
    const story = await plannedStory({}, { distressFlag: true });
    await harness.deliver(story.statusChanged('active', 'exited', 'withdrawal', 1));
    expect(await pathwayOf(story)).toMatchObject({ candidateStatus: 'exited', riskUrgency: null });
  });
});

describe('amended terms', () => {
  it('re-date existing plans to a new end of the programme, flag what an end already past cannot take, and leave dates alone when it moves later', async () => {
    const story = await plannedStory();
    const start = story.dateDaysAgo(20);
    const endIn = (months: number) => addMonths(start, months);
    const openDue = async () =>
      (await milestonesOf(story)).filter((m) => m.status !== 'reached').map((m) => m.dueOn);
    expect((await openDue()).some((dueOn) => dueOn > endIn(1))).toBe(true);

    // Shortened to one month: every open step due later comes back to the new end.
    await harness.deliver(story.amended({ durationMonths: 1, amendedAt: story.daysAgo(3) }));
    const shortened = await pathwayOf(story);
    expect(shortened.planEndOn).toBe(endIn(1));
    expect((await openDue()).every((dueOn) => dueOn <= endIn(1))).toBe(true);
    expect(shortened.fitIssues.map((issue) => issue.code)).toContain('redated_to_programme_end');
    const history = await harness.app.get(PathwayRepository).history(shortened.id);
    expect(history.at(-1)?.action).toBe('redated_for_terms');
    expect((await announced(story, 'PathwayPlanned.v1')).length).toBeGreaterThanOrEqual(2);

    // An end already past: nothing is moved into the past, each open step is flagged for the coach.
    await harness.deliver(
      story.amended({ startDate: story.dateDaysAgo(400), durationMonths: 12, amendedAt: story.daysAgo(2) }),
    );
    const ended = await pathwayOf(story);
    expect(ended.fitIssues.map((issue) => issue.code)).toContain('not_redated_programme_ended');
    expect(ended.fitIssues.map((issue) => issue.code)).not.toContain('redated_to_programme_end');

    // Extended: the plan's end follows, the dates the coach has stay, the flags go.
    const before = await openDue();
    await harness.deliver(story.amended({ durationMonths: 18, amendedAt: story.daysAgo(1) }));
    const extended = await pathwayOf(story);
    expect(extended.planEndOn).toBe(endIn(18));
    expect(await openDue()).toEqual(before);
    expect(extended.fitIssues.filter((issue) => issue.code.includes('redated'))).toEqual([]);
  });
});

describe('coach customisation', () => {
  const coach = (story: Story): Identity => ({
    subject: 'coach-amel',
    role: 'coach',
    coachId: story.coachId,
    officeIds: [story.officeId],
  });
  // One use case per edit; the test names each by its type.
  const HANDLERS = {
    add: AddMilestoneHandler,
    remove: RemoveMilestoneHandler,
    reorder: ReorderMilestonesHandler,
    redate: RedateMilestoneHandler,
    complete: CompleteMilestoneHandler,
  };
  const change = (
    story: Story,
    { type, ...command }: { type: keyof typeof HANDLERS } & Record<string, unknown>,
  ) =>
    harness.app.get<{ execute(command: object): Promise<void> }>(HANDLERS[type]).execute({
      candidateId: story.candidateId,
      actor: coach(story),
      now: TODAY,
      ...command,
    });

  it('adds, re-dates, reorders, removes and completes milestones with reasons, all in the history', async () => {
    const story = await plannedStory({ sessionBudgetPerPerson: 7 });
    const welcome = await byKey(story, 'welcome');

    await expect(
      change(story, {
        type: 'add',
        phase: 'job_search',
        kind: 'session',
        title: 'Extra review',
        dueOn: '2027-02-01',
        sessionKind: 'follow_up',
        instrumentCode: null,
        dependsOn: [],
        afterMilestoneId: null,
        reason: 'asked for more',
      }),
    ).rejects.toMatchObject({
      code: 'SESSION_BUDGET_EXCEEDED',
      message: 'the plan already has 7 session(s) for a budget of 7: remove or replace a session instead',
    });

    await change(story, {
      type: 'add',
      phase: 'job_search',
      kind: 'task',
      title: 'Visit the job fair',
      dueOn: '2027-01-15',
      sessionKind: null,
      instrumentCode: null,
      dependsOn: [],
      afterMilestoneId: welcome.id,
      reason: 'a fair in Lyon suits her target',
    });
    const added = (await milestonesOf(story)).find((m) => m.origin === 'coach')!;
    expect(added.position).toBe(2);

    await expect(
      change(story, { type: 'redate', milestoneId: added.id, dueOn: '2028-01-01', reason: 'later' }),
    ).rejects.toMatchObject({ code: 'BEYOND_PROGRAMME_END' });
    await change(story, { type: 'redate', milestoneId: added.id, dueOn: '2027-01-20', reason: 'fair moved' });

    const ids = (await milestonesOf(story)).map((m) => m.id);
    await change(story, {
      type: 'reorder',
      milestoneIds: [...ids.slice(1), ids[0]],
      reason: 'welcome last, for the test',
    });
    expect((await milestonesOf(story)).at(-1)!.id).toBe(ids[0]);
    await expect(
      change(story, { type: 'reorder', milestoneIds: ids.slice(1), reason: 'x' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: `milestoneIds: missing ${ids[0]}` });

    const cv = await byKey(story, 'cv');
    await change(story, { type: 'remove', milestoneId: cv.id, reason: 'CV already up to date' });
    expect((await milestonesOf(story)).some((m) => m.id === cv.id)).toBe(false);
    expect((await byKey(story, 'search-plan')).dependsOn).not.toContain(cv.id);

    await change(story, { type: 'complete', milestoneId: added.id, reason: 'she went' });
    expect((await milestonesOf(story)).find((m) => m.id === added.id)!.status).toBe('reached');
    await expect(
      change(story, { type: 'complete', milestoneId: welcome.id, reason: 'x' }),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(
      change(story, { type: 'remove', milestoneId: cv.id, reason: 'again' }),
    ).rejects.toMatchObject({ code: 'MILESTONE_NOT_FOUND' });
    await expect(
      change(story, { type: 'remove', milestoneId: added.id, reason: '  ' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    const history = await harness.app.get(PathwayRepository).history((await pathwayOf(story)).id);
    expect(history.map((h) => [h.action, h.actor, h.reason])).toEqual([
      ['drafted', 'system', null],
      ['planned', 'system', null],
      ['milestone_added', 'coach-amel', 'a fair in Lyon suits her target'],
      ['milestone_redated', 'coach-amel', 'fair moved'],
      ['milestones_reordered', 'coach-amel', 'welcome last, for the test'],
      ['milestone_removed', 'coach-amel', 'CV already up to date'],
      ['milestone_completed', 'coach-amel', 'she went'],
    ]);
    // Each change to the milestones re-announces the plan (scheduling and assessment follow it).
    expect(await announced(story, 'PathwayPlanned.v1')).toHaveLength(5);
    expect((await announced(story, 'MilestoneReached.v1')).map((e) => e.payload['milestoneId'])).toEqual([
      added.id,
    ]);
  });
});

describe('a coach overriding the track', () => {
  it('re-plans from the new track, keeps what the coach added and what the person already did', async () => {
    const story = await plannedStory();
    await harness.deliver(story.completed('welcome', '00000000-0000-4000-8000-000000000041', 9));
    await harness.app.get(AddMilestoneHandler).execute({
      candidateId: story.candidateId,
      actor: { subject: 'coach-amel', role: 'coach', coachId: story.coachId, officeIds: [story.officeId] },
      now: TODAY,
      phase: 'exploring_options',
      kind: 'task',
      title: 'Meet a training adviser',
      dueOn: '2026-12-15',
      sessionKind: null,
      instrumentCode: null,
      dependsOn: [],
      afterMilestoneId: null,
      reason: 'she is thinking about retraining',
    });
    await harness.deliver(
      story.diagnosed({ track: 'retraining', source: 'coach_override', diagnosedAt: story.daysAgo(2) }),
    );
    await harness.deliver(story.diagnosed({ track: 'business_creation', diagnosedAt: story.daysAgo(4) })); // older: ignored

    const pathway = await pathwayOf(story);
    expect(pathway).toMatchObject({ track: 'retraining', plannedTrack: 'retraining', status: 'planned' });
    const milestones = await milestonesOf(story);
    expect(milestones.find((m) => m.templateKey === 'values')).toBeDefined(); // retraining's own step
    expect(milestones.at(-1)).toMatchObject({ origin: 'coach', title: 'Meet a training adviser' });
    expect(milestones.find((m) => m.templateKey === 'welcome')!.status).toBe('reached');
    const history = await harness.app.get(PathwayRepository).history(pathway.id);
    expect(history.map((h) => h.action)).toEqual(['drafted', 'planned', 'milestone_added', 'replanned']);
    const plans = await announced(story, 'PathwayPlanned.v1');
    expect(plans.map((p) => p.payload['track'])).toEqual([
      'direct_reemployment',
      'direct_reemployment',
      'retraining',
    ]);
  });
});

describe('templates', () => {
  it('an edit is a new version; plans keep the version they were made from', async () => {
    const before = await plannedStory({}, { track: 'retraining' });
    const publish = harness.app.get(PublishTemplateHandler);
    const template = structuredClone(DEFAULT_TEMPLATES.retraining);
    template.milestones[0]!.dependsOn = ['nope'];
    const opsForAllOffices: Identity = { subject: 'ops-1', role: 'ops', officeIds: [], allOffices: true };
    const opsOfOneOffice: Identity = {
      subject: 'ops-2',
      role: 'ops',
      officeIds: [randomUUID()],
      allOffices: false,
    };
    await expect(publish.execute(opsOfOneOffice, { template, note: null, now: TODAY })).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    await expect(
      publish.execute(opsForAllOffices, { template, note: null, now: TODAY }),
    ).rejects.toMatchObject({
      code: 'INVALID_TEMPLATE',
      message: 'milestones[0].dependsOn[0]: no milestone has the key "nope"',
    });
    template.milestones[0]!.dependsOn = [];
    template.milestones[0]!.dueOffsetDays = 3;
    const v2 = await publish.execute(opsForAllOffices, {
      template,
      note: 'welcome within 3 days',
      now: TODAY,
    });
    expect(v2).toMatchObject({ version: 2, createdBy: 'ops-1' });
    const after = await plannedStory({}, { track: 'retraining' });
    expect((await pathwayOf(before)).templateVersion).toBe(1);
    expect((await pathwayOf(after)).templateVersion).toBe(2);
    expect((await byKey(after, 'welcome')).dueOn).toBe('2026-11-16');
    expect((await byKey(before, 'welcome')).dueOn).toBe('2026-11-20');
  });
});

describe('erasure', () => {
  it('forgets the person, and a late event does not bring them back', async () => {
    const story = await plannedStory();
    await harness.deliver(story.erased());
    await harness.deliverAll([
      story.completed('welcome', '00000000-0000-4000-8000-000000000031', 5),
      story.diagnosed({ diagnosedAt: story.daysAgo(1) }),
      story.enrolled(),
    ]);
    const left = await harness.dataSource.query(
      `SELECT (SELECT count(*) FROM pathway WHERE candidate_id = $1) AS pathways,
              (SELECT count(*) FROM pathway_fact WHERE candidate_id = $1) AS facts,
              (SELECT count(*) FROM milestone m WHERE m.pathway_id NOT IN (SELECT id FROM pathway)) AS orphans`,
      [story.candidateId],
    );
    expect(left).toEqual([{ pathways: '0', facts: '0', orphans: '0' }]);
  });
});
