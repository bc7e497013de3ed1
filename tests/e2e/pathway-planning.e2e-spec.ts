import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventPayload,
} from '@passerelle/shared/contracts';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import {
  TopicReader,
  dataOf,
  expectGraphQLError,
  testInfrastructure,
  waitFor,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

// Intake's diagnostic and scheduling's sessions are built elsewhere: this test publishes their
// events to Kafka with valid envelopes, as their producers will, and watches the pathway service
// plan and move the person's plan, read through the gateway with real tokens.

const LYON = randomUUID();
const PARIS = randomUUID();
const programmeId = randomUUID();
const sponsorId = randomUUID();
const candidateId = randomUUID();
const coachId = randomUUID();
const welcomeSessionId = randomUUID();

let platform: RunningPlatform;
let producer: Producer;
let reader: TopicReader;
const kafka = new Kafka({
  clientId: 'e2e-pathway',
  brokers: testInfrastructure().kafkaBrokers,
  logLevel: logLevel.NOTHING,
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function publish<K extends EventKey>(
  key: K,
  aggregateId: string,
  payload: EventPayload<K>,
): Promise<AnyEvent> {
  const event = createEvent(key, aggregateId, payload) as AnyEvent;
  await producer.send({
    topic: platform.topics.topic(EVENT_CATALOGUE[key].topic),
    acks: -1,
    messages: [{ key: aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) }],
  });
  return event;
}

const PATHWAY = `query P($id: ID!) {
  pathway(candidateId: $id) {
    id status track currentPhase startOn endOn template { version }
    milestones { id kind title status sessionKind instrumentCode dueOn }
    budget { budget planned used remaining overCommitted }
    risk { urgency reasons { reason detail } nextAction }
    history { action actor reason }
  }
}`;

interface PathwayView {
  id: string;
  status: string;
  track: string | null;
  milestones: {
    id: string;
    kind: string;
    title: string;
    status: string;
    sessionKind: string | null;
    instrumentCode: string | null;
  }[];
  budget: { budget: number; planned: number; used: number; remaining: number; overCommitted: boolean } | null;
  risk: { urgency: string; reasons: { reason: string }[]; nextAction: string } | null;
  history: { action: string; actor: string; reason: string | null }[];
}

const tokens: Record<string, string> = {};
const client = (who: string) => platform.as(tokens[who]!);
const readPathway = (who: string) =>
  client(who).request<{ pathway: PathwayView | null }>(PATHWAY, { id: candidateId });

beforeAll(async () => {
  platform = await startPlatform();
  producer = kafka.producer();
  await producer.connect();
  reader = await TopicReader.start(kafka, [
    platform.topics.topic(EVENT_CATALOGUE['MilestoneReached.v1'].topic),
  ]);
  tokens['self'] = await platform.token({ sub: 'nadia', role: 'candidate', candidate_id: candidateId });
  tokens['otherCandidate'] = await platform.token({
    sub: 'luc',
    role: 'candidate',
    candidate_id: randomUUID(),
  });
  tokens['coach'] = await platform.token({
    sub: 'coach-amel',
    role: 'coach',
    coach_id: coachId,
    office_ids: [LYON],
  });
  tokens['otherCoach'] = await platform.token({
    sub: 'coach-bob',
    role: 'coach',
    coach_id: randomUUID(),
    office_ids: [LYON],
  });
  tokens['ops'] = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  tokens['otherOps'] = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] });
  tokens['sponsor'] = await platform.token({ sub: 'hr-acme', role: 'sponsor', sponsor_ids: [sponsorId] });
  tokens['otherSponsor'] = await platform.token({
    sub: 'hr-other',
    role: 'sponsor',
    sponsor_ids: [randomUUID()],
  });
});

afterAll(async () => {
  await producer?.disconnect();
  await reader?.stop();
  await platform?.stop();
});

