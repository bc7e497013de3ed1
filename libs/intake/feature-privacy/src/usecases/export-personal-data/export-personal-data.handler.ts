import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { Identity } from '@passerelle/shared/auth';
import {
  CandidateAccessRepository,
  DiagnosticRepository,
  PersonalDataRepository,
  type PersonalDataSnapshot,
} from '@passerelle/intake/data-access';
import { CONSENT_WITHDRAWAL_NOTICE } from '../../consent-withdrawal';
import { PersonalDataSources, type MissingReason, type ServicePart } from '../../personal-data-sources';
import { personalDataSummaryHtml, type SummaryPart } from '../../personal-data-summary';
import { candidateNotFound } from '../../privacy.error';
import type { ExportPersonalDataCommand } from './export-personal-data.command';

/** What one service put in the archive: its sections and how many records each, or why it is missing. */
export interface ServiceContribution {
  service: string;
  answered: boolean;
  missingReason: MissingReason | null;
  sections: { name: string; records: number }[];
}

export interface PersonalDataExport {
  fileName: string;
  contentType: 'application/json';
  generatedAt: Date;
  /** The JSON document itself, ready to save as the file. */
  document: string;
  /** False when a service's part is missing: `services` says which, and the document says so too. */
  complete: boolean;
  services: ServiceContribution[];
  summaryFileName: string;
  /** The readable summary: a self-contained HTML document in French. */
  summaryHtml: string;
}

/** The archive's format: intake's document of version 1, plus every other service's part. */
export const EXPORT_FORMAT = 'passerelle.personal-data/2';

/**
 * A person's data as the whole platform holds it, as one archive (GDPR articles 15 and 20;
 * decision 0022): intake's own document, and each other service's part asked for at once over its
 * internal route, each part listed with what it contributed or why it is missing, so an incomplete
 * export says it is. The person asks for their own; ops of their offices produce it on their
 * behalf. Each export is recorded as a confidential read before it is produced.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly personalData: PersonalDataRepository,
    private readonly diagnostics: DiagnosticRepository,
    private readonly sources: PersonalDataSources,
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
    const [snapshot, parts] = await Promise.all([
      this.personalData.snapshot(candidateId),
      this.sources.gather({
        candidateId,
        requestedBy: identity.subject,
        requestedByRole: identity.role === 'ops' ? 'ops' : 'candidate',
      }),
    ]);
    if (!snapshot) throw candidateNotFound(candidateId);
    const generatedAt = this.clock.now();
    const intake = exportDocument(snapshot, generatedAt);
    const intakePart: SummaryPart = { service: 'intake', answered: true, sections: intakeSections(intake) };
    const summaryParts: SummaryPart[] = [intakePart, ...parts.map(toSummaryPart)];
    const complete = parts.every((part) => part.answered);
    const services = summaryParts.map(toContribution);
    const day = generatedAt.toISOString().slice(0, 10);
    return {
      fileName: `passerelle-donnees-${candidateId}-${day}.json`,
      contentType: 'application/json',
      generatedAt,
      document: JSON.stringify(
        {
          ...intake,
          format: EXPORT_FORMAT,
          complete,
          services: services.map(({ service, answered, missingReason, sections }) => ({
            service,
            answered,
            ...(answered ? { sections } : { missingReason }),
          })),
          parts: Object.fromEntries(
            parts.map((part) => [
              part.service,
              part.answered
                ? {
                    generatedAt: part.data.generatedAt,
                    ...Object.fromEntries(
                      part.data.sections.map((section) => [section.name, section.records]),
                    ),
                  }
                : { missing: part.reason },
            ]),
          ),
          consentWithdrawal: CONSENT_WITHDRAWAL_NOTICE,
        },
        null,
        2,
      ),
      complete,
      services,
      summaryFileName: `passerelle-donnees-${candidateId}-${day}.html`,
      summaryHtml: personalDataSummaryHtml({
        generatedAt,
        person: snapshot.candidate,
        parts: summaryParts,
        withdrawalNotice: CONSENT_WITHDRAWAL_NOTICE,
      }),
    };
  }
}

function toSummaryPart(part: ServicePart): SummaryPart {
  return part.answered
    ? { service: part.service, answered: true, sections: part.data.sections }
    : { service: part.service, answered: false, reason: part.reason, sections: [] };
}

function toContribution(part: SummaryPart): ServiceContribution {
  return {
    service: part.service,
    answered: part.answered,
    missingReason: part.answered ? null : ((part.reason ?? 'unavailable') as MissingReason),
    sections: part.sections.map((section) => ({ name: section.name, records: section.records.length })),
  };
}

/** Intake's own document as sections of records, as the other services answer theirs. */
function intakeSections(document: ReturnType<typeof exportDocument>): SummaryPart['sections'] {
  const plain = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  return Object.entries(plain)
    .filter(([name]) => !['format', 'producer', 'generatedAt'].includes(name))
    .map(([name, value]) => ({
      name,
      records: (Array.isArray(value) ? value : value === null ? [] : [value]) as Record<string, unknown>[],
    }));
}

/** Intake's document: every table's rows as stored, under names a person can read. */
export function exportDocument(snapshot: PersonalDataSnapshot, generatedAt: Date) {
  return {
    format: 'passerelle.intake.personal-data/1',
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
    statusChanges: snapshot.statusChanges,
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
