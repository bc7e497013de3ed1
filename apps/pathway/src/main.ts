import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { pathwayApp } from './pathway.app';

runServiceMain(pathwayApp);
