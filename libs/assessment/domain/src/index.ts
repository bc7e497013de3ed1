export * from './instrument';
export * from './riasec';
export * from './responses';
export * from './scales';
export * from './skills-inventory';
export * from './score-assessment';
