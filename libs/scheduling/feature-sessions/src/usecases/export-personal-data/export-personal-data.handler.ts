import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import {
  servicePersonalData,
  type PersonalDataRequest,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';
import { SchedulingPersonalDataRepository, SessionNoteRepository } from '@passerelle/scheduling/data-access';

/**
 * What scheduling holds about one person, for intake's export (GDPR articles 15 and 20; decision
 * 0022): the profile used to assign a coach, the assignments, the person's sessions and workshop places (never another participant), and the reminders.
 * Their session notes too, the coach's confidential ones included: each handed over is recorded as
 * read by whoever asked (`exported`), as any other read of a confidential note.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly personalData: SchedulingPersonalDataRepository,
    private readonly notes: SessionNoteRepository,
    private readonly clock: Clock,
  ) {}

  async execute(request: PersonalDataRequest): Promise<ServicePersonalData> {
    const confidential = await this.notes.confidentialOf(request.candidateId);
    await this.notes.recordReads(
      confidential,
      { subject: request.requestedBy, role: request.requestedByRole },
      'exported',
      this.clock.now(),
    );
    const sections = await this.personalData.sections(request.candidateId);
    return servicePersonalData('scheduling', request.candidateId, this.clock.now(), sections);
  }
}
