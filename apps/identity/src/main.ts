import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { identityApp } from './identity.app';

runServiceMain(identityApp);
