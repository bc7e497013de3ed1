import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ids of erased people (CandidateErased.v1), so a late event about them is dropped. */
export class ErasedCandidate1766210000000 implements MigrationInterface {
  name = 'ErasedCandidate1766210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "erased_candidate" (
        "candidate_id" uuid NOT NULL,
        "erased_at" timestamptz NOT NULL,
        PRIMARY KEY ("candidate_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "erased_candidate"`);
  }
}
