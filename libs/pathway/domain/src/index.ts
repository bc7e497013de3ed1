// The pathway's rules, one block per file.

// Plan dates are calendar dates in UTC; a programme ends its duration in months after its start.
export * from './calendar';

// Pathway and planned milestone ids derive from the person's id and the template key.
export * from './deterministic-id';

// A template lists every problem at once; sessions count against the budget, workshops do not.
export * from './template';

// Each track's default template, sharing the same opening.
export * from './default-templates';

// A plan's milestones, scaled into the contract, sessions within budget.
export * from './plan-generation';

// When a pathway is (re)planned, the plan's window, the latest diagnostic, what survives a re-plan,
// who is held (paused, placed, exited) and how a return from a pause moves the plan.
export * from './plan-lifecycle';

// What a coach's edit may do: reasons, due dates in the window, dependencies, order, budget.
export * from './plan-editing';

// The milestone state machine.
export * from './milestone-state';

// Progress replayed from every fact in the order things happened.
export * from './progress';

// What career's events do to a plan: the project milestone, a training milestone, ten applications.
export * from './career-milestones';

// Where a person counts in their programme's progress (not planned, a phase, completed).
export * from './programme-progress';

// Risk rules, their input, when the risk can next change and when it is announced again.
export * from './at-risk';
