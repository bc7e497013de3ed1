import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import type { AnyData } from '@passerelle/shared/testing';
import { FollowUpSweepRunner } from '@passerelle/career/feature-applications';
import { coachOf, personOf, refusalOf, startCareer, type CareerUnderTest } from './test/career-test-kit';

// Job applications on career alone (real PostgreSQL and Kafka): recorded by the person or their
// coach, statuses with their days, announced through the outbox with ids, codes and dates only; the
// follow-up sweep reminds once per due date; the OVE flag; the person's export and erasure.

const LYON = randomUUID();
const PROGRAMME = randomUUID();
const COACH = randomUUID();
const coach = coachOf(COACH, LYON);
const otherCoach = coachOf(randomUUID(), LYON);
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };

const APPLICATION = `id candidateId company jobTitle offerId occupationCode channel sentOn status statusChangedOn notes
  followUpDays followUpDueOn history { status changedOn } oveToLog { offeredOn decision decidedOn loggedAt }`;
const RECORD = `mutation R($input: RecordJobApplicationInput!) { recordJobApplication(input: $input) { ${APPLICATION} } }`;
const CHANGE = `mutation C($input: ChangeJobApplicationStatusInput!) { changeJobApplicationStatus(input: $input) { ${APPLICATION} } }`;
const EDIT = `mutation E($input: EditJobApplicationInput!) { editJobApplication(input: $input) { ${APPLICATION} } }`;
const MARK = `mutation M($id: ID!) { markOveLogged(applicationId: $id) { ${APPLICATION} } }`;
const LIST = `query L($id: ID!, $statuses: [ApplicationStatus!]) { jobApplications(candidateId: $id, statuses: $statuses) { id status } }`;
const COUNTS = `query N($reps: [_Any!]!) { _entities(representations: $reps) { ... on Candidate { jobApplicationCounts { sent interviews offers } ovesToLog { id } } } }`;

let career: CareerUnderTest;

beforeAll(async () => {
  career = await startCareer('career_applications');
});

afterAll(async () => {
  await career?.stop();
});

/** Noon in Paris on `day`: the service's "today" is `day`. */
const at = (day: string) => new Date(`${day}T11:00:00.000Z`);

async function person() {
  const candidateId = await career.seedPerson(PROGRAMME, COACH, LYON);
  return { candidateId, me: personOf(candidateId) };
}

const input = (candidateId: string, over: Record<string, unknown> = {}) => ({
  candidateId,
  company: 'Transports Girard',
  jobTitle: 'Préparateur de commandes',
  sentOn: '2026-11-20',
  channel: 'JOB_BOARD',
  occupationCode: 'n1103',
  notes: 'Annonce vue sur le site de France Travail',
  ...over,
});

async function recorded(identity: Identity, candidateId: string, over: Record<string, unknown> = {}) {
  return ((await career.ok(identity, RECORD, { input: input(candidateId, over) })) as AnyData)
    .recordJobApplication as AnyData;
}

