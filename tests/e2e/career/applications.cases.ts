import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { waitFor } from '@passerelle/shared/testing';
import type { CareerContext } from './career-context';

const RECORD = `mutation R($input: RecordJobApplicationInput!) {
  recordJobApplication(input: $input) { id company channel status sentOn followUpDays followUpDueOn history { status changedOn } }
}`;
const LIST = `query L($id: ID!, $statuses: [ApplicationStatus!]) {
  jobApplications(candidateId: $id, statuses: $statuses) { id company status }
}`;
const ONE = `query O($id: ID!) { jobApplication(id: $id) { id company status } }`;
const CHANGE = `mutation C($input: ChangeJobApplicationStatusInput!) {
  changeJobApplicationStatus(input: $input) { status statusChangedOn followUpDueOn oveToLog { offeredOn decision decidedOn loggedAt } history { status changedOn } }
}`;
const EDIT = `mutation E($input: EditJobApplicationInput!) { editJobApplication(input: $input) { notes followUpDays followUpDueOn } }`;
const MARK = `mutation M($id: ID!) { markOveLogged(applicationId: $id) { oveToLog { decision loggedAt } } }`;
const COUNTS = `query N($id: ID!) { candidate(id: $id) { jobApplicationCounts { sent interviews offers } } }`;
const EXPORT = `query X($id: ID!) { exportPersonalData(candidateId: $id) { complete services { service sections { name records } } } }`;
const ERASE = `mutation E($id: ID!) { eraseCandidate(candidateId: $id) { candidateId } }`;
const OVES = `query V($id: ID!) { candidate(id: $id) { ovesToLog { id company jobTitle occupationCode oveToLog { offeredOn decision decidedOn } } } }`;

type Answer = { body: { data?: unknown; errors?: { extensions?: { code?: string; field?: string } }[] } };
const codeOrData = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code ?? answer.body.data;

/** Days before today (UTC; every date here is a few days back, far from midnight in Paris). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Job applications through the gateway: recorded and followed by the person and their coach, the
 * OVE flag for the coach, and the role matrix for every field (another coach, ops, sponsor HR and
 * committee members get nothing).
 */
