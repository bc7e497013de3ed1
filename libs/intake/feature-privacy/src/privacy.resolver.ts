import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import {
  CandidateAccessRepository,
  ConsentRepository,
  type ConsentEntity,
} from '@passerelle/intake/data-access';
import { CURRENT_PRIVACY_NOTICE } from '@passerelle/intake/domain';
import type {
  Consent,
  ErasureReceipt,
  PersonalDataExport,
  PrivacyNotice,
} from '@passerelle/intake/graphql-types';
import { EraseCandidateHandler } from './usecases/erase-candidate/erase-candidate.handler';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { RecordConsentHandler } from './usecases/record-consent/record-consent.handler';

const toConsent = (row: ConsentEntity): Consent => ({
  noticeVersion: row.noticeVersion,
  granted: row.granted,
  current: row.granted && row.noticeVersion === CURRENT_PRIVACY_NOTICE,
  recordedAt: row.recordedAt,
});

@Resolver('Candidate')
export class CandidateConsentResolver {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly consents: ConsentRepository,
  ) {}

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

  private async readable(identity: Identity, candidateId: string): Promise<boolean> {
    const found = await this.access.find(candidateId);
    return found !== null && canReadCandidate(identity, found.scope);
  }
}

@Resolver('PersonalDataExport')
export class PrivacyResolver {
  constructor(
    private readonly recordConsentHandler: RecordConsentHandler,
    private readonly exportHandler: ExportPersonalDataHandler,
    private readonly eraseHandler: EraseCandidateHandler,
  ) {}

  @Query('privacyNotice')
  @Roles('candidate', 'coach', 'ops')
  privacyNotice(): PrivacyNotice {
    return { version: CURRENT_PRIVACY_NOTICE };
  }

  @Query('exportPersonalData')
  @Roles('candidate', 'ops')
  exportPersonalData(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<PersonalDataExport> {
    return this.exportHandler.execute(identity, { candidateId });
  }

  @Mutation('recordConsent')
  @Roles('candidate')
  async recordConsent(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<Consent> {
    return toConsent(await this.recordConsentHandler.execute(identity, input));
  }

  @Mutation('eraseCandidate')
  @Roles('ops')
  eraseCandidate(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ErasureReceipt> {
    return this.eraseHandler.execute(identity, { candidateId });
  }
}
