import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { currentContext, runWithContext } from '@passerelle/shared/observability';
import { PathwayRepository, PlanReconciler, type PathwayEntity } from '@passerelle/pathway/data-access';
import { newDraftPathway } from '../draft-pathway/draft-pathway.handler';
import type { DraftPathwaysCommand, Enrolment } from './draft-pathways.command';

/**
 * The batch form of drafting (decision 0035, issue 16): a few statements for the whole batch instead
 * of about ten per person. Runs in the batch's inbox transaction. The result is the one
 * `DraftPathwayHandler` then `PlanReconciler.reconcile` give each enrolment in turn (compared in
 * `apps/pathway/src/draft-batch.int-spec.ts`):
 *
 * - the batch's people locked in one statement (id order), then who is erased, drafted or has facts
 *   read in one;
 * - a person's first enrolment, when they have no pathway: the draft built and reconciled in memory
 *   (`reconcileNewDraft`: no diagnostic, so nothing to plan; progress and risk from the facts
 *   recorded before it, read in one statement for the people who have some), then every such
 *   pathway inserted in one statement, their `drafted` history in one, their events in one;
 * - anything else (a pathway drafted before, by a diagnostic come first or an earlier enrolment
 *   of the batch): reconciled one by one after, in the batch's order, as the per-event path does;
 * - an erased person: nothing.
 *
 * Each event announced names its own enrolment as its cause.
 */
@Injectable()
export class DraftPathwaysHandler {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly reconciler: PlanReconciler,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(manager: EntityManager, { enrolments, now }: DraftPathwaysCommand): Promise<void> {
    const ids = enrolments.map((enrolment) => enrolment.candidateId);
    await this.pathways.lockCandidates(manager, ids);
    const state = await this.pathways.draftingState(manager, ids);
    const fresh = new Map<string, Enrolment>();
    const again: Enrolment[] = [];
    for (const enrolment of enrolments) {
      const known = state.get(enrolment.candidateId);
      if (!known) throw new Error(`no drafting state for ${enrolment.candidateId}`);
      if (known.erased) continue;
      if (known.drafted || fresh.has(enrolment.candidateId)) again.push(enrolment);
      else fresh.set(enrolment.candidateId, enrolment);
    }

    const withFacts = [...fresh.keys()].filter((id) => state.get(id)?.hasFacts);
    const facts = await this.pathways.factsOfAll(manager, withFacts);
    const drafts: PathwayEntity[] = [];
    const events: AnyEvent[] = [];
    for (const enrolment of fresh.values()) {
      const pathway = newDraftPathway(enrolment.candidateId, enrolment.programmeId, now);
      drafts.push(pathway);
      const known = (facts.get(enrolment.candidateId) ?? []).map((row) => row.fact);
      events.push(
        ...(await causedBy(enrolment, async () => [
          createEvent('PathwayDrafted.v1', pathway.candidateId, {
            pathwayId: pathway.id,
            candidateId: pathway.candidateId,
            programmeId: pathway.programmeId,
            draftedAt: pathway.createdAt.toISOString(),
          }) as AnyEvent,
          ...(await this.reconciler.reconcileNewDraft(manager, pathway, known, now)),
        ])),
      );
    }
    const inserted = await this.pathways.insertAllIfAbsent(manager, drafts);
    // Under the people's locks, with none drafted: a miss means the state read above was wrong.
    if (inserted.size !== drafts.length)
      throw new Error('a pathway appeared under its lock; redo one by one');
    await this.pathways.appendHistories(
      manager,
      drafts.map((pathway) => ({ pathwayId: pathway.id, at: now, actor: 'system', action: 'drafted' })),
    );
    await this.outbox.append(manager, events);

    for (const enrolment of again) {
      await causedBy(enrolment, () =>
        this.reconciler.reconcile(manager, enrolment.candidateId, now, { locked: true }),
      );
    }
  }
}

/** Runs `work` as the inbox runs a single event's handler: under that event's correlation and cause. */
function causedBy<T>(enrolment: Enrolment, work: () => Promise<T>): Promise<T> {
  return runWithContext(
    {
      correlationId: enrolment.correlationId,
      causationId: enrolment.eventId,
      traceparent: currentContext()?.traceparent ?? null,
    },
    work,
  );
}
