import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's lifecycle: each status change with who made it and why. */
export class CandidateStatusChange1765800000000 implements MigrationInterface {
  name = 'CandidateStatusChange1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "candidate_status_change" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "from_status" text NOT NULL,
        "to_status" text NOT NULL,
        "reason" text NOT NULL,
        "expected_return_on" date,
        "note" text,
        "changed_by" text NOT NULL,
        "changed_at" timestamptz NOT NULL
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "candidate_status_change_candidate" ON "candidate_status_change" ("candidate_id", "changed_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidate_status_change"`);
  }
}
