import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Session notes: for each person of a session, the coach's confidential note and the summary with
 * next steps the person acknowledges (`session_note`, one of each kind per person and session);
 * every version as written (`session_note_version`: never updated, a trigger refuses it, so a note
 * is amended by a new version only); and every read of a confidential note, refusal, or export to
 * the person, with who and when (`session_note_read`).
 */
export class SessionNotes1765950000000 implements MigrationInterface {
  name = 'SessionNotes1765950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "session_note" (
        "id" uuid PRIMARY KEY,
        "session_id" uuid NOT NULL REFERENCES "coaching_session" ("id"),
        "candidate_id" uuid NOT NULL,
        "type" text NOT NULL CHECK ("type" IN ('confidential', 'summary')),
        "author_coach_id" uuid NOT NULL,
        "current_version" integer NOT NULL,
        "acknowledged_version" integer,
        "acknowledged_at" timestamptz,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL,
        CONSTRAINT "session_note_one_per_person" UNIQUE ("session_id", "candidate_id", "type")
      )`);
    await queryRunner.query(`CREATE INDEX "session_note_candidate" ON "session_note" ("candidate_id")`);
    await queryRunner.query(`
      CREATE TABLE "session_note_version" (
        "note_id" uuid NOT NULL REFERENCES "session_note" ("id") ON DELETE CASCADE,
        "version" integer NOT NULL,
        "text" text NOT NULL,
        "next_steps" text,
        "amend_reason" text,
        "written_by" text NOT NULL,
        "written_by_coach_id" uuid NOT NULL,
        "written_at" timestamptz NOT NULL,
        PRIMARY KEY ("note_id", "version")
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "session_note_version_kept"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a session note version is kept as written: amend it with a new version';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "session_note_version_kept" BEFORE UPDATE ON "session_note_version"
      FOR EACH ROW EXECUTE FUNCTION "session_note_version_kept"()`);
    await queryRunner.query(`
      CREATE TABLE "session_note_read" (
        "id" uuid PRIMARY KEY,
        "note_id" uuid NOT NULL,
        "session_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "reader_subject" text NOT NULL,
        "reader_role" text NOT NULL,
        "outcome" text NOT NULL CHECK ("outcome" IN ('read', 'refused', 'exported')),
        "read_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "session_note_read_candidate" ON "session_note_read" ("candidate_id", "read_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session_note_read"`);
    await queryRunner.query(`DROP TABLE "session_note_version"`);
    await queryRunner.query(`DROP FUNCTION "session_note_version_kept"()`);
    await queryRunner.query(`DROP TABLE "session_note"`);
  }
}
