import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { Identity } from '@passerelle/shared/auth';
import {
  CandidateAccessRepository,
  DiagnosticRepository,
  PersonalDataRepository,
  type PersonalDataSnapshot,
} from '@passerelle/intake/data-access';
import { candidateNotFound } from '../../privacy.error';
import type { ExportPersonalDataCommand } from './export-personal-data.command';

export interface PersonalDataExport {
  fileName: string;
  contentType: 'application/json';
  generatedAt: Date;
  /** The JSON document itself, ready to save as the file. */
  document: string;
}

export const EXPORT_FORMAT = 'passerelle.intake.personal-data/1';

/**
 * A person's data as intake holds it, as one JSON document (GDPR access and portability). The
 * person asks for their own; ops of their offices produce it on their behalf. Each export is
 * recorded as a confidential read before it is produced.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly personalData: PersonalDataRepository,
    private readonly diagnostics: DiagnosticRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, { candidateId }: ExportPersonalDataCommand): Promise<PersonalDataExport> {
    if (!(await this.access.findFor(identity, candidateId, ['candidate', 'ops']))) {
      throw candidateNotFound(candidateId);
    }
    await this.diagnostics.recordRead({
      candidateId,
      readerSubject: identity.subject,
      readerRole: identity.role,
      what: 'data_export',
      aboutId: null,
      readAt: this.clock.now(),
    });
    const snapshot = await this.personalData.snapshot(candidateId);
    if (!snapshot) throw candidateNotFound(candidateId);
    const generatedAt = this.clock.now();
    return {
      fileName: `passerelle-intake-${candidateId}-${generatedAt.toISOString().slice(0, 10)}.json`,
      contentType: 'application/json',
      generatedAt,
      document: JSON.stringify(exportDocument(snapshot, generatedAt), null, 2),
    };
  }
}

/** The exported document: every table's rows as stored, under names a person can read. */
export function exportDocument(snapshot: PersonalDataSnapshot, generatedAt: Date) {
  return {
    format: EXPORT_FORMAT,
    producer: 'intake',
    generatedAt: generatedAt.toISOString(),
    person: snapshot.candidate,
    programme: {
      id: snapshot.programme.id,
      name: snapshot.programme.name,
      sponsor: snapshot.sponsor?.name ?? null,
      type: snapshot.programme.type,
      startDate: snapshot.programme.startDate,
      durationMonths: snapshot.programme.durationMonths,
    },
    consents: snapshot.consents,
    diagnostic: snapshot.diagnostic,
    trackOverrides: snapshot.trackOverrides,
    coachAssignment: snapshot.coachAssignment,
    outcomes: snapshot.outcomes,
    validJobOffers: snapshot.validJobOffers,
    // The export's own field names, unchanged since it was first given to people.
    readsOfConfidentialData: snapshot.confidentialReads.map((read) => ({
      id: read.id,
      candidateId: read.candidateId,
      actorSubject: read.readerSubject,
      actorRole: read.readerRole,
      what: read.what,
      readAt: read.readAt,
    })),
  };
}
