import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Templates, programme terms, full plans with milestones, facts, history and at-risk state. */
export class PathwayPlansProgressAndRisk1763900015000 implements MigrationInterface {
  name = 'PathwayPlansProgressAndRisk1763900015000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // New NOT NULL columns on existing drafts get a value once, then no default (entities own them).
    await queryRunner.query(`
      ALTER TABLE "pathway"
        ADD COLUMN "track" text,
        ADD COLUMN "diagnosed_at" timestamptz,
        ADD COLUMN "distress_flag" boolean NOT NULL DEFAULT false,
        ADD COLUMN "template_id" uuid,
        ADD COLUMN "template_version" integer,
        ADD COLUMN "planned_track" text,
        ADD COLUMN "plan_start_on" date,
        ADD COLUMN "plan_end_on" date,
        ADD COLUMN "sessions_planned" integer,
        ADD COLUMN "fit_issues" jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN "plan_refusal" text,
        ADD COLUMN "planned_at" timestamptz,
        ADD COLUMN "revision" integer NOT NULL DEFAULT 0,
        ADD COLUMN "sessions_used" integer NOT NULL DEFAULT 0,
        ADD COLUMN "no_shows" integer NOT NULL DEFAULT 0,
        ADD COLUMN "consecutive_no_shows" integer NOT NULL DEFAULT 0,
        ADD COLUMN "last_activity_at" timestamptz,
        ADD COLUMN "current_phase" text,
        ADD COLUMN "outcome_category" text,
        ADD COLUMN "completed_at" timestamptz,
        ADD COLUMN "risk_findings" jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN "risk_urgency" text,
        ADD COLUMN "risk_next_action" text,
        ADD COLUMN "risk_detected_at" timestamptz,
        ADD COLUMN "risk_next_check_at" timestamptz`);
    for (const column of [
      'distress_flag',
      'fit_issues',
      'revision',
      'sessions_used',
      'no_shows',
      'consecutive_no_shows',
      'risk_findings',
    ]) {
      await queryRunner.query(`ALTER TABLE "pathway" ALTER COLUMN "${column}" DROP DEFAULT`);
    }
    await queryRunner.query(`CREATE INDEX "pathway_risk_next_check_at" ON "pathway" ("risk_next_check_at")`);

    await queryRunner.query(`
      CREATE TABLE "milestone" (
        "id" uuid PRIMARY KEY,
        "pathway_id" uuid NOT NULL,
        "template_key" text,
        "origin" text NOT NULL,
        "position" integer NOT NULL,
        "phase" text NOT NULL,
        "kind" text NOT NULL,
        "title" text NOT NULL,
        "due_on" date NOT NULL,
        "session_kind" text,
        "instrument_code" text,
        "depends_on" uuid[] NOT NULL,
        "removed_at" timestamptz,
        "status" text NOT NULL,
        "reached_at" timestamptz,
        "cause_event_id" uuid,
        "booked_session_id" uuid,
        "no_shows" integer NOT NULL,
        "announced_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "milestone_pathway_id_position" ON "milestone" ("pathway_id", "position")`,
    );

    await queryRunner.query(`
      CREATE TABLE "pathway_fact" (
        "event_id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "type" text NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "fact" jsonb NOT NULL,
        "received_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "pathway_fact_candidate_id" ON "pathway_fact" ("candidate_id")`);

    await queryRunner.query(`
      CREATE TABLE "pathway_history" (
        "id" uuid PRIMARY KEY,
        "pathway_id" uuid NOT NULL,
        "at" timestamptz NOT NULL,
        "actor" text NOT NULL,
        "action" text NOT NULL,
        "milestone_id" uuid,
        "reason" text,
        "details" jsonb NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "pathway_history_pathway_id_at" ON "pathway_history" ("pathway_id", "at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "pathway_template" (
        "id" uuid PRIMARY KEY,
        "track" text NOT NULL,
        "version" integer NOT NULL,
        "name" text NOT NULL,
        "milestones" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL,
        "created_by" text NOT NULL,
        "note" text,
        CONSTRAINT "pathway_template_track_version" UNIQUE ("track", "version")
      )`);

    await queryRunner.query(`
      CREATE TABLE "programme_terms" (
        "programme_id" uuid PRIMARY KEY,
        "sponsor_id" uuid NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "start_date" date NOT NULL,
        "duration_months" integer NOT NULL,
        "session_budget_per_person" integer NOT NULL,
        "terms_at" timestamptz NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE "erased_candidate" (
        "candidate_id" uuid PRIMARY KEY,
        "erased_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'erased_candidate',
      'programme_terms',
      'pathway_template',
      'pathway_history',
      'pathway_fact',
      'milestone',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`DROP INDEX "pathway_risk_next_check_at"`);
    await queryRunner.query(`
      ALTER TABLE "pathway"
        DROP COLUMN "track", DROP COLUMN "diagnosed_at", DROP COLUMN "distress_flag",
        DROP COLUMN "template_id", DROP COLUMN "template_version", DROP COLUMN "planned_track",
        DROP COLUMN "plan_start_on", DROP COLUMN "plan_end_on", DROP COLUMN "sessions_planned",
        DROP COLUMN "fit_issues", DROP COLUMN "plan_refusal", DROP COLUMN "planned_at",
        DROP COLUMN "revision", DROP COLUMN "sessions_used", DROP COLUMN "no_shows",
        DROP COLUMN "consecutive_no_shows", DROP COLUMN "last_activity_at", DROP COLUMN "current_phase",
        DROP COLUMN "outcome_category", DROP COLUMN "completed_at", DROP COLUMN "risk_findings",
        DROP COLUMN "risk_urgency", DROP COLUMN "risk_next_action", DROP COLUMN "risk_detected_at",
        DROP COLUMN "risk_next_check_at"`);
  }
}
