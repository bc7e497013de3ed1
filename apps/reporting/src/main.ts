import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { reportingApp } from './reporting.app';

runServiceMain(reportingApp);
