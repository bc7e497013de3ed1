-- Roles, databases and extensions of Passerelle. Idempotent: safe to run on every start.
-- Run by a superuser through psql (it uses \gexec and \connect):
--   infra/bin/postgres.sh runs it as `postgres` after each start;
--   the postgres:15 image runs it once from /docker-entrypoint-initdb.d (infra/docker-compose.yml).
\set ON_ERROR_STOP on

-- The application role: not a superuser; CREATEDB so integration tests may make throwaway databases.
SELECT 'CREATE ROLE passerelle'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'passerelle') \gexec
ALTER ROLE passerelle WITH LOGIN CREATEDB PASSWORD 'passerelle';

-- One database per service, plus one for integration tests.
SELECT format('CREATE DATABASE %I OWNER passerelle', d)
  FROM unnest(ARRAY['passerelle_intake', 'passerelle_assessment', 'passerelle_pathway',
                    'passerelle_matching', 'passerelle_scheduling', 'passerelle_identity',
                    'passerelle_notifier', 'passerelle_reporting', 'passerelle_career',
                    'passerelle_test']) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec

-- btree_gist (exclusion constraints mixing = and && on ranges) needs a superuser to create,
-- so it is done here. template1 gets it too, so databases that tests create inherit it.
\connect template1
CREATE EXTENSION IF NOT EXISTS btree_gist;
\connect passerelle_intake
CREATE EXTENSION IF NOT EXISTS btree_gist;
\connect passerelle_assessment
CREATE EXTENSION IF NOT EXISTS btree_gist;
\connect passerelle_pathway
CREATE EXTENSION IF NOT EXISTS btree_gist;
\connect passerelle_matching
CREATE EXTENSION IF NOT EXISTS btree_gist;
\connect passerelle_scheduling
CREATE EXTENSION IF NOT EXISTS btree_gist;
\connect passerelle_test
CREATE EXTENSION IF NOT EXISTS btree_gist;
