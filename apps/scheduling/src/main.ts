import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { schedulingApp } from './scheduling.app';

runServiceMain(schedulingApp);
