import { coachAssignedTo, enrol, Mailbox, setUpProgramme, waitFor } from '@passerelle/shared/testing';
import type { CareerContext } from './career-context';

/** Answers that orient to direct re-employment (intake's rules): its plan has "Send your first ten applications". */
const DIAGNOSTIC_ANSWERS = [
  { questionId: 'income_urgency', choice: 'immediate' },
  { questionId: 'wellbeing', number: 4 },
  { questionId: 'stress', number: 2 },
  { questionId: 'distress_signal', choice: 'never' },
  { questionId: 'project_clarity', choice: 'some_ideas' },
  { questionId: 'project_kind', choice: 'same_occupation' },
  { questionId: 'open_to_training', choice: 'no' },
  { questionId: 'years_to_retirement', number: 20 },
  { questionId: 'mobility_radius_km', number: 25 },
  { questionId: 'relocation', choice: 'no' },
  { questionId: 'languages', choices: ['fr'] },
];

const PATHWAY = `query P($id: ID!) { pathway(candidateId: $id) { status milestones { title kind status phase addedByCoach } } }`;
const RECORD_APPLICATION = `mutation R($input: RecordJobApplicationInput!) { recordJobApplication(input: $input) { id } }`;

type Plan = { status: string; milestones: { title: string; kind: string; status: string; phase: string }[] };

/**
 * The journey of issue 18 across services, through the gateway with real tokens: a project the
 * coach validates with training needed adds the training milestone to the person's plan
 * (career -> pathway); ten applications reach "Send your first ten applications"; an application
 * with no answer brings a follow-up reminder to the person's mailbox (career -> notifier -> Mailpit).
 * Everything goes through the gateway as the person and the coach would: the ten applications,
 * and the one left without an answer past its follow-up delay, which career's sweep finds.
 */
