import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The candidate's full record (item 2 of the intake issue) and the bulk import's tables: stored
 * uploads, import batches with their checkpoint, per-row errors, the file's keys for duplicate
 * detection, saved column mappings per sponsor, and intake's own lookup of ROME job titles.
 */
export class CandidateRecordAndImport1763900011000 implements MigrationInterface {
  name = 'CandidateRecordAndImport1763900011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate"
        ADD "phone" text,
        ADD "site" text,
        ADD "occupation_code_source" text,
        ADD "hire_date" date,
        ADD "seniority_years" numeric(3,1),
        ADD "contract_end_date" date,
        ADD "home_commune_code" text,
        ADD "home_postcode" text,
        ADD "import_batch_id" uuid,
        ADD "updated_at" timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(
      `CREATE INDEX "candidate_email_per_sponsor" ON "candidate" ("sponsor_id", "email")`,
    );
    await queryRunner.query(`
      CREATE TABLE "import_upload" (
        "id" uuid PRIMARY KEY,
        "filename" text NOT NULL,
        "uploaded_by" text NOT NULL,
        "size_bytes" bigint NOT NULL DEFAULT 0,
        "chunk_count" integer NOT NULL DEFAULT 0,
        "complete" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "import_upload_chunk" (
        "upload_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "data" bytea NOT NULL,
        CONSTRAINT "import_upload_chunk_pk" PRIMARY KEY ("upload_id", "seq")
      )`);
    await queryRunner.query(`
      CREATE TABLE "import_batch" (
        "id" uuid PRIMARY KEY,
        "programme_id" uuid NOT NULL,
        "sponsor_id" uuid NOT NULL,
        "upload_id" uuid NOT NULL,
        "filename" text NOT NULL,
        "requested_by" text NOT NULL,
        "column_mapping" jsonb,
        "status" text NOT NULL,
        "failure_reason" text,
        "file_kind" text,
        "encoding" text,
        "delimiter" text,
        "rows_total" integer,
        "checkpoint_row" integer NOT NULL DEFAULT 1,
        "rows_read" integer NOT NULL DEFAULT 0,
        "rows_enrolled" integer NOT NULL DEFAULT 0,
        "rows_updated" integer NOT NULL DEFAULT 0,
        "rows_unchanged" integer NOT NULL DEFAULT 0,
        "rows_rejected" integer NOT NULL DEFAULT 0,
        "lease_owner" text,
        "lease_until" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "import_batch_programme" ON "import_batch" ("programme_id", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "import_batch_status" ON "import_batch" ("status", "lease_until")`);
    await queryRunner.query(`
      CREATE TABLE "import_row_error" (
        "batch_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "row_number" integer NOT NULL,
        "column_name" text,
        "reason" text NOT NULL,
        "value" text,
        CONSTRAINT "import_row_error_pk" PRIMARY KEY ("batch_id", "seq")
      )`);
    await queryRunner.query(`
      CREATE TABLE "import_file_key" (
        "batch_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "key" text NOT NULL,
        "row_number" integer NOT NULL,
        CONSTRAINT "import_file_key_pk" PRIMARY KEY ("batch_id", "kind", "key")
      )`);
    await queryRunner.query(`
      CREATE TABLE "import_column_mapping" (
        "sponsor_id" uuid PRIMARY KEY,
        "mapping" jsonb NOT NULL,
        "updated_by" text NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "rome_job_title" (
        "normalised_title" text NOT NULL,
        "rome_code" text NOT NULL,
        "label" text NOT NULL,
        "source" text NOT NULL,
        CONSTRAINT "rome_job_title_pk" PRIMARY KEY ("normalised_title", "rome_code")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rome_job_title"`);
    await queryRunner.query(`DROP TABLE "import_column_mapping"`);
    await queryRunner.query(`DROP TABLE "import_file_key"`);
    await queryRunner.query(`DROP TABLE "import_row_error"`);
    await queryRunner.query(`DROP INDEX "import_batch_status"`);
    await queryRunner.query(`DROP INDEX "import_batch_programme"`);
    await queryRunner.query(`DROP TABLE "import_batch"`);
    await queryRunner.query(`DROP TABLE "import_upload_chunk"`);
    await queryRunner.query(`DROP TABLE "import_upload"`);
    await queryRunner.query(`DROP INDEX "candidate_email_per_sponsor"`);
    await queryRunner.query(`
      ALTER TABLE "candidate"
        DROP "phone", DROP "site", DROP "occupation_code_source", DROP "hire_date", DROP "seniority_years",
        DROP "contract_end_date", DROP "home_commune_code", DROP "home_postcode", DROP "import_batch_id",
        DROP "updated_at"`);
  }
}
