import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The firm's service levels (issue 17, item 7): each programme's terms for them (null: the
 * defaults), every coach assignment (who followed whom from when, and from which office), and who
 * held each session. Rows from before are filled by a rebuild (`npm run reporting:rebuild`).
 */
export class ServiceLevels1766050000100 implements MigrationInterface {
  name = 'ServiceLevels1766050000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reporting_programme" ADD COLUMN "service_levels" jsonb`);
    await queryRunner.query(`ALTER TABLE "reporting_session" ADD COLUMN "coach_id" uuid`);
    await queryRunner.query(`
      CREATE TABLE "reporting_coach_assignment" (
        "event_id" uuid PRIMARY KEY,
        "person_key" uuid NOT NULL,
        "coach_id" uuid NOT NULL,
        "office_id" uuid,
        "assigned_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "reporting_coach_assignment_person" ON "reporting_coach_assignment" ("person_key")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_coach_assignment"`);
    await queryRunner.query(`ALTER TABLE "reporting_session" DROP COLUMN "coach_id"`);
    await queryRunner.query(`ALTER TABLE "reporting_programme" DROP COLUMN "service_levels"`);
  }
}
