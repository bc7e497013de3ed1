import { ConfidentialReadEntity } from '@passerelle/shared/database';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CandidateEntity } from '../entities/candidate.entity';
import { CandidateStatusChangeEntity } from '../entities/candidate-status-change.entity';
import { CaseloadAssignmentEntity } from '../entities/caseload-assignment.entity';
import { CandidateErasureEntity, ConsentEntity } from '../entities/consent.entity';
import { DiagnosticEntity, TrackOverrideEntity } from '../entities/diagnostic.entity';
import { OutcomeEntity, ValidJobOfferEntity } from '../entities/outcome.entity';
import { ProgrammeEntity } from '../entities/programme.entity';
import { SponsorEntity } from '../entities/sponsor.entity';

/** Everything intake holds about one person, as stored. */
export interface PersonalDataSnapshot {
  candidate: CandidateEntity;
  programme: ProgrammeEntity;
  sponsor: SponsorEntity | null;
  consents: ConsentEntity[];
  diagnostic: DiagnosticEntity | null;
  trackOverrides: TrackOverrideEntity[];
  coachAssignment: CaseloadAssignmentEntity | null;
  outcomes: OutcomeEntity[];
  validJobOffers: ValidJobOfferEntity[];
  confidentialReads: ConfidentialReadEntity[];
  statusChanges: CandidateStatusChangeEntity[];
}

/**
 * The tables that hold a person's data, keyed by their candidate id. Erasure empties each of them;
 * a table added later that holds personal data must be listed here (the erasure test reads them).
 */
export const PERSONAL_DATA_TABLES = [
  'confidential_read',
  'track_override',
  'diagnostic',
  'caseload_assignment',
  'valid_job_offer',
  'outcome',
  'consent',
  'erasure_request',
  'candidate_status_change',
  'candidate_risk',
] as const;

@Injectable()
export class PersonalDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async snapshot(candidateId: string): Promise<PersonalDataSnapshot | null> {
    const manager = this.dataSource.manager;
    const candidate = await manager.findOneBy(CandidateEntity, { id: candidateId });
    if (!candidate) return null;
    const byCandidate = { where: { candidateId } };
    const [
      programme,
      consents,
      diagnostic,
      trackOverrides,
      coachAssignment,
      outcomes,
      offers,
      reads,
      statuses,
    ] = await Promise.all([
      manager.findOneByOrFail(ProgrammeEntity, { id: candidate.programmeId }),
      manager.find(ConsentEntity, { ...byCandidate, order: { recordedAt: 'ASC' } }),
      manager.findOneBy(DiagnosticEntity, { candidateId }),
      manager.find(TrackOverrideEntity, { ...byCandidate, order: { overriddenAt: 'ASC' } }),
      manager.findOneBy(CaseloadAssignmentEntity, { candidateId }),
      manager.find(OutcomeEntity, { ...byCandidate, order: { recordedAt: 'ASC' } }),
      manager.find(ValidJobOfferEntity, { ...byCandidate, order: { loggedAt: 'ASC' } }),
      manager.find(ConfidentialReadEntity, { ...byCandidate, order: { readAt: 'ASC' } }),
      manager.find(CandidateStatusChangeEntity, { ...byCandidate, order: { changedAt: 'ASC' } }),
    ]);
    const sponsor = await manager.findOneBy(SponsorEntity, { id: programme.sponsorId });
    return {
      candidate,
      programme,
      sponsor,
      consents,
      diagnostic,
      trackOverrides,
      coachAssignment,
      outcomes,
      validJobOffers: offers,
      confidentialReads: reads,
      statusChanges: statuses,
    };
  }

  /**
   * Deletes the person and everything keyed by them, and records that they were erased. Runs in
   * the caller's transaction so the CandidateErased event commits with it. Returns false when the
   * person is not (or no longer) there.
   */
  async erase(manager: EntityManager, candidateId: string, erasedAt: Date): Promise<boolean> {
    const locked: { sponsor_id: string; employee_number: string; email: string | null }[] =
      await manager.query(
        `SELECT sponsor_id, employee_number, email FROM candidate WHERE id = $1 FOR UPDATE`,
        [candidateId],
      );
    const person = locked[0];
    if (!person) return false;
    for (const table of PERSONAL_DATA_TABLES) {
      await manager.query(`DELETE FROM "${table}" WHERE candidate_id = $1`, [candidateId]);
    }
    await this.eraseImportTraces(manager, person.sponsor_id, [person.employee_number, person.email]);
    await manager.query(`DELETE FROM candidate WHERE id = $1`, [candidateId]);
    await manager.getRepository(CandidateErasureEntity).insert({ candidateId, erasedAt });
    return true;
  }

  /**
   * The sponsor's import records are not keyed by person: the duplicate-check keys and the row
   * errors hold the values as the file had them. Erasure removes every one that names the person.
   */
  private async eraseImportTraces(
    manager: EntityManager,
    sponsorId: string,
    identifiers: (string | null)[],
  ): Promise<void> {
    const values = identifiers
      .filter((value): value is string => !!value)
      .map((value) => value.toLowerCase());
    await manager.query(
      `DELETE FROM import_file_key k USING import_batch b
        WHERE k.batch_id = b.id AND b.sponsor_id = $1 AND lower(k.key) = ANY($2)`,
      [sponsorId, values],
    );
    await manager.query(
      `DELETE FROM import_row_error e USING import_batch b
        WHERE e.batch_id = b.id AND b.sponsor_id = $1
          AND (lower(e.value) = ANY($2)
               OR EXISTS (SELECT 1 FROM unnest($2::text[]) v WHERE strpos(lower(e.reason), v) > 0))`,
      [sponsorId, values],
    );
  }
}
