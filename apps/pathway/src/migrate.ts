import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { pathwayDataSourceOptions } from '@passerelle/pathway/data-access';

runMigrationsMain('pathway', pathwayDataSourceOptions);
