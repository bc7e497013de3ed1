import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's request to be erased, waiting for ops (erasure deletes it with the rest). */
export class ErasureRequest1763900018000 implements MigrationInterface {
  name = 'ErasureRequest1763900018000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "erasure_request" (
        "candidate_id" uuid PRIMARY KEY,
        "programme_id" uuid NOT NULL,
        "requested_at" timestamptz NOT NULL
      )`,
    );
    await queryRunner.query(`CREATE INDEX "erasure_request_programme" ON "erasure_request" ("programme_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "erasure_request"`);
  }
}
