import type { AnyEvent } from '@passerelle/shared/contracts';
import { PathwayHarness, Story, permutations } from './test/pathway-test-kit';

let harness: PathwayHarness;
const TODAY = new Date('2026-11-23T09:00:00.000Z');

beforeAll(async () => {
  harness = await PathwayHarness.start('pathway_order', TODAY);
});

afterAll(async () => {
  await harness?.stop();
});

/**
 * The plan as stored, with what differs by construction between two people (their ids, when the
 * service happened to process the events) replaced by what it stands for: milestones by their
 * template key, causes by the event that was delivered.
 */
async function planState(story: Story, labels: Map<string, string>) {
  const [pathway] = await harness.dataSource.query(
    `SELECT *, plan_start_on::text AS start_text, plan_end_on::text AS end_text FROM pathway WHERE candidate_id = $1`,
    [story.candidateId],
  );
  const milestones: Record<string, unknown>[] = await harness.dataSource.query(
    `SELECT *, due_on::text AS due_text FROM milestone WHERE pathway_id = $1 ORDER BY position`,
    [pathway?.id],
  );
  const keyOf = new Map(milestones.map((m) => [m['id'] as string, m['template_key'] as string]));
  const outbox = await harness.outbox(story.candidateId);
  return {
    pathway: pathway && {
      status: pathway.status,
      track: pathway.track,
      plannedTrack: pathway.planned_track,
      templateVersion: pathway.template_version,
      planStartOn: pathway.start_text,
      planEndOn: pathway.end_text,
      sessionsPlanned: pathway.sessions_planned,
      fitIssues: pathway.fit_issues,
      revision: pathway.revision,
      sessionsUsed: pathway.sessions_used,
      noShows: pathway.no_shows,
      consecutiveNoShows: pathway.consecutive_no_shows,
      lastActivityAt: pathway.last_activity_at?.toISOString() ?? null,
      currentPhase: pathway.current_phase,
      outcome: pathway.outcome_category,
      completedAt: pathway.completed_at?.toISOString() ?? null,
      risk: [pathway.risk_urgency, pathway.risk_findings],
    },
    milestones: milestones.map((m) => ({
      key: m['template_key'],
      position: m['position'],
      dueOn: m['due_text'],
      status: m['status'],
      reachedAt: (m['reached_at'] as Date | null)?.toISOString() ?? null,
      cause: labels.get(m['cause_event_id'] as string) ?? m['cause_event_id'],
      bookedSession: m['booked_session_id'],
      noShows: m['no_shows'],
      announced: m['announced_at'] !== null,
      dependsOn: (m['depends_on'] as string[]).map((id) => keyOf.get(id)),
    })),
    // What was announced. CandidateAtRisk is a point-in-time alert, compared separately.
    announced: outbox
      .filter((e) => e.key !== 'CandidateAtRisk.v1')
      .map((e) =>
        e.key === 'MilestoneReached.v1' ? `${e.key}:${keyOf.get(e.payload['milestoneId'] as string)}` : e.key,
      )
      .sort(),
  };
}

/** One realistic beginning: six events from three topics, each label naming what happened. */
function realisticStory(): { story: Story; events: [string, AnyEvent][] } {
  const story = new Story(TODAY);
  return {
    story,
    events: [
      ['contracted', story.contracted()],
      ['enrolled', story.enrolled()],
      ['diagnosed', story.diagnosed()],
      ['coach assigned', story.coachAssigned()],
      ['welcome completed', story.completed('welcome', '00000000-0000-4000-8000-000000000001', 9)],
      ['riasec completed', story.assessed('riasec-markers-48', 6)],
    ],
  };
}

/**
 * Plays a new person's story once per order, each event delivered twice (the whole sequence, then
 * again: redeliveries the inbox must absorb), and expects every order to end in the first order's
 * plan state, which it returns. Six people at a time: the orders are independent people, as on a
 * real broker.
 */
