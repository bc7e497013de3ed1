import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { reportingDataSourceOptions } from '@passerelle/reporting/data-access';

runMigrationsMain('reporting', reportingDataSourceOptions);
