import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What reporting needs that intake did not keep (issue 17, item 2): the date of birth (confidential,
 * only its band leaves intake), sex and socio-professional category; each programme's band limits
 * and OVE definition (its terms, with the defaults for programmes already running); and what the
 * OVE register shows of an offer (item 6): its place, pay against the previous pay, its length.
 */
export class DemographicsAndOveRegister1765940000000 implements MigrationInterface {
  name = 'DemographicsAndOveRegister1765940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate"
        ADD COLUMN "date_of_birth" date,
        ADD COLUMN "sex" text CHECK ("sex" IN ('female', 'male')),
        ADD COLUMN "socio_professional_category" text
          CHECK ("socio_professional_category" IN ('ouvrier', 'employe', 'technicien_agent_de_maitrise', 'cadre'))`);
    await queryRunner.query(`
      ALTER TABLE "programme"
        ADD COLUMN "age_band_limits" integer[] NOT NULL DEFAULT '{26,45,50,55}',
        ADD COLUMN "seniority_band_limits" integer[] NOT NULL DEFAULT '{2,5,10,20}',
        ADD COLUMN "ove_max_pay_drop_percent" numeric(4,1) NOT NULL DEFAULT 10,
        ADD COLUMN "ove_min_contract_months" integer NOT NULL DEFAULT 6`);
    await queryRunner.query(`
      ALTER TABLE "valid_job_offer"
        ADD COLUMN "contract_months" integer,
        ADD COLUMN "place" text,
        ADD COLUMN "place_postcode" text,
        ADD COLUMN "gross_annual_pay" integer,
        ADD COLUMN "previous_gross_annual_pay" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "valid_job_offer"
        DROP COLUMN "contract_months", DROP COLUMN "place", DROP COLUMN "place_postcode",
        DROP COLUMN "gross_annual_pay", DROP COLUMN "previous_gross_annual_pay"`);
    await queryRunner.query(`
      ALTER TABLE "programme"
        DROP COLUMN "age_band_limits", DROP COLUMN "seniority_band_limits",
        DROP COLUMN "ove_max_pay_drop_percent", DROP COLUMN "ove_min_contract_months"`);
    await queryRunner.query(`
      ALTER TABLE "candidate"
        DROP COLUMN "date_of_birth", DROP COLUMN "sex", DROP COLUMN "socio_professional_category"`);
  }
}
