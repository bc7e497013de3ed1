import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { intakeApp } from './intake.app';

runServiceMain(intakeApp);
