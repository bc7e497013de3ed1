// Instruments are data: items, response format, scales, key; languages of the texts.
export * from './instrument';

// RIASEC scoring: Holland code, ties, differentiation, consistency.
export * from './riasec';

// Answers checked against an instrument's items and response format.
export * from './responses';

// A scale's score and the ranking of scales.
export * from './scales';

// Skills inventory: top skills, free-text skills, the occupations whose skills are asked.
export * from './skills-inventory';

// A submission validated whole and scored by its instrument's kind.
export * from './score-assessment';

// A session's statuses and what each allows: answering, debriefing.
export * from './assessment-lifecycle';

// Who sees what of a person's assessments; who answers, assigns and debriefs.
export * from './assessment-access.policy';

// Completion counts per instrument and status, through disclosure control for sponsors.
export * from './assessment-completion';

// Occupations matching suggested, one per occupation, for the report.
export * from './suggested-occupations';