export function applicationsCases(career: CareerContext): void {
  describe('job applications', () => {
    const roles = ['person', 'coach', 'otherCoach', 'ops', 'opsAll', 'sponsor', 'committee'] as const;
    type Role = (typeof roles)[number];
    let person = { candidateId: '', token: '' };
    /** A role's answer to a read of the person's file: its refusal, intake's null, or what was read. */
    const fileAnswer = (answer: unknown, read: string) =>
      typeof answer === 'string' || (answer as { candidate: unknown }).candidate === null ? answer : read;
    const tokenOf = (role: Role) => (role === 'person' ? person.token : career.tokens[role]);
    /** Each role's answer (its error code, or its data) to one request, in the order of `roles`. */
    const byRole = async (query: string, variables: (role: Role) => Record<string, unknown>) => {
      const answers: [Role, unknown][] = [];
      for (const role of roles)
        answers.push([role, codeOrData(await career.as(tokenOf(role)).request(query, variables(role)))]);
      return answers;
    };
    const application = (over: Record<string, unknown> = {}) => ({
      candidateId: person.candidateId,
      company: 'Boulangerie Lefèvre',
      jobTitle: 'Vendeuse en boulangerie',
      sentOn: daysAgo(20),
      channel: 'JOB_BOARD',
      occupationCode: 'D1106',
      ...over,
    });
    const record = async (token: string, over: Record<string, unknown> = {}) =>
      (
        await career
          .as(token)
          .ok<{ recordJobApplication: { id: string } }>(RECORD, { input: application(over) })
      ).recordJobApplication.id;

    beforeAll(async () => {
      person = await career.newPerson('Candidatures');
    });

    it('the person and their coach record applications; nobody else may', async () => {
      const answers = await byRole(RECORD, (role) => ({ input: application({ company: `Chez ${role}` }) }));
      expect(
        answers.map(([role, answer]) => [role, typeof answer === 'string' ? answer : 'recorded']),
      ).toEqual([
        ['person', 'recorded'],
        ['coach', 'recorded'],
        ['otherCoach', 'FORBIDDEN'],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ]);
      expect(answers[0]![1]).toEqual({
        recordJobApplication: {
          id: expect.any(String),
          company: 'Chez person',
          channel: 'JOB_BOARD',
          status: 'SENT',
          sentOn: daysAgo(20),
          followUpDays: 10,
          followUpDueOn: daysAgo(10),
          history: [{ status: 'SENT', changedOn: daysAgo(20) }],
        },
      });
    });

    it('refuses a follow-up delay outside 1 to 60 days and a date in the future, naming the field', async () => {
      const tooLong = await career
        .as(person.token)
        .request(RECORD, { input: application({ followUpDays: 61 }) });
      expect(tooLong.body.errors?.[0]).toMatchObject({
        message: 'followUpDays: a whole number of days from 1 to 60 (10 when not said)',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const future = await career
        .as(person.token)
        .request(RECORD, { input: application({ sentOn: daysAgo(-3) }) });
      expect(future.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(future.body.errors?.[0]?.message).toMatch(/^sentOn: .* is in the future/);
    });

    it('reads, lists with a status filter, and the matrix for each read', async () => {
      const id = await record(person.token, { company: 'Lecture SA' });
      expect(await byRole(ONE, () => ({ id }))).toEqual([
        ['person', { jobApplication: { id, company: 'Lecture SA', status: 'SENT' } }],
        ['coach', { jobApplication: { id, company: 'Lecture SA', status: 'SENT' } }],
        ['otherCoach', 'FORBIDDEN'],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ]);
      const listed = await byRole(LIST, () => ({ id: person.candidateId, statuses: ['SENT'] }));
      expect(listed.map(([role, answer]) => [role, typeof answer === 'string' ? answer : 'listed'])).toEqual([
        ['person', 'listed'],
        ['coach', 'listed'],
        ['otherCoach', 'FORBIDDEN'],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ]);
      expect(listed[0]![1]).toMatchObject({
        jobApplications: expect.arrayContaining([{ id, company: 'Lecture SA', status: 'SENT' }]),
      });
      await career.as(person.token).ok(CHANGE, {
        input: { applicationId: id, status: 'INTERVIEW', changedOn: daysAgo(5) },
      });
      const interviews = await career
        .as(person.token)
        .ok<{ jobApplications: { id: string }[] }>(LIST, { id: person.candidateId, statuses: ['INTERVIEW'] });
      expect(interviews.jobApplications).toEqual([{ id, company: 'Lecture SA', status: 'INTERVIEW' }]);
    });

    it('changes statuses with their days, refusing what may not follow and a day that goes back', async () => {
      const id = await record(person.token, { company: 'Statuts SARL', sentOn: daysAgo(15) });
      expect(
        await byRole(CHANGE, (role) => ({
          input: { applicationId: id, status: 'INTERVIEW', changedOn: daysAgo(role === 'coach' ? 9 : 10) },
        })),
      ).toEqual([
        [
          'person',
          {
            changeJobApplicationStatus: {
              status: 'INTERVIEW',
              statusChangedOn: daysAgo(10),
              followUpDueOn: null,
              oveToLog: null,
              history: [
                { status: 'SENT', changedOn: daysAgo(15) },
                { status: 'INTERVIEW', changedOn: daysAgo(10) },
              ],
            },
          },
        ],
        [
          'coach',
          {
            changeJobApplicationStatus: expect.objectContaining({
              status: 'INTERVIEW',
              statusChangedOn: daysAgo(9),
            }),
          },
        ],
        ['otherCoach', 'FORBIDDEN'],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ]);
      const backwards = await career.as(person.token).request(CHANGE, {
        input: { applicationId: id, status: 'OFFER', changedOn: daysAgo(12) },
      });
      expect(codeOrData(backwards)).toBe('APPLICATION_DATE_GOES_BACKWARDS');
      const accepted = await career.as(person.token).request(CHANGE, {
        input: { applicationId: id, status: 'ACCEPTED', changedOn: daysAgo(1) },
      });
      expect(codeOrData(accepted)).toBe('APPLICATION_TRANSITION_NOT_ALLOWED');
      expect(accepted.body.errors?.[0]).toMatchObject({
        message: 'after interview comes interview, offer, refused, no_answer, withdrawn, not accepted',
      });
      const unknown = await career.as(person.token).request(CHANGE, {
        input: { applicationId: randomUUID(), status: 'OFFER', changedOn: daysAgo(1) },
      });
      expect(codeOrData(unknown)).toBe('APPLICATION_NOT_FOUND');
    });

    it('edits the notes and the follow-up delay, which moves the due date', async () => {
      const id = await record(person.token, { company: 'Relance & Cie', sentOn: daysAgo(4) });
      expect(
        await byRole(EDIT, () => ({
          input: { applicationId: id, notes: 'Relancer par téléphone', followUpDays: 14 },
        })),
      ).toEqual([
        [
          'person',
          {
            editJobApplication: {
              notes: 'Relancer par téléphone',
              followUpDays: 14,
              followUpDueOn: daysAgo(-10),
            },
          },
        ],
        [
          'coach',
          {
            editJobApplication: {
              notes: 'Relancer par téléphone',
              followUpDays: 14,
              followUpDueOn: daysAgo(-10),
            },
          },
        ],
        ['otherCoach', 'FORBIDDEN'],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ]);
      const zero = await career
        .as(person.token)
        .request(EDIT, { input: { applicationId: id, followUpDays: 0 } });
      expect(zero.body.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'followUpDays: a whole number of days from 1 to 60 (10 when not said)',
      });
    });

    it('flags an answered offer for the coach to log as an OVE, until the coach marks it logged', async () => {
      const id = await record(person.token, {
        company: 'Offre Valable SA',
        jobTitle: 'Boulanger',
        sentOn: daysAgo(30),
      });
      await career
        .as(person.token)
        .ok(CHANGE, { input: { applicationId: id, status: 'OFFER', changedOn: daysAgo(8) } });
      const refused = await career.as(person.token).ok<{ changeJobApplicationStatus: unknown }>(CHANGE, {
        input: { applicationId: id, status: 'REFUSED', changedOn: daysAgo(6) },
      });
      expect(refused.changeJobApplicationStatus).toMatchObject({
        status: 'REFUSED',
        oveToLog: { offeredOn: daysAgo(8), decision: 'REFUSED', decidedOn: daysAgo(6), loggedAt: null },
      });
      const waiting = {
        id,
        company: 'Offre Valable SA',
        jobTitle: 'Boulanger',
        occupationCode: 'D1106',
        oveToLog: { offeredOn: daysAgo(8), decision: 'REFUSED', decidedOn: daysAgo(6) },
      };
      const oves = await byRole(OVES, () => ({ id: person.candidateId }));
      // Another coach does not reach the person's file at all: intake answers null.
      expect(oves.map(([role, answer]) => [role, fileAnswer(answer, 'listed')])).toEqual([
        ['person', 'FORBIDDEN'],
        ['coach', 'listed'],
        ['otherCoach', { candidate: null }],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ]);
      expect(oves[1]![1]).toEqual({ candidate: { ovesToLog: [waiting] } });
      const marked = await byRole(MARK, () => ({ id }));
      expect(marked.map(([role, answer]) => [role, typeof answer === 'string' ? answer : 'marked'])).toEqual([
        ['person', 'FORBIDDEN'],
        ['coach', 'marked'],
        ['otherCoach', 'FORBIDDEN'],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ]);
      expect(marked[1]![1]).toEqual({
        markOveLogged: { oveToLog: { decision: 'REFUSED', loggedAt: expect.any(String) } },
      });
      expect(await career.as(career.tokens.coach).ok(OVES, { id: person.candidateId })).toEqual({
        candidate: { ovesToLog: [] },
      });
      const nothingToLog = await career
        .as(career.tokens.coach)
        .request(MARK, { id: await record(career.tokens.coach, { company: 'Rien à consigner' }) });
      expect(codeOrData(nothingToLog)).toBe('APPLICATION_NO_OVE_TO_LOG');
    });

    it("counts sent, interviews and offers on the person's file, for the person and their coach only", async () => {
      const counts = await byRole(COUNTS, () => ({ id: person.candidateId }));
      expect(counts.map(([role, answer]) => [role, fileAnswer(answer, 'counted')])).toEqual([
        ['person', 'counted'],
        ['coach', 'counted'],
        ['otherCoach', { candidate: null }],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ]);
      // Recorded above: person + coach (2), Lecture SA (interview), Statuts SARL (interview), Relance
      // & Cie, Offre Valable SA (offer), Rien à consigner.
      expect(counts[1]![1]).toEqual({
        candidate: { jobApplicationCounts: { sent: 7, interviews: 2, offers: 1 } },
      });
    });

    it("the person's export holds their applications and every step; their erasure removes them from career", async () => {
      const leaving = await career.newPerson('Effacement');
      const id = (
        await career.as(leaving.token).ok<{ recordJobApplication: { id: string } }>(RECORD, {
          input: { ...application(), candidateId: leaving.candidateId },
        })
      ).recordJobApplication.id;
      await career.as(leaving.token).ok(CHANGE, {
        input: { applicationId: id, status: 'NO_ANSWER', changedOn: daysAgo(2) },
      });
      const archive = (
        await career.as(leaving.token).ok<{
          exportPersonalData: {
            complete: boolean;
            services: { service: string; sections: { name: string; records: number }[] }[];
          };
        }>(EXPORT, { id: leaving.candidateId })
      ).exportPersonalData;
      expect(archive.complete).toBe(true);
      expect(archive.services.find((part) => part.service === 'career')?.sections).toEqual(
        expect.arrayContaining([
          { name: 'jobApplications', records: 1 },
          { name: 'jobApplicationSteps', records: 2 },
        ]),
      );

      await career.as(career.tokens.ops).ok(ERASE, { id: leaving.candidateId });
      const sql = new Client({ connectionString: career.platform.databaseUrls['career'] });
      await sql.connect();
      try {
        await waitFor(
          async () => {
            const { rows } = await sql.query<{ n: number }>(
              `SELECT (SELECT count(*)::int FROM career_application WHERE candidate_id = $1)
                    + (SELECT count(*)::int FROM career_application_step WHERE application_id = $2) AS n`,
              [leaving.candidateId, id],
            );
            return rows[0]!.n === 0;
          },
          { what: "career to forget the erased person's applications", timeoutMs: 30_000 },
        );
      } finally {
        await sql.end();
      }
    });
  });
}
