import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `('sent', 'interview', 'offer', 'refused', 'no_answer', 'accepted', 'withdrawn')`;

/**
 * Job applications: one row per application with where it stands, its follow-up (the due date and
 * the one a reminder went out for, so the sweep never reminds twice for the same date) and the
 * answered offer to log as an OVE; and every status with its day (`career_application_step`, never
 * updated: a trigger refuses it).
 */
export class CreateCareerApplications1766010000000 implements MigrationInterface {
  name = 'CreateCareerApplications1766010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "career_application" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "offer_id" uuid,
        "occupation_code" text,
        "company" text NOT NULL,
        "job_title" text NOT NULL,
        "channel" text NOT NULL,
        "sent_on" date NOT NULL,
        "status" text NOT NULL,
        "status_changed_on" date NOT NULL,
        "notes" text,
        "follow_up_days" integer NOT NULL,
        "follow_up_due_on" date,
        "follow_up_sent_for" date,
        "ove_offered_on" date,
        "ove_decision" text,
        "ove_decided_on" date,
        "ove_logged_at" timestamptz,
        "recorded_by" text NOT NULL,
        "recorded_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL,
        CONSTRAINT "career_application_status_check" CHECK ("status" IN ${STATUSES}),
        CONSTRAINT "career_application_follow_up_days_check" CHECK ("follow_up_days" BETWEEN 1 AND 60),
        CONSTRAINT "career_application_ove_decision_check" CHECK ("ove_decision" IN ('accepted', 'refused'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "career_application_candidate" ON "career_application" ("candidate_id", "sent_on")`,
    );
    await queryRunner.query(
      `CREATE INDEX "career_application_follow_up" ON "career_application" ("follow_up_due_on")`,
    );
    await queryRunner.query(`
      CREATE TABLE "career_application_step" (
        "application_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "status" text NOT NULL,
        "changed_on" date NOT NULL,
        "recorded_by" text NOT NULL,
        "recorded_at" timestamptz NOT NULL,
        PRIMARY KEY ("application_id", "position"),
        CONSTRAINT "career_application_step_application_id_fkey" FOREIGN KEY ("application_id")
          REFERENCES "career_application" ("id") ON DELETE CASCADE,
        CONSTRAINT "career_application_step_status_check" CHECK ("status" IN ${STATUSES})
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "career_application_step_kept"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'an application''s history is kept as recorded: change its status with a new step';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "career_application_step_kept" BEFORE UPDATE ON "career_application_step"
      FOR EACH ROW EXECUTE FUNCTION "career_application_step_kept"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "career_application_step"`);
    await queryRunner.query(`DROP FUNCTION "career_application_step_kept"()`);
    await queryRunner.query(`DROP TABLE "career_application"`);
  }
}
