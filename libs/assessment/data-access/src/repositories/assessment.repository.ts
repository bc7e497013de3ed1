import { ConfidentialReadEntity } from '@passerelle/shared/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { CompletionCount } from '@passerelle/assessment/domain';
import { AssessmentEntity } from '../entities/assessment.entity';
import { AssessmentAnswerEntity } from '../entities/assessment-answer.entity';
import { CandidateBackgroundEntity } from '../entities/candidate-background.entity';
import { AssessmentDebriefEntity } from '../entities/assessment-debrief.entity';
import { AssessmentFreeSkillEntity } from '../entities/assessment-free-skill.entity';
import { AssessmentProfileEntity } from '../entities/assessment-profile.entity';
import { AssessmentSkillItemEntity } from '../entities/assessment-skill-item.entity';
import { SuggestedOccupationEntity } from '../entities/suggested-occupation.entity';
import { ErasedCandidateEntity } from '../entities/erased-candidate.entity';
import { CandidateConsentEntity } from '../entities/candidate-consent.entity';

/** Tables holding a person's assessment data, all keyed by candidate_id for erasure. */
const PERSONAL_TABLES = [
  AssessmentSkillItemEntity,
  AssessmentAnswerEntity,
  AssessmentFreeSkillEntity,
  AssessmentProfileEntity,
  AssessmentDebriefEntity,
  CandidateBackgroundEntity,
  SuggestedOccupationEntity,
  CandidateConsentEntity,
  AssessmentEntity,
];

