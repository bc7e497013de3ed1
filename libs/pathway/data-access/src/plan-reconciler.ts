import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import type { AnyEvent } from '@passerelle/shared/contracts';
import {
  assessRisk,
  careerMilestoneAfter,
  careerMilestonesToAdd,
  insertMilestone,
  completionChange,
  deriveProgress,
  generatePlan,
  needsPlanning,
  nextRiskCheckAt,
  planningHeld,
  plannedMilestoneIdOf,
  planWindow,
  riskChanged,
  riskInputOf,
  survivingReplan,
  type PathwayFact,
  type PlanMilestone,
} from '@passerelle/pathway/domain';
import { NEW_MILESTONE_STATE, type MilestoneEntity } from './milestone.entity';
import type { PathwayEntity } from './pathway.entity';
import { PathwayRepository } from './pathway.repository';
import { PathwayTemplateRepository } from './pathway-template.repository';
import type { ProgrammeTermsEntity } from './programme-terms.entity';
import { ProgrammeTermsRepository } from './programme-terms.repository';
import { plannedEvent, toPlanMilestone } from './plan-events';

/**
 * Brings one person's pathway up to date with everything known about them: plans it once the
 * diagnostic and the programme's terms are both in, derives progress from all facts in the order
 * they happened, then re-assesses the risk. Every consumer and mutation ends here, under the
 * person's lock, so the result never depends on which event came first.
 */
@Injectable()
export class PlanReconciler {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly templates: PathwayTemplateRepository,
    private readonly terms: ProgrammeTermsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async reconcile(
    manager: EntityManager,
    candidateId: string,
    now: Date,
    options: { planChanged?: boolean; locked?: boolean } = {},
  ): Promise<void> {
    if (!options.locked) await this.pathways.lockCandidate(manager, candidateId);
    const pathway = await this.pathways.findByCandidate(candidateId, manager);
    if (!pathway) return;
    const events: AnyEvent[] = [];
    const terms = await this.terms.find(pathway.programmeId, manager);
    // A fresh plan's milestones are written once, with their derived states, by applyProgress.
    const fresh = terms === null ? null : await this.planIfReady(manager, pathway, terms, now);
    const planned = fresh ?? (await this.pathways.milestones(manager, pathway.id));
    const facts = (await this.pathways.facts(manager, pathway.candidateId)).map((row) => row.fact);
    const withCareer = await this.addCareerMilestones(manager, pathway, planned, facts, fresh !== null, now);
    const milestones = withCareer ?? planned;
    const planChanged = options.planChanged || withCareer !== null;
    if ((fresh !== null || planChanged) && pathway.plannedAt !== null) {
      events.push(plannedEvent(pathway, milestones, terms?.sessionBudgetPerPerson ?? 0, now));
    }
    const progress = await this.applyProgress(
      manager,
      pathway,
      milestones,
      facts,
      now,
      fresh !== null || withCareer !== null,
    );
    events.push(...progress.events);
    events.push(...this.applyRisk(pathway, milestones, progress.lastSessionCompletedAt, now));
    await this.pathways.save(manager, pathway);
    await this.outbox.append(manager, events);
  }

  /**
   * What `reconcile` does to a pathway just drafted from an enrolment (no diagnostic yet, so
   * nothing to plan and no milestones), in memory: progress derived from the facts already recorded
   * about the person (in their order), then the risk. Returns the events it announces; the caller
   * writes the pathway, so a batch's drafts are inserted together already reconciled.
   */
  async reconcileNewDraft(
    manager: EntityManager,
    pathway: PathwayEntity,
    facts: PathwayFact[],
    now: Date,
  ): Promise<AnyEvent[]> {
    if (pathway.track !== null || pathway.plannedAt !== null) {
      throw new Error(`pathway ${pathway.id} is not a new draft: reconcile it`);
    }
    // Unplanned: no milestone to write, no completion (applyProgress reads and writes nothing).
    const progress = await this.applyProgress(manager, pathway, [], facts, now, false);
    return [...progress.events, ...this.applyRisk(pathway, [], progress.lastSessionCompletedAt, now)];
  }

