import 'reflect-metadata';
import { Client } from 'pg';
import { rebuildReadModel } from './read-model-rebuild';

/**
 * npm run reporting:rebuild: the read model built again from the topics' start into a fresh
 * database beside the live one (docs/reporting.md, "Rebuild"). DATABASE_URL names the live
 * database (its server gets the new one), KAFKA_BROKERS the brokers. It prints what to switch to.
 */
async function main(): Promise<void> {
  const live = process.env['DATABASE_URL'];
  const brokers = process.env['KAFKA_BROKERS'];
  if (!live || !brokers) {
    console.error(
      'usage: DATABASE_URL=postgres://.../passerelle_reporting KAFKA_BROKERS=host:port npm run reporting:rebuild',
    );
    process.exit(2);
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const url = new URL(live);
  const name = `${url.pathname.slice(1)}_rebuild_${stamp}`;
  const admin = new Client({ connectionString: live });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  const groupPrefix = `${process.env['KAFKA_GROUP_PREFIX'] ?? 'passerelle'}.rebuild-${stamp}`;
  const result = await rebuildReadModel({
    databaseUrl: url.toString(),
    kafkaBrokers: brokers.split(',').map((broker) => broker.trim()),
    groupPrefix,
  });
  console.log(`applied ${result.eventsApplied} events in ${result.seconds.toFixed(1)} s`);
  console.log('to switch, restart reporting with:');
  console.log(`  DATABASE_URL=${url.toString().replace(/:[^:@/]*@/, ':***@')}`);
  console.log(`  KAFKA_GROUP_PREFIX=${groupPrefix}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
