import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History entries written in one transaction share their instant (one clock read per event), so
 * the trail gets an insertion sequence to read them back in the order they were written.
 */
export class PathwayHistoryOrder1764806400000 implements MigrationInterface {
  name = 'PathwayHistoryOrder1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pathway_history" ADD COLUMN "seq" BIGSERIAL NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pathway_history" DROP COLUMN "seq"`);
  }
}