  /**
   * Plans (or re-plans after a track change) when the diagnostic and the terms are both known.
   * Returns the plan's live milestones, not yet written, or null when it did not plan.
   */
  private async planIfReady(
    manager: EntityManager,
    pathway: PathwayEntity,
    terms: ProgrammeTermsEntity,
    now: Date,
  ): Promise<MilestoneEntity[] | null> {
    const { track, diagnosedAt } = pathway;
    if (track === null || diagnosedAt === null || !needsPlanning(pathway)) return null;
    // A person paused, placed or exited is planned when (if) they come back.
    if (planningHeld(pathway.candidateStatus)) return null;
    const template = await this.templates.current(track, manager);
    if (!template) throw new Error(`no template for track ${track}: seed the default templates`);

    const { startOn, endOn } = planWindow(diagnosedAt, terms);
    const result = generatePlan(
      { track, name: template.name, milestones: template.milestones },
      { startOn, programmeEndOn: endOn, sessionBudget: terms.sessionBudgetPerPerson },
    );
    if (result.outcome === 'refused') {
      if (pathway.planRefusal !== result.reason) {
        pathway.planRefusal = result.reason;
        await this.pathways.appendHistory(manager, {
          pathwayId: pathway.id,
          at: now,
          actor: 'system',
          action: 'plan_refused',
          reason: result.reason,
        });
      }
      return null;
    }

    const previous = await this.pathways.milestones(manager, pathway.id, { withRemoved: true });
    const replanning = pathway.plannedTrack !== null;
    const { replaced, kept } = survivingReplan(previous, result.milestones.length);
    await this.pathways.deleteMilestones(
      manager,
      replaced.map((m) => m.id),
    );
    const idOf = (key: string) => plannedMilestoneIdOf(pathway.id, `${track}:${key}`);
    const fresh: MilestoneEntity[] = result.milestones.map((m, index) => ({
      id: idOf(m.key),
      pathwayId: pathway.id,
      templateKey: m.key,
      origin: 'template',
      position: index + 1,
      phase: m.phase,
      kind: m.kind,
      title: m.title,
      dueOn: m.dueOn,
      sessionKind: m.sessionKind,
      instrumentCode: m.instrumentCode,
      dependsOn: m.dependsOn.map(idOf),
      ...NEW_MILESTONE_STATE,
    }));

    Object.assign(pathway, {
      status: pathway.status === 'completed' ? 'completed' : 'planned',
      templateId: template.id,
      templateVersion: template.version,
      plannedTrack: track,
      planStartOn: startOn,
      planEndOn: endOn,
      sessionsPlanned: result.sessionsPlanned,
      fitIssues: result.issues,
      planRefusal: null,
      plannedAt: now,
      revision: pathway.revision + 1,
    } satisfies Partial<PathwayEntity>);
    await this.pathways.appendHistory(manager, {
      pathwayId: pathway.id,
      at: now,
      actor: 'system',
      action: replanning ? 'replanned' : 'planned',
      details: {
        track,
        templateVersion: template.version,
        milestones: fresh.length,
        fitIssues: result.issues,
        ...(replanning ? { replacedMilestones: replaced.map((m) => m.title) } : {}),
      },
    });
    return [...fresh, ...kept];
  }

  /**
   * Adds the milestones career's events call for and the plan lacks (the project milestone, a
   * training milestone: `careerMilestonesToAdd`), in the project phase's place, renumbered. Returns
   * the plan's live milestones with them, not yet written, or null when nothing was added.
   */
  private async addCareerMilestones(
    manager: EntityManager,
    pathway: PathwayEntity,
    live: MilestoneEntity[],
    facts: PathwayFact[],
    fresh: boolean,
    now: Date,
  ): Promise<MilestoneEntity[] | null> {
    if (pathway.plannedAt === null || pathway.plannedTrack === null) return null;
    if (!facts.some((fact) => fact.type === 'project_validated')) return null;
    // A fresh plan's earlier milestones are gone already; otherwise removed ones count (the coach's removal stands).
    const every = fresh ? live : await this.pathways.milestones(manager, pathway.id, { withRemoved: true });
    const toAdd = careerMilestonesToAdd(
      {
        startOn: pathway.planStartOn ?? missing('planStartOn'),
        endOn: pathway.planEndOn ?? missing('planEndOn'),
        templateKeys: every.map((m) => m.templateKey),
      },
      facts,
    );
    if (toAdd.length === 0) return null;
    let milestones = [...live].sort((a, b) => a.position - b.position);
    for (const career of toAdd) {
      const milestone: MilestoneEntity = {
        id: plannedMilestoneIdOf(pathway.id, career.key),
        pathwayId: pathway.id,
        templateKey: career.key,
        origin: 'career',
        position: 0,
        phase: career.phase,
        kind: career.kind,
        title: career.title,
        dueOn: career.dueOn,
        sessionKind: null,
        instrumentCode: null,
        dependsOn: [],
        ...NEW_MILESTONE_STATE,
      };
      const inserted = insertMilestone(milestones, milestone, careerMilestoneAfter(milestones, career.phase));
      if (!inserted.ok) throw new Error(`cannot add ${career.key}: ${inserted.refusal.message}`);
      milestones = inserted.value;
      await this.pathways.appendHistory(manager, {
        pathwayId: pathway.id,
        at: now,
        actor: 'system',
        action: 'milestone_added',
        milestoneId: milestone.id,
        details: { title: milestone.title, kind: milestone.kind, dueOn: milestone.dueOn, origin: 'career' },
      });
    }
    pathway.revision += 1;
    return milestones;
  }

