import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { assessmentApp } from './assessment.app';

runServiceMain(assessmentApp);
