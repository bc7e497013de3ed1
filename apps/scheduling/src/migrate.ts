import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';

runMigrationsMain('scheduling', schedulingDataSourceOptions);
