import 'reflect-metadata';
import { runServiceMain } from '@passerelle/shared/runtime';
import { notifierApp } from './notifier.app';

runServiceMain(notifierApp);
