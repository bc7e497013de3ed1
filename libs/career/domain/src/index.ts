// The rules of career, one block per file; docs/architecture.md names the file of each rule.

// Who reads and writes a person's career material: the person and their coach.
export * from './access';

// Target occupations: a ROME code's shape, and what the person types normalised.
export * from './occupation-code';

// The professional project: drafts, the feasibility review, validation and versions.
export * from './project';

// Job applications: what is recorded, what status may follow which, the follow-up, the OVE to log.
export * from './application';
// Interview practice: the question bank (the project's own, fr + en, CC BY 4.0; decision 0032).
export * from './interview-questions';

// Which questions a practice session asks: by the target's grand domain and the offer's skills, seeded.
export * from './interview-selection';

// A practice answer against STAR (checks, drafts, submission) and the coach's review rubric.
export * from './interview-answers';
// The CV: its sections, layouts, language levels, the lines a comment points at, French dates.
export * from './cv';

// What makes a CV savable: every problem named by its field and line.
export * from './cv-validation';

// A coach's comment points at a line of a section that exists.
export * from './cv-comment';

// The first version of a CV from what the platform knows (decision 0031).
export * from './cv-prefill';

// Which of an offer's skills a CV shows and which it lacks.
export * from './cv-tailoring';

// A filled CV in French, for tests, the bench and previews.
export * from './cv-sample';
