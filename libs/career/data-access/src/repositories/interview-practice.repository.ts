import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { InterviewPracticeAnswerEntity } from '../entities/interview-practice-answer.entity';
import { InterviewPracticeQuestionEntity } from '../entities/interview-practice-question.entity';
import { InterviewPracticeSessionEntity } from '../entities/interview-practice-session.entity';

/** A practice session with its questions (in order) and the answers written so far. */
export interface PracticeSessionRecord {
  session: InterviewPracticeSessionEntity;
  questions: InterviewPracticeQuestionEntity[];
  answers: InterviewPracticeAnswerEntity[];
}

/** Interview practice: sessions, their questions, and the person's answers with their reviews. */
@Injectable()
export class InterviewPracticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async createSession(
    session: InterviewPracticeSessionEntity,
    questions: InterviewPracticeQuestionEntity[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(InterviewPracticeSessionEntity).insert(session);
      if (questions.length > 0)
        await manager.getRepository(InterviewPracticeQuestionEntity).insert(questions);
    });
  }

  findSession(id: string): Promise<InterviewPracticeSessionEntity | null> {
    return this.dataSource.getRepository(InterviewPracticeSessionEntity).findOneBy({ id });
  }

  /** A person's sessions, the latest first, each with its questions and answers. */
  async sessionsOf(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PracticeSessionRecord[]> {
    const sessions = await manager
      .getRepository(InterviewPracticeSessionEntity)
      .find({ where: { candidateId }, order: { startedAt: 'DESC', id: 'ASC' } });
    return this.withContent(sessions, manager);
  }

  async record(id: string): Promise<PracticeSessionRecord | null> {
    const session = await this.findSession(id);
    if (!session) return null;
    const [record] = await this.withContent([session], this.dataSource.manager);
    return record;
  }

  private async withContent(
    sessions: InterviewPracticeSessionEntity[],
    manager: EntityManager,
  ): Promise<PracticeSessionRecord[]> {
    if (sessions.length === 0) return [];
    const ids = sessions.map((session) => session.id);
    const [questions, answers] = await Promise.all([
      manager
        .getRepository(InterviewPracticeQuestionEntity)
        .find({ where: { sessionId: In(ids) }, order: { position: 'ASC' } }),
      manager.getRepository(InterviewPracticeAnswerEntity).find({ where: { sessionId: In(ids) } }),
    ]);
    return sessions.map((session) => ({
      session,
      questions: questions.filter((question) => question.sessionId === session.id),
      answers: answers.filter((answer) => answer.sessionId === session.id),
    }));
  }

  /** The answer to a question of a session, locked while it is saved, submitted or reviewed. */
  lockAnswer(
    manager: EntityManager,
    sessionId: string,
    questionId: string,
  ): Promise<InterviewPracticeAnswerEntity | null> {
    return manager
      .getRepository(InterviewPracticeAnswerEntity)
      .findOne({ where: { sessionId, questionId }, lock: { mode: 'pessimistic_write' } });
  }

  lockAnswerById(manager: EntityManager, id: string): Promise<InterviewPracticeAnswerEntity | null> {
    return manager
      .getRepository(InterviewPracticeAnswerEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveAnswer(manager: EntityManager, answer: InterviewPracticeAnswerEntity): Promise<void> {
    await manager.getRepository(InterviewPracticeAnswerEntity).save(answer);
  }

  /** Erasure: every session of the person, their questions and answers with them (cascade). */
  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.getRepository(InterviewPracticeSessionEntity).delete({ candidateId });
  }
}
