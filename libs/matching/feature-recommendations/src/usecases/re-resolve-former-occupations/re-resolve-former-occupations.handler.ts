import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  FormerOccupationConfirmationRepository,
  ProgrammeTitleContextRepository,
  ReferenceCatalogueCache,
  type FormerOccupationSource,
} from '@passerelle/matching/data-access';
import { reResolution, resolveJobTitle } from '@passerelle/matching/domain';
import {
  newRankingMemo,
  RecomputeRecommendationsForMany,
  type PersonToRank,
} from '../recompute-recommendations/recompute-recommendations.for-many';
import type { ReResolveFormerOccupationsCommand } from './re-resolve-former-occupations.command';

/** People read again per round: one statement per table and round. */
export const RE_RESOLUTION_BATCH = 500;

/**
 * Ops amended a programme's employer NAF code (decision 0039): its people take the new code, and
 * those whose former occupation came from their title (automatic, or waiting for the coach) have
 * it read again with the new context, in rounds of `RE_RESOLUTION_BATCH` written with a few
 * set-based statements: the codes on the profiles, the coach's tasks opened (or given the new
 * candidates) and closed, `FormerOccupationResolved` (automatic) for the codes intake and
 * assessment do not have yet, `FormerOccupationWithdrawn` for an automatic code no longer sure. A code HR gave or a coach confirmed is never read again. People
 * whose code moved are ranked again, a round at a time (`RecomputeRecommendationsForMany`). All in
 * the caller's transaction.
 */
@Injectable()
export class ReResolveFormerOccupationsHandler {
  constructor(
    private readonly contexts: ProgrammeTitleContextRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly confirmations: FormerOccupationConfirmationRepository,
    private readonly reference: ReferenceCatalogueCache,
    private readonly recomputeMany: RecomputeRecommendationsForMany,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Returns how many people were read again. */
  async execute(manager: EntityManager, command: ReResolveFormerOccupationsCommand): Promise<number> {
    const { programmeId, employerNafCode, amendedAt, now } = command;
    if (!(await this.contexts.recordAmendment(manager, programmeId, employerNafCode, amendedAt))) return 0;
    // Tasks first, then profiles: the order a coach's answer locks them in.
    const pending = new Map(
      (await this.confirmations.lockPendingOfProgramme(manager, programmeId)).map((task) => [
        task.candidateId,
        task,
      ]),
    );
    const people = await this.profiles.moveProgrammeNafCode(manager, programmeId, employerNafCode, now);
    if (people.length === 0) return 0;
    const snapshot = await this.reference.get(manager);
    const moved: string[] = [];
    for (let start = 0; start < people.length; start += RE_RESOLUTION_BATCH) {
      const codes: { candidateId: string; code: string | null; source: FormerOccupationSource | null }[] = [];
      const opened: Parameters<FormerOccupationConfirmationRepository['openMany']>[1][number][] = [];
      const closed: string[] = [];
      const announced: AnyEvent[] = [];
      for (const person of people.slice(start, start + RE_RESOLUTION_BATCH)) {
        const { candidateId, formerJobTitle, service } = person;
        const decision = reResolution(
          { code: person.formerOccupationCode, source: person.formerOccupationSource },
          resolveJobTitle(snapshot.titles, formerJobTitle, undefined, { nafCode: employerNafCode, service }),
        );
        if (decision.outcome === 'kept') continue;
        if (decision.changed) moved.push(candidateId);
        if (decision.outcome === 'automatic') {
          codes.push({ candidateId, code: decision.romeCode, source: 'automatic' });
          if (pending.has(candidateId)) closed.push(candidateId);
          if (decision.announce)
            announced.push(
              createEvent('FormerOccupationResolved.v1', candidateId, {
                candidateId,
                programmeId,
                romeCode: decision.romeCode,
                how: 'automatic',
                confidence: decision.confidence,
                resolvedAt: now.toISOString(),
              }) as AnyEvent,
            );
          continue;
        }
        codes.push({ candidateId, code: null, source: null });
        // An automatic code intake and assessment were told of is taken back.
        if (decision.withdraw)
          announced.push(
            createEvent('FormerOccupationWithdrawn.v1', candidateId, {
              candidateId,
              programmeId,
              withdrawnAt: now.toISOString(),
            }) as AnyEvent,
          );
        if (decision.outcome === 'none') {
          if (pending.has(candidateId)) closed.push(candidateId);
          continue;
        }
        opened.push({
          candidateId,
          programmeId,
          formerJobTitle: formerJobTitle.trim(),
          candidates: decision.candidates.map((match) => ({
            romeCode: match.romeCode,
            label: snapshot.catalogue.byCode.get(match.romeCode)?.label ?? match.titleLabel,
            confidence: match.confidence,
          })),
        });
      }
      await this.profiles.setFormerOccupations(manager, codes, now);
      await this.confirmations.closePending(manager, closed);
      await this.confirmations.openMany(manager, opened, now);
      await this.outbox.append(manager, announced);
    }
    // Ranked again on the new code (or, without one, on the rest of the profile), as at enrolment,
    // a round at a time: a profile's ranking worked out once per area, each table written at once.
    const view = await this.reference.view(manager);
    const memo = newRankingMemo();
    for (let start = 0; start < moved.length; start += RE_RESOLUTION_BATCH) {
      const profiles = await this.profiles.updateMany(
        manager,
        moved.slice(start, start + RE_RESOLUTION_BATCH),
      );
      const announced: AnyEvent[] = [];
      const round = [...profiles.values()].map((profile): PersonToRank => ({
        profile,
        recommendations: null,
        announce: (create) => announced.push(create() as AnyEvent),
      }));
      await this.recomputeMany.execute(manager, round, view, memo, now);
      await this.outbox.append(manager, announced);
    }
    return people.length;
  }
}