  /** Derives progress from every fact; announces milestones reached for the first time and completion. */
  private async applyProgress(
    manager: EntityManager,
    pathway: PathwayEntity,
    milestones: MilestoneEntity[],
    facts: PathwayFact[],
    now: Date,
    writeAll: boolean,
  ): Promise<{ events: AnyEvent[]; lastSessionCompletedAt: string | null }> {
    const plan: PlanMilestone[] = pathway.plannedAt === null ? [] : milestones.map(toPlanMilestone);
    const progress = deriveProgress(plan, facts);
    const events: AnyEvent[] = [];
    const changed: MilestoneEntity[] = [];
    for (const milestone of pathway.plannedAt === null ? [] : milestones) {
      const state = progress.milestones.get(milestone.id);
      if (!state) continue;
      const next = {
        status: state.status,
        reachedAt: state.reachedAt === null ? null : new Date(state.reachedAt),
        causeEventId: state.causeEventId,
        bookedSessionId: state.bookedSessionId,
        noShows: state.noShows,
      };
      const same =
        milestone.status === next.status &&
        milestone.reachedAt?.getTime() === next.reachedAt?.getTime() &&
        milestone.causeEventId === next.causeEventId &&
        milestone.bookedSessionId === next.bookedSessionId &&
        milestone.noShows === next.noShows;
      if (state.status === 'reached' && state.reachedAt !== null && milestone.announcedAt === null) {
        milestone.announcedAt = now;
        events.push(
          createEvent('MilestoneReached.v1', pathway.candidateId, {
            pathwayId: pathway.id,
            candidateId: pathway.candidateId,
            milestoneId: milestone.id,
            kind: milestone.kind,
            causeEventId: state.causeEventId,
            reachedAt: state.reachedAt,
          }),
        );
        changed.push(Object.assign(milestone, next));
      } else if (!same || writeAll) {
        changed.push(Object.assign(milestone, next));
      }
    }
    await this.pathways.saveMilestones(manager, changed);

    Object.assign(pathway, {
      sessionsUsed: progress.sessionsUsed,
      noShows: progress.noShows,
      consecutiveNoShows: progress.consecutiveNoShows,
      lastActivityAt: progress.lastActivityAt === null ? null : new Date(progress.lastActivityAt),
      currentPhase: pathway.plannedAt === null ? null : progress.currentPhase,
      outcomeCategory: progress.outcome,
    } satisfies Partial<PathwayEntity>);
    const completion = completionChange(
      { planned: pathway.plannedAt !== null, completed: pathway.status === 'completed' },
      progress.completed,
    );
    if (completion === 'complete') {
      pathway.status = 'completed';
      pathway.completedAt = new Date(progress.completedAt ?? now.toISOString());
      await this.pathways.appendHistory(manager, {
        pathwayId: pathway.id,
        at: now,
        actor: 'system',
        action: 'completed',
      });
      events.push(
        createEvent('PathwayCompleted.v1', pathway.candidateId, {
          pathwayId: pathway.id,
          candidateId: pathway.candidateId,
          completedAt: pathway.completedAt.toISOString(),
        }),
      );
    } else if (completion === 'reopen') {
      pathway.status = 'planned';
      pathway.completedAt = null;
    }
    return { events, lastSessionCompletedAt: progress.lastSessionCompletedAt };
  }

  /** Re-assesses the risk; announces it only when the reasons or the urgency change. */
  private applyRisk(
    pathway: PathwayEntity,
    milestones: MilestoneEntity[],
    lastSessionCompletedAt: string | null,
    now: Date,
  ): AnyEvent[] {
    const input = riskInputOf({
      now,
      completed: pathway.status === 'completed',
      held: planningHeld(pathway.candidateStatus),
      resumedAt: pathway.resumedAt,
      distressFlag: pathway.distressFlag,
      diagnosedAt: pathway.diagnosedAt,
      lastSessionCompletedAt,
      lastActivityAt: pathway.lastActivityAt,
      plannedAt: pathway.plannedAt,
      createdAt: pathway.createdAt,
      consecutiveNoShows: pathway.consecutiveNoShows,
      milestones,
    });
    const risk = assessRisk(input);
    pathway.riskNextCheckAt = nextRiskCheckAt(input);
    const changed = riskChanged({ urgency: pathway.riskUrgency, reasons: pathway.riskFindings }, risk);
    pathway.riskFindings = risk?.reasons ?? [];
    pathway.riskUrgency = risk?.urgency ?? null;
    pathway.riskNextAction = risk?.nextAction ?? null;
    if (!risk) {
      pathway.riskDetectedAt = null;
      // A risk that was raised is announced over, so lists of people at risk can drop the person.
      if (!changed) return [];
      return [
        createEvent('CandidateRiskCleared.v1', pathway.candidateId, {
          candidateId: pathway.candidateId,
          pathwayId: pathway.id,
          clearedAt: now.toISOString(),
        }),
      ];
    }
    if (!changed) return [];
    pathway.riskDetectedAt = now;
    return [
      createEvent('CandidateAtRisk.v1', pathway.candidateId, {
        candidateId: pathway.candidateId,
        pathwayId: pathway.id,
        reasons: risk.reasons.map((f) => f.reason),
        urgency: risk.urgency,
        detectedAt: now.toISOString(),
      }),
    ];
  }
}

function missing(field: string): never {
  throw new Error(`a planned pathway has no ${field}`);
}