@Injectable()
export class AssessmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  listForCandidate(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AssessmentEntity[]> {
    return manager.find(AssessmentEntity, { where: { candidateId }, order: { assignedAt: 'ASC' } });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AssessmentEntity | null> {
    return manager.findOneBy(AssessmentEntity, { id });
  }

  /** Reads a session the caller has just written in this transaction. */
  async getById(id: string, manager: EntityManager): Promise<AssessmentEntity> {
    const session = await manager.findOneBy(AssessmentEntity, { id });
    if (!session) throw new Error(`assessment ${id} vanished inside its own transaction`);
    return session;
  }

  /** Locks the session for a state change, so two submissions cannot both score it. */
  lockById(manager: EntityManager, id: string): Promise<AssessmentEntity | null> {
    return manager.findOne(AssessmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts unless a session already exists for the milestone; returns whether it did. */
  async insertIfNewMilestone(manager: EntityManager, row: AssessmentEntity): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AssessmentEntity)
      .values(row)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async insert(manager: EntityManager, row: AssessmentEntity): Promise<void> {
    await manager.insert(AssessmentEntity, row);
  }

  async update(
    manager: EntityManager,
    id: string,
    patch: Partial<AssessmentEntity> & Pick<AssessmentEntity, 'updatedAt'>,
  ): Promise<void> {
    await manager.update(AssessmentEntity, { id }, patch);
  }

  async insertSkillItems(manager: EntityManager, rows: AssessmentSkillItemEntity[]): Promise<void> {
    if (rows.length) await manager.insert(AssessmentSkillItemEntity, rows);
  }

  /**
   * Serialises, until the transaction ends, the writers of one person's skills inventories: the
   * plan's consumer creating a session and the enrolment's consumer completing it otherwise run
   * side by side, each blind to the other's uncommitted rows (a session left without skills).
   */
  async lockPersonsSessions(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `assessment:${candidateId}`,
    ]);
  }

  async deleteSkillItems(manager: EntityManager, assessmentId: string): Promise<void> {
    await manager.delete(AssessmentSkillItemEntity, { assessmentId });
  }

  skillItems(assessmentId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.find(AssessmentSkillItemEntity, { where: { assessmentId }, order: { position: 'ASC' } });
  }

  async answers(
    assessmentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Record<string, number>> {
    const rows = await manager.find(AssessmentAnswerEntity, { where: { assessmentId } });
    return Object.fromEntries(rows.map((row) => [row.itemId, row.value]));
  }

  /** Saves answers given so far; a later value for the same item replaces the earlier one. */
  async saveAnswers(
    manager: EntityManager,
    session: Pick<AssessmentEntity, 'id' | 'candidateId'>,
    answers: Readonly<Record<string, number>>,
  ): Promise<void> {
    const entries = Object.entries(answers);
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO assessment_answer (assessment_id, item_id, candidate_id, value, answered_at)
       SELECT $1, item_id, $2, value, now() FROM unnest($3::text[], $4::smallint[]) AS t(item_id, value)
       ON CONFLICT (assessment_id, item_id) DO UPDATE SET value = EXCLUDED.value, answered_at = EXCLUDED.answered_at`,
      [session.id, session.candidateId, entries.map(([itemId]) => itemId), entries.map(([, value]) => value)],
    );
  }

  async replaceFreeSkills(
    manager: EntityManager,
    session: Pick<AssessmentEntity, 'id' | 'candidateId'>,
    skills: readonly { label: string; rating: number }[],
  ): Promise<void> {
    await manager.delete(AssessmentFreeSkillEntity, { assessmentId: session.id });
    if (skills.length) {
      await manager.insert(
        AssessmentFreeSkillEntity,
        skills.map((skill, index) => ({
          assessmentId: session.id,
          candidateId: session.candidateId,
          position: index + 1,
          label: skill.label.trim(),
          rating: skill.rating,
        })),
      );
    }
  }

  freeSkills(assessmentId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.find(AssessmentFreeSkillEntity, { where: { assessmentId }, order: { position: 'ASC' } });
  }

  async insertProfile(manager: EntityManager, row: AssessmentProfileEntity): Promise<void> {
    // TypeORM's deep-partial type cannot see through a JSON column's open record type.
    await manager.insert(AssessmentProfileEntity, row as QueryDeepPartialEntity<AssessmentProfileEntity>);
  }

  findProfile(assessmentId: string): Promise<AssessmentProfileEntity | null> {
    return this.dataSource.getRepository(AssessmentProfileEntity).findOneBy({ assessmentId });
  }

  async insertDebrief(manager: EntityManager, row: AssessmentDebriefEntity): Promise<void> {
    await manager.insert(AssessmentDebriefEntity, row);
  }

  findDebrief(assessmentId: string): Promise<AssessmentDebriefEntity | null> {
    return this.dataSource.getRepository(AssessmentDebriefEntity).findOneBy({ assessmentId });
  }

  /** Keeps the consent unless a later one is already held (a replay may bring an older one). */
  async recordConsent(
    manager: EntityManager,
    consent: Pick<CandidateConsentEntity, 'candidateId' | 'granted' | 'recordedAt'>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO candidate_consent (candidate_id, granted, recorded_at) VALUES ($1, $2, $3)
       ON CONFLICT (candidate_id) DO UPDATE SET granted = EXCLUDED.granted, recorded_at = EXCLUDED.recorded_at
       WHERE candidate_consent.recorded_at <= EXCLUDED.recorded_at`,
      [consent.candidateId, consent.granted, consent.recordedAt],
    );
  }

  /** The consent to the privacy notice in force, as intake announced it; null when none was heard of. */
  consentOf(candidateId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(CandidateConsentEntity, { candidateId });
  }

  /** The audit trail of confidential reads; written before the data is handed out. */
  async recordRead(read: Omit<ConfidentialReadEntity, 'id'>): Promise<void> {
    await this.dataSource.getRepository(ConfidentialReadEntity).insert({ ...read, id: randomUUID() });
  }

  readsOf(candidateId: string): Promise<ConfidentialReadEntity[]> {
    return this.dataSource
      .getRepository(ConfidentialReadEntity)
      .find({ where: { candidateId }, order: { readAt: 'ASC' } });
  }

  /**
   * Sessions per instrument and status for a programme, with the distinct people behind each, and
   * how many people took any: counts only, never a person.
   */
  async completionCounts(programmeId: string): Promise<{ counts: CompletionCount[]; people: number }> {
    const rows: { instrument_code: string | null; status: string | null; count: number; people: number }[] =
      await this.dataSource.query(
        `SELECT a.instrument_code, a.status, count(*)::int AS count, count(DISTINCT a.candidate_id)::int AS people
         FROM assessment a JOIN candidate_scope s ON s.candidate_id = a.candidate_id
         WHERE s.programme_id = $1 GROUP BY GROUPING SETS ((a.instrument_code, a.status), ()) ORDER BY 1, 2`,
        [programmeId],
      );
    return {
      counts: rows.flatMap((row) =>
        row.instrument_code === null || row.status === null
          ? []
          : [
              {
                instrumentCode: row.instrument_code,
                status: row.status,
                count: row.count,
                people: row.people,
              },
            ],
      ),
      people: rows.find((row) => row.instrument_code === null)?.people ?? 0,
    };
  }

  /**
   * Idempotent. Matching's answer for the person's title may have come first (topics are not
   * ordered together): its code stays, the enrolment adds the languages.
   */
  async recordCandidate(manager: EntityManager, row: CandidateBackgroundEntity): Promise<void> {
    await manager.query(
      `INSERT INTO candidate_background (candidate_id, former_occupation_code, languages) VALUES ($1, $2, $3)
       ON CONFLICT (candidate_id) DO UPDATE
         SET former_occupation_code = COALESCE(candidate_background.former_occupation_code, EXCLUDED.former_occupation_code),
             languages = CASE WHEN candidate_background.languages = '{}' THEN EXCLUDED.languages
                              ELSE candidate_background.languages END`,
      [row.candidateId, row.formerOccupationCode, row.languages],
    );
  }

  /**
   * A Kafka batch's enrolments (`recordCandidate` for each, in their order, in one statement): for a
   * person enrolled twice, the first code and the first languages given win, as one at a time;
   * people erased are left out. Returns the people recorded.
   */
  async recordCandidates(
    manager: EntityManager,
    rows: readonly Pick<CandidateBackgroundEntity, 'candidateId' | 'formerOccupationCode' | 'languages'>[],
  ): Promise<string[]> {
    const folded = new Map<string, { code: string | null; languages: string[] }>();
    for (const row of rows) {
      const before = folded.get(row.candidateId);
      folded.set(row.candidateId, {
        code: before?.code ?? row.formerOccupationCode,
        languages: before && before.languages.length > 0 ? before.languages : row.languages,
      });
    }
    if (folded.size === 0) return [];
    const recorded: { candidate_id: string }[] = await manager.query(
      `INSERT INTO candidate_background (candidate_id, former_occupation_code, languages)
       SELECT r.candidate_id, r.code, ARRAY(SELECT jsonb_array_elements_text(r.languages))
         FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS r(candidate_id, code, languages)
        WHERE NOT EXISTS (SELECT 1 FROM erased_candidate e WHERE e.candidate_id = r.candidate_id)
        ORDER BY r.candidate_id
       ON CONFLICT (candidate_id) DO UPDATE
         SET former_occupation_code = COALESCE(candidate_background.former_occupation_code, EXCLUDED.former_occupation_code),
             languages = CASE WHEN candidate_background.languages = '{}' THEN EXCLUDED.languages
                              ELSE candidate_background.languages END
       RETURNING candidate_id::text`,
      [
        [...folded.keys()],
        [...folded.values()].map((row) => row.code),
        [...folded.values()].map((row) => JSON.stringify(row.languages)),
      ],
    );
    return recorded.map((row) => row.candidate_id);
  }

  /** Which of these people have a session assigned and not yet started (a skills inventory may be one). */
  async withAssignedSessions(manager: EntityManager, candidateIds: readonly string[]): Promise<string[]> {
    if (candidateIds.length === 0) return [];
    const rows: { candidate_id: string }[] = await manager.query(
      `SELECT DISTINCT candidate_id::text FROM assessment WHERE candidate_id = ANY($1::uuid[]) AND status = 'assigned'`,
      [[...candidateIds]],
    );
    return rows.map((row) => row.candidate_id);
  }

  /**
   * The code matching resolved the person's former job title to (before or after the enrolment).
   * The latest answer wins: a replay or an older answer arriving late changes nothing.
   */
  async recordResolvedOccupation(
    manager: EntityManager,
    candidateId: string,
    answer: { romeCode: string; how: 'automatic' | 'confirmed'; resolvedAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO candidate_background
              (candidate_id, former_occupation_code, languages, resolved_occupation_how, resolved_occupation_at)
       VALUES ($1, $2, '{}', $3, $4)
       ON CONFLICT (candidate_id) DO UPDATE
         SET former_occupation_code = EXCLUDED.former_occupation_code,
             resolved_occupation_how = EXCLUDED.resolved_occupation_how,
             resolved_occupation_at = EXCLUDED.resolved_occupation_at
       WHERE candidate_background.resolved_occupation_at IS NULL
          OR candidate_background.resolved_occupation_at < EXCLUDED.resolved_occupation_at`,
      [candidateId, answer.romeCode, answer.how, answer.resolvedAt],
    );
  }

  /**
   * Matching took back the code it resolved on its own (FormerOccupationWithdrawn): an automatic
   * answer older than the withdrawal goes; a confirmed one, a later answer and HR's code stay.
   */
  async withdrawResolvedOccupation(
    manager: EntityManager,
    candidateId: string,
    withdrawnAt: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE candidate_background
          SET former_occupation_code = NULL, resolved_occupation_how = NULL, resolved_occupation_at = $2
        WHERE candidate_id = $1 AND resolved_occupation_how = 'automatic' AND resolved_occupation_at < $2`,
      [candidateId, withdrawnAt],
    );
  }

  /** A correction file's new former occupation or languages (only the fields given). */
  async correctCandidate(
    manager: EntityManager,
    candidateId: string,
    change: Partial<Pick<CandidateBackgroundEntity, 'formerOccupationCode' | 'languages'>>,
  ): Promise<void> {
    // HR's own code is not matching's answer: no withdrawal may drop it.
    const provenance = 'formerOccupationCode' in change ? { resolvedOccupationHow: null } : {};
    if (Object.keys(change).length > 0)
      await manager.update(CandidateBackgroundEntity, { candidateId }, { ...change, ...provenance });
  }

  findCandidate(candidateId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(CandidateBackgroundEntity, { candidateId });
  }

  /** Keeps the latest recommendation set only: an older one arriving late changes nothing. */
  async replaceSuggestions(
    manager: EntityManager,
    candidateId: string,
    computedAt: Date,
    rows: readonly { occupationCode: string; rank: number; proximity: string }[],
  ): Promise<boolean> {
    const [current] = (await manager.query(
      `SELECT max(computed_at) AS at FROM suggested_occupation WHERE candidate_id = $1`,
      [candidateId],
    )) as { at: Date | null }[];
    if (current?.at && current.at >= computedAt) return false;
    await manager.delete(SuggestedOccupationEntity, { candidateId });
    if (rows.length) {
      await manager.insert(
        SuggestedOccupationEntity,
        rows.map((row) => ({ ...row, candidateId, computedAt })),
      );
    }
    return true;
  }

  suggestions(candidateId: string): Promise<SuggestedOccupationEntity[]> {
    return this.dataSource
      .getRepository(SuggestedOccupationEntity)
      .find({ where: { candidateId }, order: { rank: 'ASC' } });
  }

  /**
   * GDPR erasure: sessions, answers, profiles, debrief notes and projections of the person; only
   * their id and the time are kept (`erased_candidate`), so a later event about them is dropped.
   */
  async eraseCandidate(manager: EntityManager, candidateId: string, erasedAt: Date): Promise<void> {
    // Exclusive: an event about them being applied from another topic (`isErased`, shared) commits
    // first and its rows go with the rest, or waits and then sees them erased.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `assessment-erasure:${candidateId}`,
    ]);
    for (const table of PERSONAL_TABLES) await manager.delete(table, { candidateId });
    await manager.query(
      `INSERT INTO erased_candidate (candidate_id, erased_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [candidateId, erasedAt],
    );
  }

  /** Whether the person was erased: events about them from other topics may still arrive after it. */
  async isErased(manager: EntityManager, candidateId: string): Promise<boolean> {
    // Held until the caller's transaction ends: an erasure cannot slip between this answer and
    // what the caller then writes about them (the soak's erasure fault found one brought back).
    await manager.query(`SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))`, [
      `assessment-erasure:${candidateId}`,
    ]);
    return manager.getRepository(ErasedCandidateEntity).existsBy({ candidateId });
  }
}
