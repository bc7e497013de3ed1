import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offices, rooms, coaches, assignments, sessions, bookings and reminders. Replaces the placeholder
 * coaching_session table of the foundation (never written to) by the real one.
 */
export class CreateSchedulingTables1763900013000 implements MigrationInterface {
  name = 'CreateSchedulingTables1763900013000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`DROP TABLE "coaching_session"`);
    await queryRunner.query(`
      CREATE TABLE "office" (
        "id" uuid PRIMARY KEY,
        "name" text NOT NULL,
        "address" text NOT NULL,
        "time_zone" text NOT NULL,
        "opening_hours" jsonb NOT NULL,
        "french_public_holidays" boolean NOT NULL,
        "extra_holidays" text[] NOT NULL,
        "buffer_minutes" integer NOT NULL,
        "minimum_notice_minutes" integer NOT NULL,
        "created_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "room" (
        "id" uuid PRIMARY KEY,
        "office_id" uuid NOT NULL,
        "name" text NOT NULL,
        "capacity" integer NOT NULL,
        "equipment" text[] NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "room_office" ON "room" ("office_id")`);
    await queryRunner.query(`
      CREATE TABLE "coach" (
        "id" uuid PRIMARY KEY,
        "display_name" text NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "languages" text[] NOT NULL,
        "specialties" text[] NOT NULL,
        "max_caseload" integer NOT NULL,
        "weekly_hours" jsonb NOT NULL,
        "calendar_token" text NOT NULL,
        "active" boolean NOT NULL,
        "created_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "coach_calendar_token" ON "coach" ("calendar_token")`);
    await queryRunner.query(`
      CREATE TABLE "coach_exception" (
        "id" uuid PRIMARY KEY,
        "coach_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "note" text
      )`);
    await queryRunner.query(
      `CREATE INDEX "coach_exception_coach" ON "coach_exception" ("coach_id", "starts_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "programme_offices" (
        "programme_id" uuid PRIMARY KEY,
        "sponsor_id" uuid NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "terms_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "candidate_profile" (
        "candidate_id" uuid PRIMARY KEY,
        "programme_id" uuid NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "languages" text[] NOT NULL,
        "track" text,
        "mobility_radius_km" integer,
        "updated_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "coach_assignment" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "coach_id" uuid NOT NULL,
        "office_id" uuid NOT NULL,
        "mode" text NOT NULL,
        "reason" text,
        "explanation" jsonb,
        "assigned_by" text NOT NULL,
        "assigned_at" timestamptz NOT NULL,
        "ended_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "coach_assignment_current" ON "coach_assignment" ("candidate_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "coach_assignment_coach" ON "coach_assignment" ("coach_id", "ended_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "assignment_queue" (
        "candidate_id" uuid PRIMARY KEY,
        "programme_id" uuid NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "reason_code" text NOT NULL,
        "explanation" jsonb NOT NULL,
        "queued_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "coaching_session" (
        "id" uuid PRIMARY KEY,
        "coach_id" uuid NOT NULL,
        "office_id" uuid,
        "room_id" uuid,
        "kind" text NOT NULL,
        "mode" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "seat_limit" integer NOT NULL,
        "video_link" text,
        "status" text NOT NULL,
        "cancel_reason" text,
        "revision" integer NOT NULL,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "coaching_session_coach" ON "coaching_session" ("coach_id", "starts_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "session_participant" (
        "session_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "status" text NOT NULL,
        "booked_at" timestamptz NOT NULL,
        PRIMARY KEY ("session_id", "candidate_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "session_participant_candidate" ON "session_participant" ("candidate_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "booking" (
        "id" uuid PRIMARY KEY,
        "session_id" uuid NOT NULL,
        "resource_kind" text NOT NULL,
        "resource_id" uuid NOT NULL,
        "during" tstzrange NOT NULL,
        CONSTRAINT "booking_no_overlap" EXCLUDE USING gist ("resource_kind" WITH =, "resource_id" WITH =, "during" WITH &&)
      )`);
    await queryRunner.query(`CREATE INDEX "booking_session" ON "booking" ("session_id")`);
    await queryRunner.query(`
      CREATE TABLE "session_reminder" (
        "id" uuid PRIMARY KEY,
        "session_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "coach_id" uuid NOT NULL,
        "lead_minutes" integer NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "due_at" timestamptz NOT NULL,
        "status" text NOT NULL,
        "sent_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "session_reminder_due" ON "session_reminder" ("due_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX "session_reminder_session" ON "session_reminder" ("session_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'session_reminder',
      'booking',
      'session_participant',
      'coaching_session',
      'assignment_queue',
      'coach_assignment',
      'candidate_profile',
      'programme_offices',
      'coach_exception',
      'coach',
      'room',
      'office',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    // The foundation's placeholder, as it was.
    await queryRunner.query(`
      CREATE TABLE "coaching_session" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "status" text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "coaching_session_candidate" ON "coaching_session" ("candidate_id")`,
    );
  }
}
