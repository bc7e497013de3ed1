import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';

runMigrationsMain('intake', intakeDataSourceOptions);
