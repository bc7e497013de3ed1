// Intake's rules, one block per file (docs/architecture.md lists them with the rule each holds).

// The diagnostic: the versioned questionnaire, its answers, the orientation to a track.
export * from './questionnaire';
export * from './answers';
export * from './orientation';

// Outcomes as the end-of-programme report counts them.
export * from './outcome-rules';

// A person's lifecycle: invited, active, paused, placed, exited, and what moves them.
export * from './candidate-lifecycle';

// CSV cells made inert against formula injection.
export * from './spreadsheet-safe';

// Job titles compared as people write them, ROME labels read in both genders.
export * from './job-title';

// The HR file import: its columns, dates, rows, file kinds, workbook limits.
export * from './import-columns';
export * from './import-dates';
export * from './import-row';
export * from './file-sniffing';
export * from './workbook-limits';

// The import's chunk against the file so far and the sponsor's people: enrol, update, refuse.
export * from './import-merge';

// A person's department from their commune code or postcode.
export * from './home-department';

// The language intake's contact details say to write to a person in.
export * from './contact-language';

// A number text messages can reach, from what a person or an HR file wrote.
export * from './mobile-number';

// What reporting may know of a person: age and seniority bands, sex, socio-professional category.
export * from './demographics';

// Whether a valid job offer (OVE) meets the programme's definition.
export * from './ove-definition';