export function journeyCases(career: CareerContext): void {
  describe('the career journey: pathway and the notifier follow career', () => {
    let person: { candidateId: string; token: string };
    let email: string;
    let programmeId: string;

    const planOf = async (token: string) =>
      (await career.as(token).ok<{ pathway: Plan | null }>(PATHWAY, { id: person.candidateId })).pathway;
    const milestone = (plan: Plan | null, title: string) => plan?.milestones.find((m) => m.title === title);

    beforeAll(async () => {
      // A programme of its own, contracted (its terms let pathway plan), served by the same office and coach.
      const ops = career.as(career.tokens.ops);
      const { programmeId: contracted } = await setUpProgramme(ops, {
        sponsorName: 'Transports du Rhône',
        name: 'PSE Transports Lyon 2026',
        officeIds: [career.officeId],
        terms: {
          type: 'PSE',
          sites: ['Lyon Gerland'],
          headcount: 80,
          startDate: new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10),
          durationMonths: 12,
          sessionBudgetPerPerson: 12,
          outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 60 }],
        },
      });
      programmeId = contracted;
      const candidateId = await enrol(ops, { programmeId, languages: ['fr'] });
      await coachAssignedTo(ops, candidateId);
      const token = await career.platform.token({
        sub: `p-${candidateId}`,
        role: 'candidate',
        candidate_id: candidateId,
      });
      person = { candidateId, token };
      const known = `query K($id: ID!) { professionalProject(candidateId: $id) { id } }`;
      await waitFor(
        async () => {
          const [own, coached] = await Promise.all([
            career.as(token).request(known, { id: candidateId }),
            career.as(career.tokens.coach).request(known, { id: candidateId }),
          ]);
          return !own.body.errors && !coached.body.errors;
        },
        { what: `career to know ${candidateId} and their coach`, timeoutMs: 30_000 },
      );
      const me = career.as(person.token);
      await me.ok(`mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { granted } }`, {
        input: { candidateId: person.candidateId, noticeVersion: '2026.1', granted: true },
      });
      await me.ok(
        `mutation S($id: ID!, $answers: [DiagnosticAnswerInput!]!) { saveDiagnosticAnswers(candidateId: $id, answers: $answers) { status } }`,
        { id: person.candidateId, answers: DIAGNOSTIC_ANSWERS },
      );
      await me.ok(`mutation S($id: ID!) { submitDiagnostic(candidateId: $id) { orientation { track } } }`, {
        id: person.candidateId,
      });
      email = (
        await career
          .as(career.tokens.ops)
          .ok<{ candidate: { email: string } }>(`query Q($id: ID!) { candidate(id: $id) { email } }`, {
            id: person.candidateId,
          })
      ).candidate.email;
      await waitFor(async () => (await planOf(career.tokens.coach))?.status === 'PLANNED', {
        what: 'the plan of direct re-employment',
        timeoutMs: 60_000,
      });
    }, 120_000);

    it('a project validated with training needed reaches the project milestone and adds the training milestone to the plan', async () => {
      const { candidateId } = person;
      const before = (await planOf(person.token))!;
      expect(milestone(before, 'Training for your professional project')).toBeUndefined();
      await career
        .as(person.token)
        .ok(`mutation S($input: SaveProjectDraftInput!) { saveProjectDraft(input: $input) { id } }`, {
          input: {
            candidateId,
            targets: [
              { occupationCode: 'N4101', label: 'Conduite de transport de marchandises', source: 'TYPED' },
            ],
            area: { place: 'Vénissieux', placeCode: '69259', distance: 45, unit: 'MINUTES' },
            conditions: { contractTypes: ['PERMANENT'], hours: 'FULL_TIME', payMin: 25000 },
          },
        });
      const coach = career.as(career.tokens.coach);
      await coach.ok(
        `mutation R($input: ReviewProjectFeasibilityInput!) { reviewProjectFeasibility(input: $input) { id } }`,
        {
          input: {
            candidateId,
            localDemand: 'Beaucoup d’offres autour de Lyon',
            skillsHeld: ['Permis C'],
            skillsMissing: ['FIMO'],
            trainingNeeded: true,
            training: 'FIMO marchandises',
            verdict: 'FEASIBLE_WITH_TRAINING',
            reasoning: 'La FIMO ouvre le métier.',
          },
        },
      );
      await coach.ok(
        `mutation V($id: ID!, $version: Int!) { validateProfessionalProject(candidateId: $id, version: $version) { id } }`,
        { id: candidateId, version: 1 },
      );

      const plan = await waitFor(
        async () => {
          const seen = await planOf(person.token);
          return milestone(seen, 'Training for your professional project') ? seen : null;
        },
        { what: 'the training milestone in the person’s plan', timeoutMs: 60_000 },
      );
      expect(milestone(plan, 'Training for your professional project')).toMatchObject({
        kind: 'TASK',
        phase: 'VALIDATING_PROJECT',
        status: 'OPEN',
        addedByCoach: false,
      });
      expect(milestone(plan, 'Professional project validated with your coach')).toMatchObject({
        status: 'REACHED',
      });
      expect(plan.milestones).toHaveLength(before.milestones.length + 2);
      // Their coach reads the same plan.
      expect(
        milestone(await planOf(career.tokens.coach), 'Training for your professional project'),
      ).toBeDefined();
    });

    it('ten applications the person records reach "Send your first ten applications"', async () => {
      const today = new Date().toISOString().slice(0, 10);
      for (let n = 0; n < 10; n++)
        await career.as(person.token).ok(RECORD_APPLICATION, {
          input: {
            candidateId: person.candidateId,
            company: `Transports Rhône ${n + 1}`,
            jobTitle: 'Conducteur de chariot élévateur',
            sentOn: today,
            channel: 'JOB_BOARD',
            occupationCode: 'N1101',
          },
        });
      await waitFor(
        async () =>
          milestone(await planOf(person.token), 'Send your first ten applications')?.status === 'REACHED',
        { what: 'the applications milestone reached at the tenth', timeoutMs: 60_000 },
      );
    });

    it('an application with no answer brings the person a follow-up reminder, by email', async () => {
      // Sent eleven days ago with a follow-up after ten: career's sweep (every 5 s) finds it due.
      const sent = new Date(Date.now() - 11 * 86_400_000);
      await career.as(person.token).ok(RECORD_APPLICATION, {
        input: {
          candidateId: person.candidateId,
          company: 'Logistique Saône',
          jobTitle: 'Préparateur de commandes',
          sentOn: sent.toISOString().slice(0, 10),
          channel: 'COMPANY_WEBSITE',
          followUpDays: 10,
        },
      });
      const { mailbox } = Mailbox.fromEnvironment();
      const received = await waitFor(
        async () =>
          (await mailbox.messagesTo(email)).find(
            (m) => m.Subject === 'Une candidature sans réponse : pensez à relancer',
          ) ?? null,
        { what: `the follow-up reminder to ${email}`, timeoutMs: 60_000, intervalMs: 250 },
      );
      const detail = await mailbox.message(received.ID);
      const sentOn = new Intl.DateTimeFormat('fr-FR', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${sent.toISOString().slice(0, 10)}T12:00:00Z`));
      expect(detail.Text).toContain(`Vous avez envoyé une candidature le ${sentOn}`);
      expect(detail.Text).toMatch(/Voir mes candidatures: \S+\/applications/);
    });
  });
}
