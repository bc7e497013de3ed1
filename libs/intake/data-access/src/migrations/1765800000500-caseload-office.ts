import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The office a person is followed from (CoachAssigned's), for the people list's office filter. */
export class CaseloadOffice1765800000500 implements MigrationInterface {
  name = 'CaseloadOffice1765800000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "caseload_assignment" ADD COLUMN "office_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "caseload_assignment_office" ON "caseload_assignment" ("office_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "caseload_assignment" DROP COLUMN "office_id"`);
  }
}
