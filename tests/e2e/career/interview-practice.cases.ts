import { expectGraphQLError } from '@passerelle/shared/testing';
import type { CareerContext } from './career-context';

const GUIDE = `query { interviewPracticeGuide { bankVersion bankLicence star { part minWords } rubric { criterion } } }`;
const SESSIONS = `query S($id: ID!) { interviewPracticeSessions(candidateId: $id) { id } }`;
const SESSION = `query S($id: ID!) { interviewPracticeSession(id: $id) {
  id candidateId applicationId occupationCodes startedByRole
  questions { position reason matchedSkills question { id kind grandDomain textFr textEn }
    answer { id status check { missingParts shortParts resultWithoutFigure }
      review { structure concreteness result clarity total comment } } } } }`;
const START = `mutation S($input: StartInterviewPracticeInput!) { startInterviewPractice(input: $input) {
  id startedByRole questions { position reason matchedSkills question { id kind grandDomain } } } }`;
const SAVE = `mutation S($input: PracticeAnswerInput!) { savePracticeAnswer(input: $input) {
  id status check { missingParts shortParts resultWithoutFigure } } }`;
const SUBMIT = `mutation S($input: PracticeAnswerInput!) { submitPracticeAnswer(input: $input) { id status submittedAt } }`;
const EXPORT = `query X($id: ID!) { exportPersonalData(candidateId: $id) { complete services { service sections { name records } } } }`;
const REVIEW = `mutation R($input: ReviewPracticeAnswerInput!) { reviewPracticeAnswer(input: $input) {
  id status review { structure concreteness result clarity total comment } } }`;

interface Answer {
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
}
/** The error code, or "data" when the call answered. */
const outcome = (answer: Answer): string => answer.body.errors?.[0]?.extensions?.code ?? 'data';

const FULL = {
  situation: 'En 2024, dans l’entrepôt de Vénissieux, la saison de fin d’année commençait avec deux absents.',
  task: 'Je devais tenir les délais de préparation des commandes urgentes.',
  action:
    'J’ai regroupé les commandes par zone, formé deux intérimaires au nouveau circuit et affiché le planning chaque matin.',
  result: 'Les retards ont baissé de 30 % en trois semaines, et la méthode a été gardée.',
};

/**
 * Interview practice through the gateway: the person or their coach starts a session for an
 * application (the occupation's family and the offer's skills choose the questions), the person
 * answers against STAR, their coach reviews and the person reads the review; every field and
 * mutation role by role (the person, their coach, another coach, ops, all-office ops, the sponsor's
 * HR, a committee member).
 */