async function sameStateInEveryOrder(
  orders: number[][],
  newStory: () => Promise<{ story: Story; events: [string, AnyEvent][] }>,
): Promise<Awaited<ReturnType<typeof planState>>> {
  let reference: Awaited<ReturnType<typeof planState>> | null = null;
  const failures: string[] = [];
  const runOrder = async (order: number[]) => {
    const { story, events } = await newStory();
    const labels = new Map(events.map(([label, event]) => [event.eventId, label]));
    const sequence = order.map((i) => events[i]![1]);
    await harness.deliverAll([...sequence, ...sequence]);
    const state = await planState(story, labels);
    if (reference === null) reference = state;
    else if (JSON.stringify(state) !== JSON.stringify(reference)) {
      failures.push(order.map((i) => events[i]![0]).join(' > '));
      if (failures.length === 1) expect(state).toEqual(reference); // shows the first difference
    }
  };
  await runOrder(orders[0]!);
  for (let i = 1; i < orders.length; i += 6) await Promise.all(orders.slice(i, i + 6).map(runOrder));
  expect(failures).toEqual([]);
  return reference!;
}

describe('events in any order, each delivered twice, give the same plan', () => {
  it('every permutation of a realistic beginning reaches the same plan state', async () => {
    const orders = permutations([0, 1, 2, 3, 4, 5]);
    expect(orders).toHaveLength(720);
    const state = await sameStateInEveryOrder(orders, async () => realisticStory());

    // And the state is the one the story tells: planned from the template, two milestones reached.
    expect(state.pathway).toMatchObject({
      status: 'planned',
      track: 'direct_reemployment',
      templateVersion: 1,
      planStartOn: '2026-11-13',
      planEndOn: '2027-11-03',
      sessionsUsed: 1,
      currentPhase: 'welcome_and_diagnostic',
      revision: 1,
    });
    const byKey = Object.fromEntries(state.milestones.map((m) => [m.key, m]));
    expect(byKey['welcome']).toMatchObject({
      status: 'reached',
      cause: 'welcome completed',
      announced: true,
    });
    expect(byKey['interests']).toMatchObject({
      status: 'reached',
      cause: 'riasec completed',
      announced: true,
    });
    expect(byKey['diagnostic']).toMatchObject({ status: 'open', dueOn: '2026-11-27' });
    expect(byKey['skills']).toMatchObject({ status: 'pending' });
    expect(state.announced).toEqual([
      'MilestoneReached.v1:interests',
      'MilestoneReached.v1:welcome',
      'PathwayDrafted.v1',
      'PathwayPlanned.v1',
    ]);
  }, 900_000);

  it('every permutation of bookings, a no-show, a completion and an outcome reaches the same plan state', async () => {
    const later = (story: Story): [string, AnyEvent][] => {
      const first = '00000000-0000-4000-8000-0000000000f1';
      const second = '00000000-0000-4000-8000-0000000000f2';
      return [
        ['welcome booked', story.booked('welcome', first, 9, 12)],
        ['welcome missed', story.noShow('welcome', first, 9)],
        ['welcome rebooked', story.booked('welcome', second, 7, 8)],
        ['welcome completed', story.completed('welcome', second, 7)],
        ['placed', story.outcome('permanent_contract', 2)],
      ];
    };
    const state = await sameStateInEveryOrder(permutations([0, 1, 2, 3, 4]), async () => {
      const story = new Story(TODAY);
      // The plan exists first this time; the facts about it arrive in every order, each twice.
      await harness.deliverAll([
        story.contracted(),
        story.enrolled(),
        story.diagnosed({ diagnosedAt: story.daysAgo(13) }),
      ]);
      return { story, events: later(story) };
    });

    expect(state.pathway).toMatchObject({
      sessionsUsed: 1,
      noShows: 1,
      consecutiveNoShows: 0,
      outcome: 'permanent_contract',
      currentPhase: 'follow_up_in_job',
    });
    const byKey = Object.fromEntries(state.milestones.map((m) => [m.key, m]));
    expect(byKey['welcome']).toMatchObject({
      status: 'reached',
      cause: 'welcome completed',
      noShows: 1,
      bookedSession: null,
    });
    expect(byKey['search-plan']).toMatchObject({ status: 'superseded' });
    expect(byKey['in-job-follow-up']).toMatchObject({ status: 'open' });
  }, 900_000);
});
