import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { careerApp } from './career.app';

runServiceMain(careerApp);
