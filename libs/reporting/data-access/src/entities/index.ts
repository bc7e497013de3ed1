export * from './reporting.entities';
