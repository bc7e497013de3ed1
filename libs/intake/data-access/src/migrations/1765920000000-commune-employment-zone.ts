import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * INSEE's commune -> employment zone (zones d'emploi 2020) table, so the events can say the
 * person's zone (an area, never an address). Reference data, bulk-loaded by
 * `npm run import:intake-zones` and read with SQL: no entity.
 */
export class CommuneEmploymentZone1765920000000 implements MigrationInterface {
  name = 'CommuneEmploymentZone1765920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "commune_employment_zone" (
        "commune_code" text PRIMARY KEY,
        "zone_code" text NOT NULL,
        "source" text NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "commune_employment_zone"`);
  }
}
