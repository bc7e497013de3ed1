// Reporting's rules, one block per file.

// What the read model knows of a person (ids, codes, dates only), and where they stand on a date:
// status, when they left, current outcome, first meeting.
export * from './facts';

// Months (yyyy-mm) in Paris, and every month between two.
export * from './months';

// The commission de suivi's figures for a programme on a date, each through the one suppression rule.
export * from './committee-dashboard';

// The committee pack's tables (PDF and XLSX), laid out from the dashboard's figures.
export * from './committee-pack';

// The DREETS report's categories and where each platform outcome goes: one data table.
export * from './dreets-report-categories';

// The end-of-programme report to the DREETS (the bilan): measures, outcomes at the end and at a
// follow-up date, by age band and sex, each through the one suppression rule; and its tables.
export * from './dreets-report';
// The firm's service levels on a date: the breaches (first meeting, interviews a month, people per
// consultant, working days in Paris), the coach workload, and the sponsor's suppressed summary.
export * from './service-levels';
