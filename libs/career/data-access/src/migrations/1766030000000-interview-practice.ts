import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interview practice: a session of questions drawn from the bank for one person
 * (`interview_practice_session`, with the questions in order in `interview_practice_question`),
 * and the person's written STAR answers with the coach's review (`interview_practice_answer`,
 * one per question of a session). Everything is the person's: erased with them.
 */
export class InterviewPractice1766030000000 implements MigrationInterface {
  name = 'InterviewPractice1766030000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "interview_practice_session" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "application_id" uuid,
        "occupation_codes" text[] NOT NULL,
        "offer_skills" text[] NOT NULL,
        "bank_version" text NOT NULL,
        "started_by" text NOT NULL,
        "started_by_role" text NOT NULL,
        "started_at" timestamptz NOT NULL,
        CONSTRAINT "interview_practice_session_role_check" CHECK ("started_by_role" IN ('candidate', 'coach'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "interview_practice_session_candidate" ON "interview_practice_session" ("candidate_id", "started_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "interview_practice_question" (
        "session_id" uuid NOT NULL REFERENCES "interview_practice_session" ("id") ON DELETE CASCADE,
        "position" integer NOT NULL,
        "question_id" text NOT NULL,
        "reason" text NOT NULL,
        "matched_skills" text[] NOT NULL,
        PRIMARY KEY ("session_id", "position"),
        CONSTRAINT "interview_practice_question_reason_check" CHECK ("reason" IN ('general', 'occupation', 'behavioural')),
        CONSTRAINT "interview_practice_question_once" UNIQUE ("session_id", "question_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "interview_practice_answer" (
        "id" uuid PRIMARY KEY,
        "session_id" uuid NOT NULL REFERENCES "interview_practice_session" ("id") ON DELETE CASCADE,
        "question_id" text NOT NULL,
        "candidate_id" uuid NOT NULL,
        "status" text NOT NULL,
        "situation" text NOT NULL,
        "task" text NOT NULL,
        "action" text NOT NULL,
        "result" text NOT NULL,
        "saved_at" timestamptz NOT NULL,
        "submitted_at" timestamptz,
        "review_structure" smallint,
        "review_concreteness" smallint,
        "review_result" smallint,
        "review_clarity" smallint,
        "review_comment" text,
        "reviewed_by_coach_id" uuid,
        "reviewed_at" timestamptz,
        CONSTRAINT "interview_practice_answer_status_check" CHECK ("status" IN ('draft', 'submitted', 'reviewed')),
        CONSTRAINT "interview_practice_answer_scores_check" CHECK (
          "review_structure" BETWEEN 1 AND 4 AND "review_concreteness" BETWEEN 1 AND 4
          AND "review_result" BETWEEN 1 AND 4 AND "review_clarity" BETWEEN 1 AND 4
        ),
        CONSTRAINT "interview_practice_answer_one_per_question" UNIQUE ("session_id", "question_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "interview_practice_answer_candidate" ON "interview_practice_answer" ("candidate_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "interview_practice_answer"`);
    await queryRunner.query(`DROP TABLE "interview_practice_question"`);
    await queryRunner.query(`DROP TABLE "interview_practice_session"`);
  }
}
