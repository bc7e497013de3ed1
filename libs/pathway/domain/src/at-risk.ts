import { daysBetween, toIsoDate, type IsoDate } from './calendar';
import { isSettled, type MilestoneStatus } from './milestone-state';

export const RISK_REASONS = ['inactivity', 'repeated_no_shows', 'overdue_milestones', 'distress'] as const;
export type RiskReason = (typeof RISK_REASONS)[number];
export const URGENCIES = ['immediate', 'high', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface RiskRules {
  /** No activity for this many days raises inactivity; twice as long makes it high. */
  inactivityDays: number;
  /** This many no-shows since the last completed session raise repeated no-shows. */
  noShowsInARow: number;
  /** Days after its due date before a milestone counts as overdue. */
  overdueGraceDays: number;
  /** This many overdue milestones make it high. */
  overdueHighCount: number;
}

export const DEFAULT_RISK_RULES: RiskRules = {
  inactivityDays: 21,
  noShowsInARow: 2,
  overdueGraceDays: 7,
  overdueHighCount: 3,
};

export interface RiskInput {
  now: Date;
  /** Completed plans carry no risk. */
  active: boolean;
  /** The diagnostic flagged distress and no session has taken place since. */
  distressFlag: boolean;
  /** The last thing the person did, or when the plan started if they have done nothing yet. */
  lastActivityAt: string;
  consecutiveNoShows: number;
  /** Milestones still to do, with their due dates. */
  openMilestones: { id: string; title: string; dueOn: IsoDate }[];
}

export interface RiskFinding {
  reason: RiskReason;
  /** What was seen, for the coach: "no activity for 30 days". */
  detail: string;
}

export interface RiskAssessment {
  reasons: RiskFinding[];
  urgency: Urgency;
  /** What the coach should do next, most pressing first. */
  nextAction: string;
}

/**
 * The at-risk rules: distress from the diagnostic, no activity for N days, no-shows in a row,
 * milestones overdue. Null when none applies. Urgency: distress is immediate; repeated no-shows,
 * long inactivity or many overdue milestones are high; the rest normal.
 */
export function assessRisk(input: RiskInput, rules: RiskRules = DEFAULT_RISK_RULES): RiskAssessment | null {
  if (!input.active) return null;
  const today = toIsoDate(input.now);
  const findings: RiskFinding[] = [];
  const actions: string[] = [];
  let urgency: Urgency = 'normal';
  const raise = (to: Urgency) => {
    if (URGENCIES.indexOf(to) < URGENCIES.indexOf(urgency)) urgency = to;
  };

  if (input.distressFlag) {
    findings.push({ reason: 'distress', detail: 'the diagnostic flagged distress' });
    actions.push(
      'Call the person today: the diagnostic flagged distress; refer to support services if needed',
    );
    raise('immediate');
  }
  if (input.consecutiveNoShows >= rules.noShowsInARow) {
    findings.push({
      reason: 'repeated_no_shows',
      detail: `${input.consecutiveNoShows} sessions missed in a row`,
    });
    actions.push('Call the person to understand the missed sessions and book the next one together');
    raise('high');
  }
  const idleDays = Math.floor((input.now.getTime() - new Date(input.lastActivityAt).getTime()) / 86_400_000);
  if (idleDays >= rules.inactivityDays) {
    findings.push({ reason: 'inactivity', detail: `no activity for ${idleDays} days` });
    actions.push(`Contact the person: nothing has happened for ${idleDays} days; propose a session`);
    if (idleDays >= 2 * rules.inactivityDays) raise('high');
  }
  const overdue = input.openMilestones
    .filter((m) => daysBetween(m.dueOn, today) > rules.overdueGraceDays)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const oldest = overdue[0];
  if (oldest) {
    findings.push({
      reason: 'overdue_milestones',
      detail: `${overdue.length} milestone(s) overdue, the oldest "${oldest.title}" due on ${oldest.dueOn}`,
    });
    actions.push(`Review "${oldest.title}" (due ${oldest.dueOn}) with the person: book it or re-date it`);
    if (overdue.length >= rules.overdueHighCount) raise('high');
  }
  const nextAction = actions[0];
  if (findings.length === 0 || nextAction === undefined) return null;
  return { reasons: findings, urgency, nextAction };
}

/**
 * When the rules could next change their answer without any new event: when inactivity or an
 * overdue milestone will cross its threshold. The periodic evaluator stores it, so a restart
 * loses nothing; at most a day apart, so rule changes reach everyone.
 */
export function nextRiskCheckAt(input: RiskInput, rules: RiskRules = DEFAULT_RISK_RULES): Date | null {
  if (!input.active) return null;
  const day = 86_400_000;
  const now = input.now.getTime();
  const candidates = [
    new Date(input.lastActivityAt).getTime() + rules.inactivityDays * day,
    new Date(input.lastActivityAt).getTime() + 2 * rules.inactivityDays * day,
    ...input.openMilestones.map(
      (m) => new Date(`${m.dueOn}T00:00:00.000Z`).getTime() + (rules.overdueGraceDays + 1) * day,
    ),
  ].filter((at) => at > now);
  return new Date(Math.min(now + day, ...candidates));
}

/** Urgency for sorting: immediate first. */
export function urgencyRank(urgency: Urgency): number {
  return URGENCIES.indexOf(urgency);
}

/** What is known of a pathway that the risk rules look at. */
export interface RiskFacts {
  now: Date;
  completed: boolean;
  /** The person is paused, placed or exited: nothing is expected of them, nothing flagged. */
  held: boolean;
  /** When the person came back from a pause: inactivity counts from then at the earliest. */
  resumedAt: Date | null;
  distressFlag: boolean;
  diagnosedAt: Date | null;
  lastSessionCompletedAt: string | null;
  lastActivityAt: Date | null;
  plannedAt: Date | null;
  createdAt: Date;
  consecutiveNoShows: number;
  milestones: { id: string; title: string; dueOn: IsoDate; status: MilestoneStatus }[];
}

/**
 * The rules' input: inactivity counts from the last activity, else from the plan, else from the
 * draft, and never from before a return from a pause; a distress flag stands until the person has
 * been seen in a session after the diagnostic. A completed plan or a person held (paused, placed,
 * exited) is not assessed.
 */
export function riskInputOf(facts: RiskFacts): RiskInput {
  const lastSeen = facts.lastActivityAt ?? facts.plannedAt ?? facts.createdAt;
  const since =
    facts.resumedAt !== null && facts.resumedAt.getTime() > lastSeen.getTime() ? facts.resumedAt : lastSeen;
  const seenSinceDiagnosis =
    facts.lastSessionCompletedAt !== null &&
    facts.diagnosedAt !== null &&
    new Date(facts.lastSessionCompletedAt).getTime() > facts.diagnosedAt.getTime();
  return {
    now: facts.now,
    active: !facts.completed && !facts.held,
    distressFlag: facts.distressFlag && !seenSinceDiagnosis,
    lastActivityAt: since.toISOString(),
    consecutiveNoShows: facts.consecutiveNoShows,
    openMilestones: facts.milestones
      .filter((m) => !isSettled(m.status))
      .map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn })),
  };
}

/** A risk is announced again only when its urgency or its reasons change, not on every look. */
export function riskChanged(
  before: { urgency: Urgency | null; reasons: readonly { reason: RiskReason }[] },
  after: RiskAssessment | null,
): boolean {
  const signature = (urgency: Urgency | null, reasons: readonly { reason: RiskReason }[]) =>
    urgency ? `${urgency}:${reasons.map((f) => f.reason).join(',')}` : '';
  return (
    signature(before.urgency, before.reasons) !== signature(after?.urgency ?? null, after?.reasons ?? [])
  );
}
