import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  ConsentRepository,
  DiagnosticRepository,
  type DiagnosticEntity,
} from '@passerelle/intake/data-access';
import { orient, questionnaireOf, validateAnswers } from '@passerelle/intake/domain';
import {
  DiagnosticError,
  DiagnosticErrorCode,
  candidateNotFound,
  consentWithdrawn,
} from '../../diagnostic.error';
import type { SubmitDiagnosticCommand } from './submit-diagnostic.command';

/**
 * The person submits: every required question must be answered (the error names the missing
 * ones); the rules orient them; the orientation and CandidateDiagnosed commit together. Not
 * once the person withdrew their consent (CONSENT_REQUIRED): the answers stay, unsubmitted.
 */
@Injectable()
export class SubmitDiagnosticHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly diagnostics: DiagnosticRepository,
    private readonly consents: ConsentRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, { candidateId }: SubmitDiagnosticCommand): Promise<DiagnosticEntity> {
    if (identity.role !== 'candidate' || identity.candidateId !== candidateId) {
      throw candidateNotFound(candidateId);
    }
    return this.dataSource.transaction(async (manager) => {
      const diagnostic = await this.diagnostics.lockByCandidate(manager, candidateId);
      const consent = await this.consents.latest(candidateId, 'privacy_notice', manager);
      if (consent && !consent.granted) throw consentWithdrawn(consent.recordedAt);
      if (!diagnostic) {
        throw new DiagnosticError(
          DiagnosticErrorCode.NotStarted,
          'answer the questionnaire before submitting it',
        );
      }
      if (diagnostic.status === 'submitted') {
        throw new DiagnosticError(
          DiagnosticErrorCode.AlreadySubmitted,
          'this diagnostic was already submitted',
        );
      }
      const questionnaire = questionnaireOf(diagnostic.questionnaireVersion);
      if (!questionnaire) throw new Error(`questionnaire ${diagnostic.questionnaireVersion} is not known`);
      const issues = validateAnswers(questionnaire, diagnostic.answers, 'complete');
      if (issues.length) {
        throw new DiagnosticError(
          DiagnosticErrorCode.Incomplete,
          `the diagnostic is not complete: ${issues.map((issue) => `${issue.questionId}: ${issue.message}`).join('; ')}`,
          { questions: issues },
        );
      }
      const orientation = orient(diagnostic.answers);
      const now = this.clock.now();
      Object.assign(diagnostic, {
        status: 'submitted',
        submittedAt: now,
        updatedAt: now,
        rulesTrack: orientation.track,
        track: orientation.track,
        trackSource: 'rules',
        reasonCodes: orientation.reasonCodes,
        distressFlag: orientation.distressFlag,
        distressCodes: orientation.distressCodes,
      } satisfies Partial<DiagnosticEntity>);
      await this.diagnostics.save(manager, diagnostic);
      await this.outbox.emit(manager, 'CandidateDiagnosed.v1', candidateId, {
        candidateId,
        programmeId: diagnostic.programmeId,
        diagnosticId: diagnostic.id,
        questionnaireVersion: diagnostic.questionnaireVersion,
        track: orientation.track,
        source: 'rules',
        reasonCodes: orientation.reasonCodes,
        distressFlag: orientation.distressFlag,
        mobilityRadiusKm: orientation.mobilityRadiusKm,
        languages: orientation.languages,
        diagnosedAt: now.toISOString(),
      });
      return diagnostic;
    });
  }
}
