import 'reflect-metadata';
import { runMigrationsMain } from '@passerelle/shared/runtime';
import { notifierDataSourceOptions } from '@passerelle/notifier/data-access';

runMigrationsMain('notifier', notifierDataSourceOptions);