describe('pathway: enrol -> diagnose -> plan -> session completed -> milestone reached', () => {
  it('plans from the diagnostic within the contract and moves the plan when the welcome session is completed', async () => {
    await publish('ProgrammeContracted.v1', programmeId, {
      programmeId,
      sponsorId,
      type: 'pse',
      sites: ['Lyon Gerland'],
      headcount: 40,
      startDate: daysAgo(10).slice(0, 10),
      durationMonths: 12,
      sessionBudgetPerPerson: 10,
      officeIds: [LYON],
      outcomeTargets: [{ category: 'permanent_contract', sharePercent: 60 }],
      contractedAt: daysAgo(30),
    });
    await publish('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId,
      sponsorId,
      officeIds: [LYON],
      enrolledAt: daysAgo(5),
      formerOccupationCode: 'H2909',
      languages: ['fr'],
    });
    await publish('CoachAssigned.v1', candidateId, {
      candidateId,
      programmeId,
      coachId,
      officeId: LYON,
      previousCoachId: null,
      mode: 'automatic',
      assignedAt: daysAgo(4),
    });
    await publish('CandidateDiagnosed.v1', candidateId, {
      candidateId,
      programmeId,
      diagnosticId: randomUUID(),
      questionnaireVersion: 'diag-2026.1',
      track: 'direct_reemployment',
      source: 'rules',
      reasonCodes: ['clear_project_same_occupation'],
      distressFlag: true,
      mobilityRadiusKm: 30,
      languages: ['fr'],
      diagnosedAt: daysAgo(3),
    });

    const planned = await waitFor(
      async () => {
        const { body } = await readPathway('coach');
        return body.data?.pathway?.status === 'PLANNED' && body.data.pathway;
      },
      { what: 'the planned pathway through the gateway', timeoutMs: 60_000 },
    );
    expect(planned.track).toBe('DIRECT_REEMPLOYMENT');
    expect(planned.milestones[0]).toMatchObject({ kind: 'SESSION', sessionKind: 'WELCOME', status: 'OPEN' });
    expect(planned.milestones).toContainEqual(
      expect.objectContaining({ kind: 'ASSESSMENT', instrumentCode: 'riasec-markers-48' }),
    );
    expect(planned.budget).toEqual({ budget: 10, planned: 7, used: 0, remaining: 10, overCommitted: false });
    // Distress: the coach sees it at once, with what to do.
    expect(planned.risk).toMatchObject({ urgency: 'IMMEDIATE', reasons: [{ reason: 'DISTRESS' }] });
    const atRisk = await client('coach').ok<{
      atRiskCandidates: { candidateId: string; urgency: string; nextAction: string }[];
    }>(`{ atRiskCandidates { candidateId urgency nextAction } }`);
    expect(atRisk.atRiskCandidates).toEqual([
      { candidateId, urgency: 'IMMEDIATE', nextAction: expect.stringMatching(/^Call the person today/) },
    ]);
    const atRiskFor = async (who: string) =>
      (
        await client(who).ok<{ atRiskCandidates: { candidateId: string }[] }>(
          `{ atRiskCandidates { candidateId } }`,
        )
      ).atRiskCandidates;
    expect(await atRiskFor('ops')).toEqual([{ candidateId }]);
    expect(await atRiskFor('otherOps')).toEqual([]);
    expect(await atRiskFor('otherCoach')).toEqual([]);

    const welcome = planned.milestones[0]!;
    const completed = await publish('SessionCompleted.v1', candidateId, {
      sessionId: welcomeSessionId,
      candidateId,
      coachId,
      officeId: LYON,
      kind: 'welcome',
      mode: 'in_person',
      startsAt: daysAgo(1),
      endsAt: daysAgo(0.95),
      completedAt: daysAgo(0.95),
    });
    const moved = await waitFor(
      async () => {
        const { body } = await readPathway('self');
        return body.data?.pathway?.milestones[0]?.status === 'REACHED' && body.data.pathway;
      },
      { what: 'the welcome milestone reached, seen by the person', timeoutMs: 60_000 },
    );
    expect(moved.milestones[1]).toMatchObject({ sessionKind: 'DIAGNOSTIC', status: 'OPEN' });
    expect(moved.budget).toMatchObject({ used: 1, remaining: 9 });
    expect(moved.risk).toBeNull(); // never shown to the person themself

    const [reached] = await waitFor(
      async () => {
        const found = reader.matching(
          (m) =>
            m.value !== null &&
            m.value.includes(welcome.id) &&
            m.header('x-event-type') === 'MilestoneReached',
        );
        return found.length > 0 && found;
      },
      { what: 'MilestoneReached on Kafka' },
    );
    expect(JSON.parse(reached!.value!).payload).toMatchObject({
      pathwayId: planned.id,
      candidateId,
      milestoneId: welcome.id,
      kind: 'session',
      causeEventId: completed.eventId,
    });
    // Seen after the diagnostic: the distress alert is cleared for the coach.
    expect((await readPathway('coach')).body.data?.pathway?.risk).toBeNull();
  });

  it('shows each role what it may see and nothing more', async () => {
    const seen = (who: string) =>
      client(who).ok<{ pathway: PathwayView | null }>(PATHWAY, { id: candidateId });
    expect((await seen('self')).pathway?.id).toBeDefined();
    expect((await seen('coach')).pathway?.id).toBeDefined();
    expect((await seen('ops')).pathway?.id).toBeDefined();
    // Not found and not allowed look the same to another person, coach or office: no error, no plan.
    expect(await seen('otherCandidate')).toEqual({ pathway: null });
    expect(await seen('otherCoach')).toEqual({ pathway: null });
    expect(await seen('otherOps')).toEqual({ pathway: null });
    expectGraphQLError(await readPathway('sponsor'), 'FORBIDDEN');

    const PROGRESS = `query G($id: ID!) { programmePathwayProgress(programmeId: $id) { total suppressionThreshold phases { phase people suppressed } } }`;
    const progress = (who: string) =>
      client(who).request<{
        programmePathwayProgress: {
          total: number | null;
          phases: { phase: string; people: number | null; suppressed: boolean }[];
        } | null;
      }>(PROGRESS, { id: programmeId });
    const sponsorView = dataOf(await progress('sponsor')).programmePathwayProgress;
    // One person: too few to show; the sponsor learns nothing individual.
    expect(sponsorView?.total).toBeNull();
    expect(sponsorView?.phases.find((p) => p.phase === 'WELCOME_AND_DIAGNOSTIC')).toEqual({
      phase: 'WELCOME_AND_DIAGNOSTIC',
      people: null,
      suppressed: true,
    });
    // Another sponsor's programme, another office's: nothing, without an error.
    expect(dataOf(await progress('otherSponsor'))).toEqual({ programmePathwayProgress: null });
    expect(dataOf(await progress('otherOps'))).toEqual({ programmePathwayProgress: null });
    expectGraphQLError(await progress('self'), 'FORBIDDEN');
    expectGraphQLError(await progress('coach'), 'FORBIDDEN');

    const AT_RISK = `{ atRiskCandidates { candidateId } }`;
    expectGraphQLError(await client('sponsor').request(AT_RISK), 'FORBIDDEN');
    expectGraphQLError(await client('self').request(AT_RISK), 'FORBIDDEN');
  });

  it('lets the coach customise the plan with a reason, refuses the person and other coaches, and shows the history', async () => {
    const ADD = `mutation A($input: AddMilestoneInput!) { addMilestone(input: $input) { milestones { title } history { action actor reason } } }`;
    const input = {
      candidateId,
      phase: 'JOB_SEARCH',
      kind: 'TASK',
      title: 'Visit the Lyon job fair',
      dueOn: daysAgo(-30).slice(0, 10),
      reason: 'a fair that suits her target occupations',
    };
    for (const who of ['self', 'otherCoach', 'otherOps'])
      expectGraphQLError(await client(who).request(ADD, { input }), 'FORBIDDEN');
    const added = await client('coach').ok<{
      addMilestone: {
        milestones: { title: string }[];
        history: { action: string; actor: string; reason: string | null }[];
      };
    }>(ADD, { input });
    expect(added.addMilestone.milestones.map((m) => m.title)).toContain('Visit the Lyon job fair');
    expect(added.addMilestone.history.at(-1)).toEqual({
      action: 'milestone_added',
      actor: 'coach-amel',
      reason: 'a fair that suits her target occupations',
    });
    const bad = await client('coach').request(ADD, { input: { ...input, dueOn: '2031-13-01' } });
    expect(expectGraphQLError(bad, 'BAD_USER_INPUT').message).toBe(
      'dueOn: "2031-13-01" is not a calendar date',
    );
  });

  it('lets ops of every office publish a new template version and nobody else', async () => {
    const TEMPLATES = `{ pathwayTemplates(track: RETIREMENT_TRANSITION) { id version milestones { key kind dueOffsetDays dependsOn sessionKind instrumentCode phase title } } }`;
    const current = await client('ops').ok<{
      pathwayTemplates: { version: number; milestones: Record<string, unknown>[] }[];
    }>(TEMPLATES);
    expect(current.pathwayTemplates[0]?.version).toBe(1);
    const PUBLISH = `mutation T($input: PublishPathwayTemplateInput!) { publishPathwayTemplate(input: $input) { version createdBy note } }`;
    const milestones = current.pathwayTemplates[0]!.milestones;
    const input = {
      track: 'RETIREMENT_TRANSITION',
      name: 'Retirement transition',
      milestones,
      note: 'same, republished',
    };
    for (const role of ['coach', 'ops']) {
      // A template shapes every office's plans: ops of one office (Lyon) may not publish one.
      expectGraphQLError(await client(role).request(PUBLISH, { input }), 'FORBIDDEN');
    }
    const everyOffice = await platform.token({ sub: 'ops-national', role: 'ops', all_offices: true });
    const published = await platform.as(everyOffice).request(PUBLISH, { input });
    expect(published.body).toEqual({
      data: { publishPathwayTemplate: { version: 2, createdBy: 'ops-national', note: 'same, republished' } },
    });
  });
});
