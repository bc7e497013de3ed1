import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateRepository,
  ProgrammeRepository,
  type CandidateEntity,
} from '@passerelle/intake/data-access';
import type { EnrollCandidateCommand } from './enroll-candidate.command';
import { EnrollmentError, EnrollmentErrorCode } from '../../enrollment.error';

/**
 * Writes the candidate and announces CandidateEnrolled in one transaction: either both happen or
 * neither does. A closed programme takes nobody (PROGRAMME_CLOSED).
 */
@Injectable()
export class EnrollCandidateHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeRepository,
    private readonly candidates: CandidateRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: EnrollCandidateCommand): Promise<CandidateEntity> {
    const programme = await this.programmes.findProgramme(command.programmeId);
    if (!programme) {
      throw new EnrollmentError(
        EnrollmentErrorCode.ProgrammeNotFound,
        `programme ${command.programmeId} does not exist`,
      );
    }
    if (!servesAnyOffice(identity, programme.officeIds)) {
      throw new EnrollmentError(
        EnrollmentErrorCode.OutOfScope,
        'this programme is not served by your offices',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      if ((await this.programmes.hold(manager, programme.id))?.status === 'closed') {
        throw new EnrollmentError(
          EnrollmentErrorCode.ProgrammeClosed,
          `programmeId: programme ${programme.id} is closed: it takes no more people`,
          { field: 'programmeId' },
        );
      }
      const existing = await this.candidates.findByEmployeeNumber(
        manager,
        programme.sponsorId,
        command.employeeNumber,
      );
      if (existing) {
        throw new EnrollmentError(
          EnrollmentErrorCode.AlreadyEnrolled,
          `employee number ${command.employeeNumber} is already enrolled for this sponsor`,
          { candidateId: existing.id, field: 'employeeNumber' },
        );
      }
      const candidate: CandidateEntity = {
        id: randomUUID(),
        programmeId: programme.id,
        sponsorId: programme.sponsorId,
        employeeNumber: command.employeeNumber,
        firstName: command.firstName,
        lastName: command.lastName,
        email: command.email,
        phone: command.phone ?? null,
        formerJobTitle: command.formerJobTitle ?? null,
        formerOccupationCode: command.formerOccupationCode ?? null,
        languages: command.languages,
        status: 'invited',
        enrolledAt: this.clock.now(),
      };
      await this.candidates.insert(manager, candidate);
      await this.outbox.emit(manager, 'CandidateEnrolled.v1', candidate.id, {
        candidateId: candidate.id,
        programmeId: programme.id,
        sponsorId: programme.sponsorId,
        officeIds: programme.officeIds,
        enrolledAt: candidate.enrolledAt.toISOString(),
        formerOccupationCode: candidate.formerOccupationCode,
        // Matching resolves the title (FormerOccupationResolved) when no code is given.
        formerJobTitle: candidate.formerJobTitle?.trim().slice(0, 120).trim() || null,
        languages: candidate.languages,
        // The title's context (decision 0039): a single enrolment has no service column.
        employerNafCode: programme.employerNafCode,
      });
      return candidate;
    });
  }
}
