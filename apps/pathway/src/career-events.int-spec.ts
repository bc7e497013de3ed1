import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import type { AnyEvent, EventKey, EventPayload } from '@passerelle/shared/contracts';
import { createEvent } from '@passerelle/shared/messaging';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import { RemoveMilestoneHandler } from '@passerelle/pathway/feature-plan-editing';
import { RiskSweepRunner } from '@passerelle/pathway/feature-progress';
import { PathwayHarness, Story } from './test/pathway-test-kit';

// Career's events in the plan (issue 18): the validated project reaches the project milestone and
// adds a training milestone when needed, ten applications reach "Send your first ten
// applications", applications are activity. Delivered through the inbox code path the Kafka
// consumer runs (the harness), each redelivered to show it applies once.

let harness: PathwayHarness;
const TODAY = new Date('2026-11-23T09:00:00.000Z');

beforeAll(async () => {
  harness = await PathwayHarness.start('pathway_career', TODAY);
});

afterAll(async () => {
  await harness?.stop();
});

/** Career's events about one person, as career emits them. */
class CareerStory extends Story {
  readonly projectId = randomUUID();

  private career<K extends EventKey>(key: K, payload: EventPayload<K>, occurredAt: string): AnyEvent {
    return createEvent(key, this.candidateId, payload, new Date(occurredAt)) as AnyEvent;
  }

  private version(version: number, trainingNeeded: boolean, daysAgo: number) {
    return {
      projectId: this.projectId,
      candidateId: this.candidateId,
      programmeId: this.programmeId,
      version,
      targetOccupationCodes: ['M1805'],
      verdict: trainingNeeded ? ('feasible_with_training' as const) : ('feasible' as const),
      trainingNeeded,
      validatedAt: this.daysAgo(daysAgo),
    };
  }

  projectValidated(trainingNeeded: boolean, daysAgo: number): AnyEvent {
    return this.career(
      'ProjectValidated.v1',
      this.version(1, trainingNeeded, daysAgo),
      this.daysAgo(daysAgo),
    );
  }

  projectChanged(version: number, trainingNeeded: boolean, daysAgo: number): AnyEvent {
    return this.career(
      'ProjectChanged.v1',
      { ...this.version(version, trainingNeeded, daysAgo), previousVersion: version - 1 },
      this.daysAgo(daysAgo),
    );
  }

  applicationRecorded(daysAgo: number, applicationId: string = randomUUID()): AnyEvent {
    return this.career(
      'ApplicationRecorded.v1',
      {
        applicationId,
        candidateId: this.candidateId,
        programmeId: this.programmeId,
        sentOn: this.dateDaysAgo(daysAgo + 2),
        channel: 'job_board',
        occupationCode: 'M1805',
        fromSuggestion: false,
      },
      this.daysAgo(daysAgo),
    );
  }

  applicationStatusChanged(
    applicationId: string,
    status: 'withdrawn' | 'refused',
    daysAgo: number,
  ): AnyEvent {
    return this.career(
      'ApplicationStatusChanged.v1',
      {
        applicationId,
        candidateId: this.candidateId,
        programmeId: this.programmeId,
        status,
        changedOn: this.dateDaysAgo(daysAgo),
      },
      this.daysAgo(daysAgo),
    );
  }
}

const repository = () => harness.app.get(PathwayRepository);
const pathwayOf = async (story: Story) => (await repository().findByCandidate(story.candidateId))!;
const milestonesOf = async (story: Story) => repository().milestonesOf((await pathwayOf(story)).id);
const byKey = async (story: Story, key: string) =>
  (await milestonesOf(story)).find((m) => m.templateKey === key && m.removedAt === null);
const announced = async (story: Story, key: string) =>
  (await harness.outbox(story.candidateId)).filter((e) => e.key === key);
const historyOf = async (story: Story) => repository().history((await pathwayOf(story)).id);

async function planned(track: 'direct_reemployment' | 'retraining' = 'direct_reemployment') {
  const story = new CareerStory(TODAY);
  await harness.deliverAll([
    story.contracted(),
    story.enrolled(),
    story.coachAssigned(),
    story.diagnosed({ track }),
  ]);
  return story;
}

