import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  FormerOccupationConfirmationRepository,
  ReferenceCatalogueCache,
  type FormerOccupationSource,
} from '@passerelle/matching/data-access';
import { resolveJobTitle } from '@passerelle/matching/domain';
import type { ResolveFormerOccupationCommand } from './resolve-former-occupation.command';

/**
 * The one title resolver, at enrolment and on a correction: a ROME code the HR file gave wins; else
 * the title is resolved (`resolveJobTitle`), a generic one with its context (the employer's NAF code,
 * the service; decision 0039). Sure enough, the code goes on the profile and is
 * announced (FormerOccupationResolved, automatic); otherwise the person's coach gets a confirmation
 * task with the top three and the profile has no former occupation until they answer. In the
 * caller's transaction; the caller ranks the person again.
 */
@Injectable()
export class ResolveFormerOccupationHandler {
  constructor(
    private readonly profiles: CandidateProfileRepository,
    private readonly confirmations: FormerOccupationConfirmationRepository,
    private readonly reference: ReferenceCatalogueCache,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(manager: EntityManager, command: ResolveFormerOccupationCommand): Promise<void> {
    const { candidateId, programmeId, givenCode, formerJobTitle, context, now } = command;
    // Kept to read the title again when the programme's NAF code changes (ReResolveFormerOccupations).
    await this.profiles.update(manager, candidateId, (profile) => {
      profile.programmeId = programmeId;
      profile.formerJobTitle = formerJobTitle?.trim() || null;
    });
    if (givenCode) {
      await this.confirmations.close(manager, candidateId);
      await this.setCode(manager, candidateId, givenCode, 'given');
      return;
    }
    const snapshot = await this.reference.get(manager);
    const resolution = resolveJobTitle(snapshot.titles, formerJobTitle, undefined, context);
    if (resolution.outcome === 'automatic') {
      await this.confirmations.close(manager, candidateId);
      await this.setCode(manager, candidateId, resolution.romeCode, 'automatic');
      await this.outbox.emit(manager, 'FormerOccupationResolved.v1', candidateId, {
        candidateId,
        programmeId,
        romeCode: resolution.romeCode,
        how: 'automatic',
        confidence: resolution.confidence,
        resolvedAt: now.toISOString(),
      });
      return;
    }
    await this.setCode(manager, candidateId, null, null);
    if (resolution.outcome === 'none' || !formerJobTitle) {
      await this.confirmations.close(manager, candidateId);
      return;
    }
    await this.confirmations.open(manager, {
      candidateId,
      programmeId,
      formerJobTitle: formerJobTitle.trim(),
      candidates: resolution.candidates.map((match) => ({
        romeCode: match.romeCode,
        label: snapshot.catalogue.byCode.get(match.romeCode)?.label ?? match.titleLabel,
        confidence: match.confidence,
      })),
      createdAt: now,
    });
  }

  private async setCode(
    manager: EntityManager,
    candidateId: string,
    code: string | null,
    source: FormerOccupationSource | null,
  ): Promise<void> {
    await this.profiles.update(manager, candidateId, (profile) => {
      profile.formerOccupationCode = code;
      profile.formerOccupationSource = source;
    });
  }
}
