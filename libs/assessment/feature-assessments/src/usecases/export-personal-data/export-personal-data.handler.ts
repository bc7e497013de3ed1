import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import {
  servicePersonalData,
  type PersonalDataRequest,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';
import { AssessmentPersonalDataRepository, AssessmentRepository } from '@passerelle/assessment/data-access';

/**
 * What assessment holds about one person, for intake's export (GDPR articles 15 and 20; decision
 * 0022): sessions, answers, scores, debriefs (the coach's notes included: the person asks for their
 * own data) and the log of who read them. The read is audited first, as the person or ops who asked.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly personalData: AssessmentPersonalDataRepository,
    private readonly sessions: AssessmentRepository,
    private readonly clock: Clock,
  ) {}

  async execute(request: PersonalDataRequest): Promise<ServicePersonalData> {
    await this.sessions.recordRead({
      candidateId: request.candidateId,
      what: 'data_export',
      aboutId: null,
      readerSubject: request.requestedBy,
      readerRole: request.requestedByRole,
      readAt: this.clock.now(),
    });
    const sections = await this.personalData.sections(request.candidateId);
    return servicePersonalData('assessment', request.candidateId, this.clock.now(), sections);
  }
}
