import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A group workshop is open to the programmes of the people it was created with, no longer to
 * anyone served by its office. Existing sessions take the programmes of their current people.
 */
export class WorkshopProgrammes1764806500000 implements MigrationInterface {
  name = 'WorkshopProgrammes1764806500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "coaching_session" ADD COLUMN "open_to_programme_ids" uuid[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`
      UPDATE "coaching_session" s
         SET "open_to_programme_ids" = ARRAY(
           SELECT DISTINCT c."programme_id"
             FROM "session_participant" p JOIN "candidate_scope" c ON c."candidate_id" = p."candidate_id"
            WHERE p."session_id" = s."id")`);
    // The value is set once here; from now on the code writes it (entities own their columns).
    await queryRunner.query(
      `ALTER TABLE "coaching_session" ALTER COLUMN "open_to_programme_ids" DROP DEFAULT`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "coaching_session" DROP COLUMN "open_to_programme_ids"`);
  }
}
