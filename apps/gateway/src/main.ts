import 'reflect-metadata';
import { ConfigError } from '@passerelle/shared/config';
import { startGateway } from './gateway.app';

startGateway().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `gateway: ${error.message}` : error);
  process.exit(1);
});
