import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateAccessRepository,
  DiagnosticRepository,
  type DiagnosticEntity,
} from '@passerelle/intake/data-access';
import { DiagnosticError, DiagnosticErrorCode, candidateNotFound } from '../../diagnostic.error';
import type { OverrideTrackCommand } from './override-track.command';

/**
 * The person's coach changes the track the rules gave, with a reason. The override is kept
 * (who, when, from, to, why) and announced again as CandidateDiagnosed with source coach_override.
 * The reason text stays in intake: the event carries only the code `coach_override`.
 */
@Injectable()
export class OverrideTrackHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly diagnostics: DiagnosticRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: OverrideTrackCommand): Promise<DiagnosticEntity> {
    // Only the person's own coach: not ops, not another coach.
    if (identity.role !== 'coach' || !(await this.access.findFor(identity, command.candidateId))) {
      throw candidateNotFound(command.candidateId);
    }
    return this.dataSource.transaction(async (manager) => {
      const diagnostic = await this.diagnostics.lockByCandidate(manager, command.candidateId);
      if (!diagnostic || diagnostic.status !== 'submitted' || !diagnostic.track) {
        throw new DiagnosticError(
          DiagnosticErrorCode.NotSubmitted,
          'the track can be overridden once the person has submitted their diagnostic',
        );
      }
      if (diagnostic.track === command.track) {
        throw new DiagnosticError(
          DiagnosticErrorCode.TrackUnchanged,
          `the track is already ${command.track.toUpperCase()}`,
          { field: 'track' },
        );
      }
      const now = this.clock.now();
      await this.diagnostics.insertOverride(manager, {
        id: randomUUID(),
        diagnosticId: diagnostic.id,
        candidateId: command.candidateId,
        coachId: identity.coachId,
        actorSubject: identity.subject,
        fromTrack: diagnostic.track,
        toTrack: command.track,
        reason: command.reason,
        overriddenAt: now,
      });
      diagnostic.track = command.track;
      diagnostic.trackSource = 'coach_override';
      diagnostic.updatedAt = now;
      await this.diagnostics.save(manager, diagnostic);
      await this.outbox.emit(manager, 'CandidateDiagnosed.v1', command.candidateId, {
        candidateId: command.candidateId,
        programmeId: diagnostic.programmeId,
        diagnosticId: diagnostic.id,
        questionnaireVersion: diagnostic.questionnaireVersion,
        track: command.track,
        source: 'coach_override',
        reasonCodes: ['coach_override'],
        distressFlag: diagnostic.distressFlag,
        mobilityRadiusKm: numberOrNull(diagnostic.answers['mobility_radius_km']),
        languages: listOf(diagnostic.answers['languages']),
        diagnosedAt: now.toISOString(),
      });
      return diagnostic;
    });
  }
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const listOf = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
