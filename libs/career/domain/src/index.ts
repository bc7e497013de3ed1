// The rules of career, one block per file; docs/architecture.md names the file of each rule.

// Who reads and writes a person's career material: the person and their coach.
export * from './access';

// Target occupations: a ROME code's shape, and what the person types normalised.
export * from './occupation-code';

// The professional project: drafts, the feasibility review, validation and versions.
export * from './project';

// Job applications: what is recorded, what status may follow which, the follow-up, the OVE to log.
export * from './application';
