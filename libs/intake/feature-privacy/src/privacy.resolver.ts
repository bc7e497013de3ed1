import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { pageRequest, parseInput } from '@passerelle/shared/graphql';
import {
  CandidateAccessRepository,
  ConsentRepository,
  ErasureRequestRepository,
  type ConsentEntity,
  type ErasureRequestEntity,
  type PendingErasureRequest,
} from '@passerelle/intake/data-access';
import { CURRENT_PRIVACY_NOTICE } from '@passerelle/intake/domain';
import type {
  Consent,
  ErasureReceipt,
  ErasureRequest,
  PersonalDataExport,
  PersonalDataMissingReason,
  PrivacyNotice,
  SmsReminders,
} from '@passerelle/intake/graphql-types';
import { CONSENT_WITHDRAWAL_NOTICE } from './consent-withdrawal';
import type { MissingReason } from './personal-data-sources';
import { invalidPrivacyInput } from './privacy.error';
import { eraseCandidateCommandSchema } from './usecases/erase-candidate/erase-candidate.command';
import { EraseCandidateHandler } from './usecases/erase-candidate/erase-candidate.handler';
import { exportPersonalDataCommandSchema } from './usecases/export-personal-data/export-personal-data.command';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { recordConsentCommandSchema } from './usecases/record-consent/record-consent.command';
import { RecordConsentHandler } from './usecases/record-consent/record-consent.handler';
import { requestErasureCommandSchema } from './usecases/request-erasure/request-erasure.command';
import { RequestErasureHandler } from './usecases/request-erasure/request-erasure.handler';
import { recordSmsConsentCommandSchema } from './usecases/record-sms-consent/record-sms-consent.command';
import { RecordSmsConsentHandler } from './usecases/record-sms-consent/record-sms-consent.handler';

const MISSING_REASONS: Record<MissingReason, PersonalDataMissingReason> = {
  timeout: 'TIMEOUT',
  unavailable: 'UNAVAILABLE',
  refused: 'REFUSED',
  invalid_answer: 'INVALID_ANSWER',
};

const toConsent = (row: ConsentEntity): Consent => ({
  noticeVersion: row.noticeVersion,
  granted: row.granted,
  current: row.granted && row.noticeVersion === CURRENT_PRIVACY_NOTICE,
  recordedAt: row.recordedAt,
});

const toSmsReminders = (row: ConsentEntity): SmsReminders => ({
  granted: row.granted,
  mobile: row.mobile,
  recordedAt: row.recordedAt,
});

/** A month after the request, the latest an answer may come (GDPR article 12(3)). */
function dueBy(requestedAt: Date): Date {
  const due = new Date(requestedAt);
  due.setUTCMonth(due.getUTCMonth() + 1);
  return due;
}

const toErasureRequest = (
  row: Pick<
    PendingErasureRequest,
    'candidateId' | 'requestedAt' | 'firstName' | 'lastName' | 'employeeNumber' | 'programmeName'
  >,
): ErasureRequest => ({ ...row, dueBy: dueBy(row.requestedAt) });

