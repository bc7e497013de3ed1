import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people list of a programme: search by name, employee number or email whatever the accents
 * and case ("ines" finds Inês), through a trigram index on the folded text; pages in name order
 * (folded, so "Élodie" sorts with the E's) and in enrolment order, each from an index.
 * `intake_fold` wraps unaccent with its dictionary named, which makes it immutable (indexable).
 */
export class PeopleSearch1763900017000 implements MigrationInterface {
  name = 'PeopleSearch1763900017000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE FUNCTION intake_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "candidate_people_search" ON "candidate" USING gin (intake_fold(
         "last_name" || ' ' || "first_name" || ' ' || "employee_number" || ' ' || "email") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "candidate_people_by_name" ON "candidate"
         ("programme_id", intake_fold("last_name"), intake_fold("first_name"), "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "candidate_people_by_enrolment" ON "candidate" ("programme_id", "enrolled_at", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "candidate_people_by_enrolment"`);
    await queryRunner.query(`DROP INDEX "candidate_people_by_name"`);
    await queryRunner.query(`DROP INDEX "candidate_people_search"`);
    await queryRunner.query(`DROP FUNCTION intake_fold(text)`);
  }
}
