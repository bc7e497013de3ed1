import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';

runMigrationsMain('identity', identityDataSourceOptions);
