import { addDays, daysBetween, type IsoDate } from './calendar';
import { usesSessionBudget, type TemplateDefinition, type TemplateMilestone } from './template';

export interface PlanTerms {
  /** The day the plan starts (the diagnostic). */
  startOn: IsoDate;
  /** The last day of the programme: nothing may be due after it. */
  programmeEndOn: IsoDate;
  /** One-to-one sessions the contract pays for per person. */
  sessionBudget: number;
}

export interface PlannedMilestone extends Omit<TemplateMilestone, 'dueOffsetDays'> {
  dueOn: IsoDate;
}

/** What did not fit as the template asked, said plainly: never an overspend or a silent change. */
export type PlanFitIssue =
  | { code: 'session_budget_exceeded'; milestoneKey: string; message: string }
  | { code: 'schedule_compressed'; milestoneKey: null; message: string };

export type PlanResult =
  | { outcome: 'planned'; milestones: PlannedMilestone[]; sessionsPlanned: number; issues: PlanFitIssue[] }
  | { outcome: 'refused'; reason: string };

/**
 * Fits a track's template into what the contract leaves: due dates scaled down when the template is
 * longer than the time left (flagged), and sessions beyond the budget left out (flagged, one issue
 * each), dependencies on a left-out session dropped. Refuses when the programme has already ended.
 */
export function generatePlan(template: TemplateDefinition, terms: PlanTerms): PlanResult {
  const daysLeft = daysBetween(terms.startOn, terms.programmeEndOn);
  if (daysLeft <= 0) {
    return {
      outcome: 'refused',
      reason: `the programme ended on ${terms.programmeEndOn}, before the plan would start on ${terms.startOn}`,
    };
  }
  const issues: PlanFitIssue[] = [];
  const span = Math.max(0, ...template.milestones.map((m) => m.dueOffsetDays));
  const scale = span > daysLeft ? daysLeft / span : 1;
  if (scale < 1) {
    issues.push({
      code: 'schedule_compressed',
      milestoneKey: null,
      message: `the template spans ${span} days but only ${daysLeft} remain before the programme ends on ${terms.programmeEndOn}; due dates were brought forward proportionally`,
    });
  }

  // Sessions are kept in the order they fall due, until the budget is spent.
  const byDue = [...template.milestones].sort((a, b) => a.dueOffsetDays - b.dueOffsetDays);
  const excluded = new Set<string>();
  let sessions = 0;
  for (const milestone of byDue) {
    if (!usesSessionBudget(milestone)) continue;
    if (sessions < terms.sessionBudget) {
      sessions++;
    } else {
      excluded.add(milestone.key);
      issues.push({
        code: 'session_budget_exceeded',
        milestoneKey: milestone.key,
        message: `"${milestone.title}" was left out: the contract's budget of ${terms.sessionBudget} session(s) is used by earlier sessions`,
      });
    }
  }

  const milestones = template.milestones
    .filter((milestone) => !excluded.has(milestone.key))
    .map(({ dueOffsetDays, ...milestone }) => ({
      ...milestone,
      dependsOn: milestone.dependsOn.filter((key) => !excluded.has(key)),
      dueOn: addDays(terms.startOn, Math.floor(dueOffsetDays * scale)),
    }));
  return { outcome: 'planned', milestones, sessionsPlanned: sessions, issues };
}
