import { Module } from '@nestjs/common';
import { join } from 'node:path';
import {
  AccountAuditRepository,
  AccountNotOpenedRepository,
  AccountRepository,
  IdentityPersonalDataRepository,
  InvitationIssuer,
  InvitationRepository,
} from '@passerelle/identity/data-access';
import { PersonalDataController } from './personal-data.controller';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { AccountEventsConsumer } from './account-events.consumer';
import { AccountOpener } from './account-opener';
import { AccountsResolver } from './accounts.resolver';
import { ContactDirectory } from './contact-directory';
import { InternalAccountsController } from './internal-accounts.controller';
import { CreateStaffAccountHandler } from './usecases/create-staff-account/create-staff-account.handler';
import { EraseAccountHandler } from './usecases/erase-account/erase-account.handler';
import { FindRecipientHandler } from './usecases/find-recipient/find-recipient.handler';
import { FollowCandidateHandler } from './usecases/follow-candidate/follow-candidate.handler';
import { MintInvitationLinkHandler } from './usecases/mint-invitation-link/mint-invitation-link.handler';
import { MintInvitationLinksHandler } from './usecases/mint-invitation-links/mint-invitation-links.handler';
import { OpenCandidateAccountHandler } from './usecases/open-candidate-account/open-candidate-account.handler';
import { OpenCandidateAccountsHandler } from './usecases/open-candidate-accounts/open-candidate-accounts.handler';
import { OpenCoachAccountHandler } from './usecases/open-coach-account/open-coach-account.handler';
import { ResendInvitationHandler } from './usecases/resend-invitation/resend-invitation.handler';
import { RevokeSessionsHandler } from './usecases/revoke-sessions/revoke-sessions.handler';

/** The accounts part of identity's subgraph SDL. */
export const ACCOUNTS_TYPE_PATHS = [join(__dirname, 'accounts.graphql')];

/**
 * Accounts: opened from enrolments and new coaches (with an invitation), or by ops for staff;
 * invitations re-sent, sessions ended, erasure; and the directory the notifier asks whom to write to.
 */
@Module({
  controllers: [AccountEventsConsumer, InternalAccountsController, PersonalDataController],
  providers: [
    AccountRepository,
    InvitationRepository,
    AccountAuditRepository,
    InvitationIssuer,
    ContactDirectory,
    AccountOpener,
    OpenCandidateAccountHandler,
    OpenCandidateAccountsHandler,
    AccountNotOpenedRepository,
    OpenCoachAccountHandler,
    FollowCandidateHandler,
    EraseAccountHandler,
    CreateStaffAccountHandler,
    ResendInvitationHandler,
    RevokeSessionsHandler,
    MintInvitationLinkHandler,
    MintInvitationLinksHandler,
    FindRecipientHandler,
    IdentityPersonalDataRepository,
    ExportPersonalDataHandler,
    AccountsResolver,
  ],
})
export class AccountsModule {}