describe('the professional project in the plan', () => {
  it('direct re-employment has no project milestone: a validated project with training adds the project milestone, reached, and an open training milestone, once', async () => {
    const story = await planned();
    const before = await milestonesOf(story);
    const validated = story.projectValidated(true, 3);
    await harness.deliver(validated);
    await harness.deliver(validated); // redelivered: nothing more

    const project = await byKey(story, 'career:project');
    const training = await byKey(story, 'career:training');
    expect(project).toMatchObject({
      origin: 'career',
      kind: 'task',
      phase: 'validating_project',
      status: 'reached',
      dueOn: story.dateDaysAgo(3),
      causeEventId: validated.eventId,
    });
    expect(training).toMatchObject({
      origin: 'career',
      kind: 'task',
      phase: 'validating_project',
      status: 'open',
      title: 'Training for your professional project',
      dueOn: story.dateDaysAgo(3 - 30),
    });
    // In the project phase's place: after the last milestone of that phase, before the job search.
    const after = await milestonesOf(story);
    expect(after).toHaveLength(before.length + 2);
    const order = after.sort((a, b) => a.position - b.position).map((m) => m.templateKey);
    expect(order.indexOf('career:project')).toBe(order.indexOf('interview-workshop') + 1);
    expect(order.indexOf('career:training')).toBe(order.indexOf('career:project') + 1);
    expect(order.indexOf('search-plan')).toBe(order.indexOf('career:training') + 1);

    const replans = await announced(story, 'PathwayPlanned.v1');
    expect(replans).toHaveLength(2);
    expect((replans[1]!.payload['milestones'] as unknown[]).length).toBe(before.length + 2);
    const reached = await announced(story, 'MilestoneReached.v1');
    expect(reached.map((e) => e.payload['milestoneId'])).toEqual([project!.id]);
    expect((await historyOf(story)).filter((h) => h.action === 'milestone_added')).toHaveLength(2);
  });

  it('a later version without training supersedes the training milestone not started; training again opens it', async () => {
    const story = await planned();
    await harness.deliver(story.projectValidated(true, 6));
    await harness.deliver(story.projectChanged(2, false, 4));
    expect(await byKey(story, 'career:training')).toMatchObject({ status: 'superseded' });
    await harness.deliver(story.projectChanged(3, true, 2));
    expect(await byKey(story, 'career:training')).toMatchObject({ status: 'open' });
    // Still one of each: added once.
    const keys = (await milestonesOf(story))
      .map((m) => m.templateKey)
      .filter((k) => k?.startsWith('career:'));
    expect(keys.sort()).toEqual(['career:project', 'career:training']);
  });

  it('retraining: the template’s project validation is reached, its own training file stands for training', async () => {
    const story = await planned('retraining');
    await harness.deliver(story.projectValidated(true, 3));
    expect(await byKey(story, 'project-validation')).toMatchObject({ status: 'reached' });
    expect(await byKey(story, 'career:project')).toBeUndefined();
    expect(await byKey(story, 'career:training')).toBeUndefined();
  });

  it('a project validated before the plan exists is applied when the plan is made', async () => {
    const story = new CareerStory(TODAY);
    await harness.deliverAll([story.contracted(), story.enrolled(), story.projectValidated(true, 12)]);
    expect((await pathwayOf(story)).plannedAt).toBeNull();
    await harness.deliver(story.diagnosed());
    expect(await byKey(story, 'career:project')).toMatchObject({ status: 'reached' });
    expect(await byKey(story, 'career:training')).toMatchObject({ status: 'open' });
    expect(await announced(story, 'PathwayPlanned.v1')).toHaveLength(1);
  });

  it('a training milestone the coach removed is not added back by a later version', async () => {
    const story = await planned();
    await harness.deliver(story.projectValidated(true, 6));
    const training = (await byKey(story, 'career:training'))!;
    const coach: Identity = {
      subject: 'coach-amel',
      role: 'coach',
      coachId: story.coachId,
      officeIds: [story.officeId],
    };
    await harness.app.get(RemoveMilestoneHandler).execute({
      candidateId: story.candidateId,
      actor: coach,
      now: TODAY,
      milestoneId: training.id,
      reason: 'Training already funded elsewhere',
    });
    await harness.deliver(story.projectChanged(2, true, 2));
    expect(await byKey(story, 'career:training')).toBeUndefined();
  });
});

describe('applications in the plan', () => {
  it('the tenth application reaches "Send your first ten applications", once; a withdrawn one still counts', async () => {
    const story = await planned();
    const first = story.applicationRecorded(20);
    const applicationId = (first.payload as { applicationId: string }).applicationId;
    await harness.deliver(first);
    await harness.deliver(first); // redelivered: counts once
    await harness.deliver(story.applicationStatusChanged(applicationId, 'withdrawn', 19));
    for (let day = 18; day > 10; day--) await harness.deliver(story.applicationRecorded(day));
    expect(await byKey(story, 'applications')).toMatchObject({ status: 'pending' }); // nine, and waits on the search plan
    const tenth = story.applicationRecorded(5);
    await harness.deliver(tenth);
    expect(await byKey(story, 'applications')).toMatchObject({
      status: 'reached',
      reachedAt: new Date(story.daysAgo(5)),
      causeEventId: tenth.eventId,
    });
    await harness.deliver(story.applicationRecorded(4));
    const applications = (await byKey(story, 'applications'))!;
    const reached = await announced(story, 'MilestoneReached.v1');
    expect(reached.filter((e) => e.payload['milestoneId'] === applications.id)).toHaveLength(1);
  });

  it('recording an application is activity: it clears the inactivity the sweep raised', async () => {
    const story = await planned();
    const reasons = async () => (await pathwayOf(story)).riskFindings.map((f) => f.reason);
    // Planned ten days ago, nothing since: 30 days on, the sweep finds the person inactive.
    const later = new Date(TODAY.getTime() + 30 * 86_400_000);
    harness.clock.set(later);
    try {
      await harness.app.get(RiskSweepRunner).sweep(later);
      expect(await reasons()).toContain('inactivity');
      await harness.deliver(story.applicationRecorded(-30)); // recorded "now"
      expect((await pathwayOf(story)).lastActivityAt).toEqual(later);
      expect(await reasons()).not.toContain('inactivity');
    } finally {
      harness.clock.set(TODAY);
    }
  });
});
