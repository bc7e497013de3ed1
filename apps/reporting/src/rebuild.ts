import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { rebuildReadModel } from './read-model-rebuild';

/**
 * npm run reporting:rebuild -- --database <live reporting database URL> --brokers host:port
 *   [--group-prefix passerelle]
 * The read model built again from the topics' start into a fresh database beside the live one
 * (docs/reporting.md, "Rebuild"); it prints what to switch to.
 */
const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    brokers: { type: 'string', default: '127.0.0.1:19092' },
    'group-prefix': { type: 'string', default: 'passerelle' },
  },
});

async function main(live: string): Promise<void> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const url = new URL(live);
  const name = `${url.pathname.slice(1)}_rebuild_${stamp}`;
  const admin = new Client({ connectionString: live });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  const groupPrefix = `${values['group-prefix']}.rebuild-${stamp}`;
  const result = await rebuildReadModel({
    databaseUrl: url.toString(),
    kafkaBrokers: values.brokers.split(',').map((broker) => broker.trim()),
    groupPrefix,
  });
  console.log(`applied ${result.eventsApplied} events in ${result.seconds.toFixed(1)} s into ${name}`);
  console.log('to switch, restart reporting with:');
  console.log(`  DATABASE_URL=<the same server>/${name}`);
  console.log(`  KAFKA_GROUP_PREFIX=${groupPrefix}`);
}

if (!values.database) {
  console.error(
    'usage: npm run reporting:rebuild -- --database postgres://.../passerelle_reporting [--brokers host:port] [--group-prefix passerelle]',
  );
  process.exit(2);
}
main(values.database).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`rebuild failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
