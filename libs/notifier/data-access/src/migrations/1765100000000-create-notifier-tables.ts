import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outgoing messages and the delivery log, session calendars, digests, queue alerts and in-app notifications. */
export class CreateNotifierTables1765100000000 implements MigrationInterface {
  name = 'CreateNotifierTables1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outgoing_message" (
        "id" uuid PRIMARY KEY,
        "dedupe_key" text NOT NULL,
        "kind" text NOT NULL,
        "channel" text NOT NULL,
        "status" text NOT NULL,
        "recipient_account_id" uuid,
        "candidate_id" uuid,
        "office_ids" uuid[] NOT NULL,
        "to_address" text,
        "to_name" text,
        "subject" text,
        "text_body" text,
        "html_body" text,
        "attachments" jsonb,
        "skip_reason" text,
        "attempts" integer NOT NULL,
        "next_attempt_at" timestamptz NOT NULL,
        "last_error" text,
        "created_at" timestamptz NOT NULL,
        "sent_at" timestamptz,
        "parked_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "outgoing_message_dedupe_key" ON "outgoing_message" ("dedupe_key")`,
    );
    await queryRunner.query(
      `CREATE INDEX "outgoing_message_due" ON "outgoing_message" ("next_attempt_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "outgoing_message_parked" ON "outgoing_message" ("parked_at") WHERE "status" = 'parked'`,
    );
    await queryRunner.query(
      `CREATE INDEX "outgoing_message_candidate" ON "outgoing_message" ("candidate_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "session_calendar" (
        "session_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "sequence" integer NOT NULL,
        "kind" text NOT NULL,
        "mode" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL,
        PRIMARY KEY ("session_id", "candidate_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "session_calendar_candidate" ON "session_calendar" ("candidate_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "job_lead" (
        "candidate_id" uuid NOT NULL,
        "offer_id" uuid NOT NULL,
        "rank" integer NOT NULL,
        "matched_at" timestamptz NOT NULL,
        "notified_at" timestamptz,
        PRIMARY KEY ("candidate_id", "offer_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "at_risk_item" (
        "event_id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "coach_id" uuid NOT NULL,
        "urgency" text NOT NULL,
        "reasons" text[] NOT NULL,
        "detected_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "at_risk_item_coach" ON "at_risk_item" ("coach_id")`);
    await queryRunner.query(`CREATE INDEX "at_risk_item_candidate" ON "at_risk_item" ("candidate_id")`);
    await queryRunner.query(`
      CREATE TABLE "digest_sent" (
        "kind" text NOT NULL,
        "recipient_ref" uuid NOT NULL,
        "last_sent_at" timestamptz NOT NULL,
        PRIMARY KEY ("kind", "recipient_ref")
      )`);
    await queryRunner.query(`
      CREATE TABLE "queue_alert" (
        "candidate_id" uuid PRIMARY KEY,
        "alerted_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "in_app_notification" (
        "id" uuid PRIMARY KEY,
        "account_id" uuid NOT NULL,
        "candidate_id" uuid,
        "kind" text NOT NULL,
        "title" text NOT NULL,
        "body" text NOT NULL,
        "created_at" timestamptz NOT NULL,
        "read_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "in_app_notification_account" ON "in_app_notification" ("account_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "in_app_notification_candidate" ON "in_app_notification" ("candidate_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "in_app_notification"`);
    await queryRunner.query(`DROP TABLE "queue_alert"`);
    await queryRunner.query(`DROP TABLE "digest_sent"`);
    await queryRunner.query(`DROP TABLE "at_risk_item"`);
    await queryRunner.query(`DROP TABLE "job_lead"`);
    await queryRunner.query(`DROP TABLE "session_calendar"`);
    await queryRunner.query(`DROP TABLE "outgoing_message"`);
  }
}
