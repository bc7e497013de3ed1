import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIntakeTables1763900001000 implements MigrationInterface {
  name = 'CreateIntakeTables1763900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sponsor" (
        "id" uuid PRIMARY KEY,
        "name" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "programme" (
        "id" uuid PRIMARY KEY,
        "sponsor_id" uuid NOT NULL,
        "name" text NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "candidate" (
        "id" uuid PRIMARY KEY,
        "programme_id" uuid NOT NULL,
        "sponsor_id" uuid NOT NULL,
        "employee_number" text NOT NULL,
        "first_name" text NOT NULL,
        "last_name" text NOT NULL,
        "email" text NOT NULL,
        "former_job_title" text,
        "former_occupation_code" text,
        "languages" text[] NOT NULL,
        "status" text NOT NULL,
        "enrolled_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "candidate_employee_number_per_sponsor" ON "candidate" ("sponsor_id", "employee_number")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidate"`);
    await queryRunner.query(`DROP TABLE "programme"`);
    await queryRunner.query(`DROP TABLE "sponsor"`);
  }
}
