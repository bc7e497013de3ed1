import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who pathway says is at risk, and how urgently: the people list filters on it. */
export class CandidateRisk1765800000400 implements MigrationInterface {
  name = 'CandidateRisk1765800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "candidate_risk" (
        "candidate_id" uuid PRIMARY KEY,
        "urgency" text NOT NULL,
        "detected_at" timestamptz NOT NULL
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidate_risk"`);
  }
}