export function interviewPracticeCases(career: CareerContext): void {
  describe('interview practice', () => {
    it('a session for an application, answered against STAR, reviewed by the coach, read by the person', async () => {
      const { candidateId, token } = await career.newPerson('Entretien');
      const person = career.as(token);
      const coach = career.as(career.tokens.coach);

      const started = await coach.request<{ startInterviewPractice: Record<string, unknown> }>(START, {
        input: {
          candidateId,
          applicationId: '6f1f9a52-8a53-4c3e-9d2f-0c0b8f6f2a11',
          occupationCodes: ['n1103'],
          offerSkills: ['Préparer les commandes', 'Réaliser un inventaire'],
          questionCount: 3,
        },
      });
      expect(started.body.errors).toBeUndefined();
      const session = started.body.data!.startInterviewPractice as {
        id: string;
        startedByRole: string;
        questions: { position: number; reason: string; matchedSkills: string[]; question: { id: string } }[];
      };
      expect(session.startedByRole).toBe('coach');
      expect(session.questions.map((q) => q.reason)).toEqual(['general', 'occupation', 'behavioural']);
      expect(session.questions[0].question.id).toMatch(/^gen-transition-/);
      expect(session.questions[1]).toMatchObject({
        question: { id: 'occ-n-2' },
        matchedSkills: ['Préparer les commandes', 'Réaliser un inventaire'],
      });
      const questionId = session.questions[1].question.id;

      const draft = await person.request(SAVE, {
        input: { sessionId: session.id, questionId, ...FULL, task: '', result: 'Moins de retards.' },
      });
      expect(draft.body.data).toEqual({
        savePracticeAnswer: {
          id: expect.any(String),
          status: 'DRAFT',
          check: { missingParts: ['TASK'], shortParts: ['RESULT'], resultWithoutFigure: true },
        },
      });
      expectGraphQLError(
        await person.request(SUBMIT, { input: { sessionId: session.id, questionId, ...FULL, task: ' ' } }),
        'ANSWER_INCOMPLETE',
        'task',
      );
      expectGraphQLError(
        await coach.request(SUBMIT, { input: { sessionId: session.id, questionId, ...FULL } }),
        'PRACTICE_ANSWERED_BY_THE_PERSON',
      );
      expectGraphQLError(
        await person.request(SAVE, { input: { sessionId: session.id, questionId: 'occ-a-1', ...FULL } }),
        'QUESTION_NOT_IN_SESSION',
      );
      const submitted = await person.request<{ submitPracticeAnswer: { id: string; status: string } }>(
        SUBMIT,
        {
          input: { sessionId: session.id, questionId, ...FULL },
        },
      );
      expect(submitted.body.data?.submitPracticeAnswer.status).toBe('SUBMITTED');
      const answerId = submitted.body.data!.submitPracticeAnswer.id;
      expectGraphQLError(
        await person.request(SAVE, { input: { sessionId: session.id, questionId, ...FULL } }),
        'ANSWER_ALREADY_SUBMITTED',
      );

      const scores = { structure: 4, concreteness: 3, result: 4, clarity: 3 };
      expectGraphQLError(
        await coach.request(REVIEW, { input: { answerId, ...scores, clarity: 5 } }),
        'BAD_USER_INPUT',
        'clarity',
      );
      const review = { answerId, ...scores, comment: 'Très clair ; dites combien de commandes par jour.' };
      const refusals = await Promise.all(
        (['otherCoach', 'ops', 'opsAll', 'sponsor', 'committee'] as const).map(async (role) => [
          role,
          outcome(await career.as(career.tokens[role]).request(REVIEW, { input: review })),
        ]),
      );
      expect(Object.fromEntries(refusals)).toEqual({
        otherCoach: 'FORBIDDEN',
        ops: 'FORBIDDEN',
        opsAll: 'FORBIDDEN',
        sponsor: 'FORBIDDEN',
        committee: 'FORBIDDEN',
      });
      expect(outcome(await person.request(REVIEW, { input: review }))).toBe('FORBIDDEN');
      const reviewed = await coach.request(REVIEW, { input: review });
      expect(reviewed.body.data).toEqual({
        reviewPracticeAnswer: {
          id: answerId,
          status: 'REVIEWED',
          review: { ...scores, total: 14, comment: review.comment },
        },
      });
      expectGraphQLError(await coach.request(REVIEW, { input: review }), 'ANSWER_ALREADY_REVIEWED');

      const seen = await person.request<{
        interviewPracticeSession: { questions: { answer: { review: unknown } | null }[] };
      }>(SESSION, { id: session.id });
      expect(seen.body.data?.interviewPracticeSession.questions[1].answer?.review).toEqual({
        ...scores,
        total: 14,
        comment: review.comment,
      });

      // The person's export, gathered by intake, holds their practice.
      const archive = (
        await person.ok<{
          exportPersonalData: {
            complete: boolean;
            services: { service: string; sections: { name: string; records: number }[] }[];
          };
        }>(EXPORT, { id: candidateId })
      ).exportPersonalData;
      expect(archive.complete).toBe(true);
      expect(
        archive.services
          .find((part) => part.service === 'career')
          ?.sections.filter((section) => section.name.startsWith('interviewPractice')),
      ).toEqual([
        { name: 'interviewPracticeSessions', records: 1 },
        { name: 'interviewPracticeQuestions', records: 3 },
        { name: 'interviewPracticeAnswers', records: 1 },
      ]);
    });

    it('every field and mutation, role by role: the person and their coach, no one else', async () => {
      const { candidateId, token } = await career.newPerson('Entretien matrice');
      const { token: otherPerson } = await career.newPerson('Entretien autre');
      const own = await career
        .as(token)
        .request<{ startInterviewPractice: { id: string; questions: { question: { id: string } }[] } }>(
          START,
          {
            input: { candidateId, questionCount: 2 },
          },
        );
      const session = own.body.data!.startInterviewPractice;
      const questionId = session.questions[0].question.id;
      const roles = {
        person: token,
        coach: career.tokens.coach,
        otherPerson,
        otherCoach: career.tokens.otherCoach,
        ops: career.tokens.ops,
        opsAll: career.tokens.opsAll,
        sponsor: career.tokens.sponsor,
        committee: career.tokens.committee,
      };
      const calls: Record<string, [string, Record<string, unknown>]> = {
        interviewPracticeGuide: [GUIDE, {}],
        interviewPracticeSessions: [SESSIONS, { id: candidateId }],
        interviewPracticeSession: [SESSION, { id: session.id }],
        startInterviewPractice: [START, { input: { candidateId, questionCount: 1 } }],
        savePracticeAnswer: [SAVE, { input: { sessionId: session.id, questionId, ...FULL } }],
      };
      const seen: Record<string, Record<string, string>> = {};
      for (const [field, [query, variables]] of Object.entries(calls)) {
        seen[field] = {};
        for (const [role, roleToken] of Object.entries(roles))
          seen[field][role] = outcome(await career.as(roleToken).request(query, variables));
      }
      const refusedByRole = {
        sponsor: 'FORBIDDEN',
        committee: 'FORBIDDEN',
        ops: 'FORBIDDEN',
        opsAll: 'FORBIDDEN',
      };
      expect(seen).toEqual({
        interviewPracticeGuide: {
          person: 'data',
          coach: 'data',
          otherPerson: 'data',
          otherCoach: 'data',
          ...refusedByRole,
        },
        interviewPracticeSessions: {
          person: 'data',
          coach: 'data',
          otherPerson: 'FORBIDDEN',
          otherCoach: 'FORBIDDEN',
          ...refusedByRole,
        },
        interviewPracticeSession: {
          person: 'data',
          coach: 'data',
          otherPerson: 'FORBIDDEN',
          otherCoach: 'FORBIDDEN',
          ...refusedByRole,
        },
        startInterviewPractice: {
          person: 'data',
          coach: 'data',
          otherPerson: 'FORBIDDEN',
          otherCoach: 'FORBIDDEN',
          ...refusedByRole,
        },
        savePracticeAnswer: {
          person: 'data',
          coach: 'PRACTICE_ANSWERED_BY_THE_PERSON',
          otherPerson: 'FORBIDDEN',
          otherCoach: 'FORBIDDEN',
          ...refusedByRole,
        },
      });
      // submitPracticeAnswer and reviewPracticeAnswer role by role: in the journey above.
    });
  });
}
