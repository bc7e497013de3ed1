import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';

runMigrationsMain('assessment', assessmentDataSourceOptions);
