import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { assessmentViewOf, canSeeResults, type Language } from '@passerelle/assessment/domain';
import { AssessmentRepository } from '@passerelle/assessment/data-access';
import { renderReport } from './render-report';
import { ReportBuilder } from './report.builder';

export interface RenderedReport {
  fileName: string;
  pdf: Buffer;
}

/**
 * A report for a reader: the coach's copy once scored, the person's once released, nobody else's.
 * Every report handed out is audited.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly sessions: AssessmentRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly builder: ReportBuilder,
    private readonly clock: Clock,
  ) {}

  async render(identity: Identity, assessmentId: string, language: Language): Promise<RenderedReport | null> {
    const session = await this.sessions.findById(assessmentId);
    if (!session) return null;
    const scope = await this.scopes.find(session.candidateId);
    const readsPerson = scope !== null && canReadCandidate(identity, scope);
    const view = assessmentViewOf({ role: identity.role, readsPerson }, session.status);
    if (!canSeeResults(view)) return null;
    const model = await this.builder.build(session, language, view !== 'coach');
    if (!model) return null;
    await this.sessions.recordRead({
      candidateId: session.candidateId,
      aboutId: session.id,
      what: 'report',
      readerRole: identity.role,
      readerSubject: identity.subject,
      readAt: this.clock.now(),
    });
    return {
      fileName: `passerelle-${session.instrumentCode}-${session.id.slice(0, 8)}-${language}.pdf`,
      pdf: await renderReport(model),
    };
  }
}
