import { InterviewPracticeAnswerEntity } from './entities/interview-practice-answer.entity';
import { InterviewPracticeQuestionEntity } from './entities/interview-practice-question.entity';
import { InterviewPracticeSessionEntity } from './entities/interview-practice-session.entity';
import type { CareerPersonalDataPart } from './personal-data';

/**
 * Interview practice in the person's export: their sessions, the questions drawn, their answers
 * with the coach's reviews. Erasure deletes the sessions; questions and answers go with them.
 */
export const interviewPracticePersonalData: CareerPersonalDataPart = {
  area: 'interview-practice',
  async sections(manager, candidateId) {
    const sessions = await manager
      .getRepository(InterviewPracticeSessionEntity)
      .find({ where: { candidateId }, order: { startedAt: 'ASC', id: 'ASC' } });
    const sessionIds = sessions.map((session) => session.id);
    const questions =
      sessionIds.length === 0
        ? []
        : await manager
            .getRepository(InterviewPracticeQuestionEntity)
            .createQueryBuilder('question')
            .where('question.session_id = ANY(:sessionIds)', { sessionIds })
            .orderBy('question.session_id')
            .addOrderBy('question.position')
            .getMany();
    const answers = await manager
      .getRepository(InterviewPracticeAnswerEntity)
      .find({ where: { candidateId }, order: { savedAt: 'ASC', id: 'ASC' } });
    return {
      interviewPracticeSessions: sessions,
      interviewPracticeQuestions: questions,
      interviewPracticeAnswers: answers,
    };
  },
  async erase(manager, candidateId) {
    await manager.getRepository(InterviewPracticeAnswerEntity).delete({ candidateId });
    await manager.getRepository(InterviewPracticeSessionEntity).delete({ candidateId });
  },
};
