import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The set-based half of a chunk's import as one database function: the rows already COPY'd into the
 * session's import_staging table are checked for duplicates (in the file so far, then against the
 * sponsor's candidates: employee number first, then email), new people are inserted and changed
 * people updated, each in one statement, and rejected rows recorded. One call instead of a dozen
 * round trips per chunk. Returns {enrolled: [{id, code, languages}], updated, unchanged, rejected}.
 */
export class ImportChunkFunction1763900011100 implements MigrationInterface {
  name = 'ImportChunkFunction1763900011100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
CREATE FUNCTION intake_import_chunk(
  p_batch uuid, p_programme uuid, p_sponsor uuid, p_enrolled_at timestamptz, p_employee_col text, p_email_col text
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_updated int;
  v_matched int;
  v_rejected int;
  v_enrolled jsonb;
BEGIN
  -- A temp table has no statistics: without them the planner joins it to candidate row by row.
  IF (SELECT reltuples FROM pg_class WHERE oid = 'pg_temp.import_staging'::regclass) < 0 THEN
    ANALYZE import_staging;
  END IF;

  -- 1. Duplicates inside the file: the first row holding a key keeps it, later rows are refused.
  INSERT INTO import_file_key (batch_id, kind, key, row_number)
  SELECT p_batch, 'employee_number', employee_number, min(row_number) FROM import_staging GROUP BY employee_number
  ON CONFLICT DO NOTHING;
  UPDATE import_staging s
     SET reject_column = p_employee_col, reject_value = s.employee_number,
         reject_reason = 'employee number ' || s.employee_number || ' is already on row ' || k.row_number
           || ' of this file: keep one row per person'
    FROM import_file_key k
   WHERE k.batch_id = p_batch AND k.kind = 'employee_number' AND k.key = s.employee_number
     AND k.row_number <> s.row_number;
  INSERT INTO import_file_key (batch_id, kind, key, row_number)
  SELECT p_batch, 'email', email, min(row_number) FROM import_staging WHERE reject_reason IS NULL GROUP BY email
  ON CONFLICT DO NOTHING;
  UPDATE import_staging s
     SET reject_column = p_email_col, reject_value = s.email,
         reject_reason = 'email ' || s.email || ' is already used on row ' || k.row_number
           || ' of this file by another employee number: one email per person'
    FROM import_file_key k
   WHERE k.batch_id = p_batch AND k.kind = 'email' AND k.key = s.email AND k.row_number <> s.row_number
     AND s.reject_reason IS NULL;

  -- 2. Against the sponsor's candidates: the employee number says who the row is...
  UPDATE import_staging s SET existing_id = c.id, existing_programme_id = c.programme_id
    FROM candidate c
   WHERE c.sponsor_id = p_sponsor AND c.employee_number = s.employee_number AND s.reject_reason IS NULL;
  UPDATE import_staging s
     SET reject_column = p_employee_col, reject_value = s.employee_number,
         reject_reason = 'employee number ' || s.employee_number || ' is enrolled in another programme of this sponsor ('
           || s.existing_programme_id || '); import them there, or check the number'
   WHERE s.existing_id IS NOT NULL AND s.existing_programme_id <> p_programme AND s.reject_reason IS NULL;
  -- ...and a new number with an email already enrolled is the same person under two numbers.
  UPDATE import_staging s
     SET reject_column = p_email_col, reject_value = s.email,
         reject_reason = 'email ' || s.email || ' is already enrolled under employee number ' || c.employee_number
           || ': correct the employee number, or the email if this is another person'
    FROM candidate c
   WHERE c.sponsor_id = p_sponsor AND c.email = s.email AND s.existing_id IS NULL AND s.reject_reason IS NULL;

  -- 3. People already enrolled: update what the file changes, leave the rest untouched.
  UPDATE candidate c
     SET first_name = s.first_name, last_name = s.last_name, email = s.email, phone = s.phone, site = s.site,
         former_job_title = s.former_job_title, former_occupation_code = s.former_occupation_code,
         occupation_code_source = s.occupation_code_source, hire_date = s.hire_date,
         seniority_years = s.seniority_years, contract_end_date = s.contract_end_date, languages = s.languages,
         home_commune_code = s.home_commune_code, home_postcode = s.home_postcode,
         import_batch_id = p_batch, updated_at = now()
    FROM import_staging s
   WHERE c.id = s.existing_id AND s.reject_reason IS NULL
     AND (c.first_name, c.last_name, c.email, c.phone, c.site, c.former_job_title, c.former_occupation_code,
          c.hire_date, c.seniority_years, c.contract_end_date, c.languages, c.home_commune_code, c.home_postcode)
         IS DISTINCT FROM
         (s.first_name, s.last_name, s.email, s.phone, s.site, s.former_job_title, s.former_occupation_code,
          s.hire_date, s.seniority_years, s.contract_end_date, s.languages, s.home_commune_code, s.home_postcode);
  GET DIAGNOSTICS v_updated = ROW_COUNT;
  SELECT count(*) INTO v_matched FROM import_staging WHERE existing_id IS NOT NULL AND reject_reason IS NULL;

  -- 4. New people, in one statement; a concurrent import of the same number loses quietly here.
  WITH inserted AS (
    INSERT INTO candidate (id, programme_id, sponsor_id, employee_number, first_name, last_name, email, phone, site,
      former_job_title, former_occupation_code, occupation_code_source, hire_date, seniority_years,
      contract_end_date, languages, home_commune_code, home_postcode, status, enrolled_at, import_batch_id, updated_at)
    SELECT candidate_id, p_programme, p_sponsor, employee_number, first_name, last_name, email, phone, site,
           former_job_title, former_occupation_code, occupation_code_source, hire_date, seniority_years,
           contract_end_date, languages, home_commune_code, home_postcode, 'invited', p_enrolled_at, p_batch, p_enrolled_at
      FROM import_staging WHERE existing_id IS NULL AND reject_reason IS NULL ORDER BY row_number
    ON CONFLICT (sponsor_id, employee_number) DO NOTHING
    RETURNING id, former_occupation_code, languages
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'code', former_occupation_code, 'languages', languages)), '[]')
    INTO v_enrolled FROM inserted;

  -- 5. The rows refused here join the chunk's other row errors.
  INSERT INTO import_row_error (batch_id, seq, row_number, column_name, reason, value)
  SELECT p_batch, base.n + row_number() OVER (ORDER BY s.row_number), s.row_number, s.reject_column, s.reject_reason,
         s.reject_value
    FROM import_staging s,
         (SELECT coalesce(max(seq), 0) AS n FROM import_row_error WHERE batch_id = p_batch) AS base
   WHERE s.reject_reason IS NOT NULL;
  GET DIAGNOSTICS v_rejected = ROW_COUNT;

  RETURN jsonb_build_object(
    'enrolled', v_enrolled,
    'updated', v_updated,
    -- Rows lost to a concurrent insert of the same number changed nothing either.
    'unchanged', v_matched - v_updated
      + ((SELECT count(*) FROM import_staging WHERE existing_id IS NULL AND reject_reason IS NULL)
         - jsonb_array_length(v_enrolled)),
    'rejected', v_rejected);
END
$fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION intake_import_chunk(uuid, uuid, uuid, timestamptz, text, text)`);
  }
}
