import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { careerDataSourceOptions } from '@passerelle/career/data-access';

runMigrationsMain('career', careerDataSourceOptions);
