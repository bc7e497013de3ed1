import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The consent to the privacy notice intake announced, per person (ConsentRecorded.v1). */
export class CandidateConsent1765700000000 implements MigrationInterface {
  name = 'CandidateConsent1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "candidate_consent" (
        "candidate_id" uuid NOT NULL,
        "granted" boolean NOT NULL,
        "recorded_at" timestamptz NOT NULL,
        PRIMARY KEY ("candidate_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidate_consent"`);
  }
}
