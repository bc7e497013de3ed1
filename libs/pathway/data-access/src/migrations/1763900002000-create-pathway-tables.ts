import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePathwayTables1763900002000 implements MigrationInterface {
  name = 'CreatePathwayTables1763900002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "pathway" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "status" text NOT NULL,
        "created_at" timestamptz NOT NULL,
        CONSTRAINT "UQ_pathway_candidate_id" UNIQUE ("candidate_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "pathway"`);
  }
}
