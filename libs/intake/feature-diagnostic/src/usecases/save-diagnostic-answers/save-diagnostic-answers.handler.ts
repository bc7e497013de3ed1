import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  CandidateAccessRepository,
  ConsentRepository,
  DiagnosticRepository,
  type DiagnosticEntity,
} from '@passerelle/intake/data-access';
import { CURRENT_QUESTIONNAIRE, questionnaireOf, validateAnswers } from '@passerelle/intake/domain';
import { answersFromInput } from '../../diagnostic-answers.mapper';
import {
  DiagnosticError,
  DiagnosticErrorCode,
  candidateNotFound,
  consentWithdrawn,
} from '../../diagnostic.error';
import type { SaveDiagnosticAnswersCommand } from './save-diagnostic-answers.command';

/**
 * The person saves answers as they go: each save is checked question by question and merged with
 * the earlier ones, so they can stop and resume. Only the person answers their own diagnostic,
 * and not once they withdrew their consent (CONSENT_REQUIRED).
 */
@Injectable()
export class SaveDiagnosticAnswersHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly diagnostics: DiagnosticRepository,
    private readonly consents: ConsentRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: SaveDiagnosticAnswersCommand): Promise<DiagnosticEntity> {
    const answers = answersFromInput(command.answers);
    const found = await this.access.findFor(identity, command.candidateId, ['candidate']);
    if (!found) throw candidateNotFound(command.candidateId);

    return this.dataSource.transaction(async (manager) => {
      if (!(await this.access.hold(manager, command.candidateId)))
        throw candidateNotFound(command.candidateId);
      // Under the person's lock: a withdrawal recorded before this save stops it.
      const consent = await this.consents.latest(command.candidateId, 'privacy_notice', manager);
      if (consent && !consent.granted) throw consentWithdrawn(consent.recordedAt);
      const now = this.clock.now();
      await this.diagnostics.insertIfAbsent(manager, {
        id: randomUUID(),
        candidateId: command.candidateId,
        programmeId: found.programme.id,
        questionnaireVersion: CURRENT_QUESTIONNAIRE.version,
        answers: {},
        status: 'in_progress',
        startedAt: now,
        updatedAt: now,
        submittedAt: null,
        rulesTrack: null,
        track: null,
        trackSource: null,
        reasonCodes: [],
        distressFlag: false,
        distressCodes: [],
      });
      const diagnostic = await this.diagnostics.lockByCandidate(manager, command.candidateId);
      if (!diagnostic)
        throw new Error(`diagnostic of ${command.candidateId} vanished inside its transaction`);
      if (diagnostic.status === 'submitted') {
        throw new DiagnosticError(
          DiagnosticErrorCode.AlreadySubmitted,
          'this diagnostic was submitted: its answers can no longer change',
        );
      }
      const questionnaire = questionnaireOf(diagnostic.questionnaireVersion);
      if (!questionnaire) throw new Error(`questionnaire ${diagnostic.questionnaireVersion} is not known`);
      const issues = validateAnswers(questionnaire, answers, 'partial');
      if (issues.length) {
        throw new DiagnosticError(
          DiagnosticErrorCode.InvalidInput,
          issues.map((issue) => `${issue.questionId}: ${issue.message}`).join('; '),
          { questions: issues },
        );
      }
      diagnostic.answers = { ...diagnostic.answers, ...answers };
      diagnostic.updatedAt = now;
      await this.diagnostics.save(manager, diagnostic);
      return diagnostic;
    });
  }
}
