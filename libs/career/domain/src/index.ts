// The rules of career, one block per file; docs/architecture.md names the file of each rule.

// Who reads and writes a person's career material: the person and their coach.
export * from './access';

// The professional project: drafts, the feasibility review, validation and versions.
export * from './project';