describe('recording an application', () => {
  afterEach(() => career.clock.unpin());

  it('keeps it with its first step and announces it without the company, the title or the notes', async () => {
    career.clock.pin(at('2026-11-25'));
    const { candidateId, me } = await person();
    const offerId = randomUUID();
    const application = await recorded(me, candidateId, { offerId, followUpDays: 7 });
    expect(application).toEqual({
      id: expect.any(String),
      candidateId,
      company: 'Transports Girard',
      jobTitle: 'Préparateur de commandes',
      offerId,
      occupationCode: 'N1103',
      channel: 'JOB_BOARD',
      sentOn: '2026-11-20',
      status: 'SENT',
      statusChangedOn: '2026-11-20',
      notes: 'Annonce vue sur le site de France Travail',
      followUpDays: 7,
      followUpDueOn: '2026-11-27',
      history: [{ status: 'SENT', changedOn: '2026-11-20' }],
      oveToLog: null,
    });
    expect(await career.outboxOf('ApplicationRecorded.v1', application.id)).toEqual([
      {
        applicationId: application.id,
        candidateId,
        programmeId: PROGRAMME,
        sentOn: '2026-11-20',
        channel: 'job_board',
        occupationCode: 'N1103',
        fromSuggestion: true,
      },
    ]);
  });

  it('lets the coach record for the person; refuses another coach, ops and bad input, naming the field', async () => {
    career.clock.pin(at('2026-11-25'));
    const { candidateId } = await person();
    const byCoach = await recorded(coach, candidateId, { offerId: null, occupationCode: null });
    expect(byCoach).toMatchObject({
      status: 'SENT',
      offerId: null,
      followUpDays: 10,
      followUpDueOn: '2026-11-30',
    });
    expect((await career.outboxOf('ApplicationRecorded.v1', byCoach.id))[0]).toMatchObject({
      fromSuggestion: false,
      occupationCode: null,
    });
    expect(refusalOf(await career.gql(otherCoach, RECORD, { input: input(candidateId) }))).toEqual({
      code: 'FORBIDDEN',
      fields: undefined,
    });
    expect(refusalOf(await career.gql(ops, RECORD, { input: input(candidateId) })).code).toBe('FORBIDDEN');
    for (const [over, field] of [
      [{ followUpDays: 0 }, 'followUpDays'],
      [{ followUpDays: 61 }, 'followUpDays'],
      [{ sentOn: '2026-11-26' }, 'sentOn'],
      [{ company: ' ' }, 'company'],
      [{ occupationCode: 'transport' }, 'occupationCode'],
    ] as const) {
      expect(refusalOf(await career.gql(coach, RECORD, { input: input(candidateId, over) }))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
    const channel = await career.gql(coach, RECORD, { input: input(candidateId, { channel: 'PIGEON' }) });
    expect(channel.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('where an application stands', () => {
  afterEach(() => career.clock.unpin());

  it('keeps each status with its day, announces each change, and refuses what may not follow', async () => {
    career.clock.pin(at('2026-12-04'));
    const { candidateId, me } = await person();
    const { id } = await recorded(me, candidateId);
    const change = (identity: Identity, status: string, changedOn: string) =>
      career.gql(identity, CHANGE, { input: { applicationId: id, status, changedOn } });

    expect((await change(me, 'INTERVIEW', '2026-11-28')).data.changeJobApplicationStatus).toMatchObject({
      status: 'INTERVIEW',
      statusChangedOn: '2026-11-28',
      followUpDueOn: null,
    });
    expect(refusalOf(await change(me, 'OFFER', '2026-11-27'))).toEqual({
      code: 'APPLICATION_DATE_GOES_BACKWARDS',
      fields: 'changedOn',
    });
    expect(refusalOf(await change(me, 'ACCEPTED', '2026-12-01'))).toEqual({
      code: 'APPLICATION_TRANSITION_NOT_ALLOWED',
      fields: 'status',
    });
    expect(refusalOf(await change(me, 'OFFER', '2026-12-05'))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['changedOn'],
    });
    expect(refusalOf(await change(otherCoach, 'OFFER', '2026-12-01')).code).toBe('FORBIDDEN');
    const offered = (await change(coach, 'OFFER', '2026-12-01')).data.changeJobApplicationStatus;
    expect(offered.history).toEqual([
      { status: 'SENT', changedOn: '2026-11-20' },
      { status: 'INTERVIEW', changedOn: '2026-11-28' },
      { status: 'OFFER', changedOn: '2026-12-01' },
    ]);
    expect(await career.outboxOf('ApplicationStatusChanged.v1', id)).toEqual([
      {
        applicationId: id,
        candidateId,
        programmeId: PROGRAMME,
        status: 'interview',
        changedOn: '2026-11-28',
      },
      { applicationId: id, candidateId, programmeId: PROGRAMME, status: 'offer', changedOn: '2026-12-01' },
    ]);
    const history: { status: string }[] = await career.dataSource.query(
      `SELECT status FROM career_application_step WHERE application_id = $1 ORDER BY position`,
      [id],
    );
    expect(history.map((s) => s.status)).toEqual(['sent', 'interview', 'offer']);
    await expect(
      career.dataSource.query(
        `UPDATE career_application_step SET changed_on = '2026-11-01' WHERE application_id = $1`,
        [id],
      ),
    ).rejects.toThrow(/kept as recorded/);
  });

  it('flags an answered offer for the coach until the coach marks it logged; counts what each went through', async () => {
    career.clock.pin(at('2026-12-04'));
    const { candidateId, me } = await person();
    const first = await recorded(me, candidateId, { company: 'Boulangerie Lefèvre' });
    await recorded(me, candidateId, { company: 'Sans réponse' });
    await career.ok(me, CHANGE, {
      input: { applicationId: first.id, status: 'OFFER', changedOn: '2026-11-30' },
    });
    const accepted = (await career.ok(me, CHANGE, {
      input: { applicationId: first.id, status: 'ACCEPTED', changedOn: '2026-12-02' },
    })) as AnyData;
    expect(accepted.changeJobApplicationStatus.oveToLog).toEqual({
      offeredOn: '2026-11-30',
      decision: 'ACCEPTED',
      decidedOn: '2026-12-02',
      loggedAt: null,
    });
    const reps = { reps: [{ __typename: 'Candidate', id: candidateId }] };
    expect(((await career.ok(coach, COUNTS, reps)) as AnyData)._entities).toEqual([
      { jobApplicationCounts: { sent: 2, interviews: 0, offers: 1 }, ovesToLog: [{ id: first.id }] },
    ]);
    expect(refusalOf(await career.gql(me, MARK, { id: first.id })).code).toBe('FORBIDDEN');
    expect(refusalOf(await career.gql(otherCoach, MARK, { id: first.id })).code).toBe('FORBIDDEN');
    const marked = ((await career.ok(coach, MARK, { id: first.id })) as AnyData).markOveLogged;
    expect(marked.oveToLog).toEqual({
      offeredOn: '2026-11-30',
      decision: 'ACCEPTED',
      decidedOn: '2026-12-02',
      loggedAt: at('2026-12-04').toISOString(),
    });
    expect(((await career.ok(coach, COUNTS, reps)) as AnyData)._entities[0].ovesToLog).toEqual([]);
    const listed = (await career.ok(me, LIST, { id: candidateId, statuses: ['SENT'] })) as AnyData;
    expect(listed.jobApplications).toEqual([{ id: expect.any(String), status: 'SENT' }]);
  });
});

describe('the follow-up sweep', () => {
  afterEach(() => career.clock.unpin());

  it('reminds once per due date, not before, not after an answer, and again for a new delay', async () => {
    career.clock.pin(at('2026-11-20'));
    const { candidateId, me } = await person();
    const waiting = await recorded(me, candidateId, { sentOn: '2026-11-20', followUpDays: 10 });
    const answered = await recorded(me, candidateId, { sentOn: '2026-11-20', followUpDays: 10 });
    await career.ok(me, CHANGE, {
      input: { applicationId: answered.id, status: 'INTERVIEW', changedOn: '2026-11-20' },
    });
    const sweeper = career.app.get(FollowUpSweepRunner);
    const reminders = (id: string) => career.outboxOf('ApplicationFollowUpDue.v1', id);

    await sweeper.sweep(at('2026-11-29'));
    expect(await reminders(waiting.id)).toEqual([]);
    // 23:30 in Paris on the 29th is already the 30th there.
    await sweeper.sweep(new Date('2026-11-29T23:30:00.000Z'));
    await sweeper.sweep(at('2026-12-01'));
    expect(await reminders(waiting.id)).toEqual([
      {
        applicationId: waiting.id,
        candidateId,
        programmeId: PROGRAMME,
        sentOn: '2026-11-20',
        dueOn: '2026-11-30',
      },
    ]);
    expect(await reminders(answered.id)).toEqual([]);

    career.clock.pin(at('2026-12-01'));
    const edited = (await career.ok(me, EDIT, {
      input: { applicationId: waiting.id, notes: 'Relancer par téléphone', followUpDays: 15 },
    })) as AnyData;
    expect(edited.editJobApplication).toMatchObject({ followUpDays: 15, followUpDueOn: '2026-12-05' });
    await sweeper.sweep(at('2026-12-05'));
    await sweeper.sweep(at('2026-12-06'));
    expect((await reminders(waiting.id)).map((r) => r['dueOn'])).toEqual(['2026-11-30', '2026-12-05']);
  });

  it('is safe to run twice at once (another replica): one reminder', async () => {
    career.clock.pin(at('2026-11-10'));
    const { candidateId, me } = await person();
    const { id } = await recorded(me, candidateId, { sentOn: '2026-11-10', followUpDays: 1 });
    const sweeper = career.app.get(FollowUpSweepRunner);
    await Promise.all([sweeper.sweep(at('2026-11-12')), sweeper.sweep(at('2026-11-12'))]);
    expect(await career.outboxOf('ApplicationFollowUpDue.v1', id)).toHaveLength(1);
  });
});

describe("the person's data", () => {
  afterEach(() => career.clock.unpin());

  it('is in their export, and erased with them (a redelivered erasure changes nothing)', async () => {
    career.clock.pin(at('2026-12-04'));
    const { candidateId, me } = await person();
    const { id } = await recorded(me, candidateId);
    await career.ok(me, CHANGE, {
      input: { applicationId: id, status: 'NO_ANSWER', changedOn: '2026-12-03' },
    });
    const exported = (await (
      await career.internal(
        `/internal/candidates/${candidateId}/personal-data?requestedBy=p-${candidateId}&requestedByRole=candidate`,
      )
    ).json()) as AnyData;
    const section = (name: string) => exported.sections.find((s: AnyData) => s.name === name)?.records;
    expect(section('jobApplications')).toEqual([
      expect.objectContaining({ id, candidateId, company: 'Transports Girard', status: 'no_answer' }),
    ]);
    expect(section('jobApplicationSteps').map((s: AnyData) => s.status)).toEqual(['sent', 'no_answer']);

    const erased = { candidateId, erasedAt: new Date().toISOString() };
    await career.publish('CandidateErased.v1', candidateId, erased);
    await career.publish('CandidateErased.v1', candidateId, erased);
    const [left] = await career.dataSource.query(
      `SELECT (SELECT count(*)::int FROM career_application WHERE candidate_id = $1) AS applications,
              (SELECT count(*)::int FROM career_application_step WHERE application_id = $2) AS steps`,
      [candidateId, id],
    );
    expect(left).toEqual({ applications: 0, steps: 0 });
  });
});
