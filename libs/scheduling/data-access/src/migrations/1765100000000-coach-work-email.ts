import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every coach has a work address, required, lower-case and unique (decision 0018: scheduling keeps
 * it, identity invites the coach at it).
 *
 * Coaches created before have none, and scheduling has nowhere to learn it from; yet a nullable
 * column would let a new coach lack one too. So the column is NOT NULL from this migration on, and
 * each existing coach gets a placeholder no mail can reach and no person can own:
 * `coach-<id>@unknown.invalid` (`.invalid` is reserved, RFC 6761; the id keeps it unique). Those
 * coaches never announced CoachRegistered, so identity never asks for their address; ops give the
 * real one when coaches can be edited.
 */
export class CoachWorkEmail1765100000000 implements MigrationInterface {
  name = 'CoachWorkEmail1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "coach" ADD COLUMN "email" text`);
    await queryRunner.query(`UPDATE "coach" SET "email" = 'coach-' || "id" || '@unknown.invalid'`);
    await queryRunner.query(`ALTER TABLE "coach" ALTER COLUMN "email" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "coach_email" ON "coach" ("email")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "coach_email"`);
    await queryRunner.query(`ALTER TABLE "coach" DROP COLUMN "email"`);
  }
}
