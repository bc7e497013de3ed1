// The rules of scheduling, one block per file; docs/architecture.md names the file of each rule.

// France's public holidays (Easter computed) and each office's own closed days.
export * from './holidays';

// Working and opening hours: weekly windows of local wall time, merged and intersected.
export * from './weekly-hours';

// Slot search: free slots around sessions, absences and holidays; whether a self-booked slot keeps the rules.
export * from './slot-search';

// Which rules a coach's slot search reads: the office's zone, hours (in person only), holidays of the years spanned.
export * from './search-rules';

// Fair coach assignment: who may follow a person, the lowest load wins, the choice explained.
export * from './coach-assignment';

// When a person's coach changes: only a diagnosis moves an automatic assignment; the queue.
export * from './assignment-change';

// A batch's people decided in their order, each assignment taking its place before the next turn.
export * from './assignment-batch';

// Who sees and manages what: ops of an office, a coach themself, a coach's home office.
export * from './access';

// What a caller may do with a session: everything, their own seat, or nothing.
export * from './session-access';

// Session lengths, slot steps, the next slots offered after a lost race, cancel reasons.
export * from './session-rules';

// Booking eligibility: when, with which coach and room, moving a session, joining a workshop.
export * from './booking-eligibility';

// Workshops: a seat or the waiting list, who of the list takes a freed seat, the seats an edit may set.
export * from './workshop-seats';

// Cancelling a seat or a session, recording a no-show.
export * from './session-attendance';

// Reminder lead times: 24 h and 1 h before, those still ahead.
export * from './reminders';

// Session counts of a programme for sponsors, through the platform's disclosure control.
export * from './session-counts';

// A coach's calendar feed (RFC 5545).
export * from './ics-calendar';

// Enum spelling: the vocabulary is lower_case, the public schema's enums UPPER_CASE.
export * from './enum-case';

// The language to write to a coach in.
export * from './contact-language';

// A room or coach leaving: which sessions to move, the rooms and coaches free to take them, when it may close.
export * from './session-moves';
// Capacity planning: coaches missing per group of people waiting, by caseload and by time to first meeting.
export * from './capacity-planning';

// Session notes: templates per kind, who writes, amends and reads a confidential note or a summary, acknowledging.
export * from './session-notes';
