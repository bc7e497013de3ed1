import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { matchingApp } from './matching.app';

runServiceMain(matchingApp);
