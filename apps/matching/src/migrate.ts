import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';

runMigrationsMain('matching', matchingDataSourceOptions);