@Resolver('Candidate')
export class CandidateConsentResolver {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly consents: ConsentRepository,
    private readonly erasureRequests: ErasureRequestRepository,
  ) {}

  @ResolveField('erasureRequest')
  @Roles('candidate', 'coach', 'ops')
  async erasureRequest(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<ErasureRequest | null> {
    const person = await this.access.findFor(identity, candidate.id);
    if (!person) return null;
    const row = await this.erasureRequests.find(candidate.id);
    return row ? withPerson(row, person.candidate, person.programme.name) : null;
  }

  @ResolveField('consent')
  @Roles('candidate', 'coach', 'ops')
  async consent(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<Consent | null> {
    if (!(await this.readable(identity, candidate.id))) return null;
    const row = await this.consents.latest(candidate.id);
    return row ? toConsent(row) : null;
  }

  @ResolveField('consentHistory')
  @Roles('candidate', 'coach', 'ops')
  async consentHistory(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<Consent[]> {
    if (!(await this.readable(identity, candidate.id))) return [];
    return (await this.consents.history(candidate.id)).map(toConsent);
  }

  @ResolveField('smsReminders')
  @Roles('candidate', 'coach', 'ops')
  async smsReminders(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<SmsReminders | null> {
    if (!(await this.readable(identity, candidate.id))) return null;
    const row = await this.consents.latest(candidate.id, 'sms_reminders');
    return row ? toSmsReminders(row) : null;
  }

  private async readable(identity: Identity, candidateId: string): Promise<boolean> {
    return (await this.access.findFor(identity, candidateId)) !== null;
  }
}

function withPerson(
  row: ErasureRequestEntity,
  person: { firstName: string; lastName: string; employeeNumber: string },
  programmeName: string,
): ErasureRequest {
  return toErasureRequest({
    candidateId: row.candidateId,
    requestedAt: row.requestedAt,
    firstName: person.firstName,
    lastName: person.lastName,
    employeeNumber: person.employeeNumber,
    programmeName,
  });
}

@Resolver('PersonalDataExport')
export class PrivacyResolver {
  constructor(
    private readonly recordConsentHandler: RecordConsentHandler,
    private readonly recordSmsConsentHandler: RecordSmsConsentHandler,
    private readonly exportHandler: ExportPersonalDataHandler,
    private readonly eraseHandler: EraseCandidateHandler,
    private readonly requestErasureHandler: RequestErasureHandler,
    private readonly erasureRequests: ErasureRequestRepository,
  ) {}

  @Query('erasureRequests')
  @Roles('ops')
  async pendingErasureRequests(
    @Args('first') first: number | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<ErasureRequest[]> {
    // The lists' one rule for `first` (1 to 200, 50 when not said), though this list has no cursor.
    const { first: limit } = pageRequest(first, null);
    if (identity.role !== 'ops') return [];
    const rows = await this.erasureRequests.pending(identity.allOffices ? 'all' : identity.officeIds, limit);
    return rows.map(toErasureRequest);
  }

  @Mutation('requestErasure')
  @Roles('candidate')
  async requestErasure(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ErasureRequest> {
    const command = parseInput(requestErasureCommandSchema, { candidateId }, invalidPrivacyInput);
    const { request, person } = await this.requestErasureHandler.execute(identity, command);
    return withPerson(request, person.candidate, person.programme.name);
  }

  @Query('privacyNotice')
  @Roles('candidate', 'coach', 'ops')
  privacyNotice(): PrivacyNotice {
    return { version: CURRENT_PRIVACY_NOTICE, consentWithdrawal: CONSENT_WITHDRAWAL_NOTICE };
  }

  @Query('exportPersonalData')
  @Roles('candidate', 'ops')
  async exportPersonalData(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<PersonalDataExport> {
    const command = parseInput(exportPersonalDataCommandSchema, { candidateId }, invalidPrivacyInput);
    const archive = await this.exportHandler.execute(identity, command);
    return {
      ...archive,
      services: archive.services.map((part) => ({
        ...part,
        missingReason: part.missingReason ? MISSING_REASONS[part.missingReason] : null,
      })),
    };
  }

  @Mutation('recordConsent')
  @Roles('candidate')
  async recordConsent(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<Consent> {
    const command = parseInput(recordConsentCommandSchema, input, invalidPrivacyInput);
    return toConsent(await this.recordConsentHandler.execute(identity, command));
  }

  @Mutation('recordSmsConsent')
  @Roles('candidate')
  async recordSmsConsent(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SmsReminders> {
    const command = parseInput(recordSmsConsentCommandSchema, input, invalidPrivacyInput);
    return toSmsReminders(await this.recordSmsConsentHandler.execute(identity, command));
  }

  @Mutation('eraseCandidate')
  @Roles('ops')
  eraseCandidate(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ErasureReceipt> {
    const command = parseInput(eraseCandidateCommandSchema, { candidateId }, invalidPrivacyInput);
    return this.eraseHandler.execute(identity, command);
  }
}
