import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which offices own an offer entered by ops: only they (or ops of every office) may change it. */
export class JobOfferOwner1764806600000 implements MigrationInterface {
  name = 'JobOfferOwner1764806600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "job_offer_owner" (
        "offer_id" uuid NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "published_by" text NOT NULL,
        CONSTRAINT "PK_job_offer_owner" PRIMARY KEY ("offer_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job_offer_owner"`);
  }
}
