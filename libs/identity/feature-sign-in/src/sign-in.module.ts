import { Module } from '@nestjs/common';
import {
  AccountAuditRepository,
  AccountRepository,
  InvitationRepository,
  OidcRecordRepository,
  SignInAttemptRepository,
  SigningKeyRepository,
} from '@passerelle/identity/data-access';
import { InteractionController } from './interaction.controller';
import { InvitationController } from './invitation.controller';
import { OidcController } from './oidc.controller';
import { OidcProvider } from './oidc-provider.service';
import { AcceptInvitationHandler } from './usecases/accept-invitation/accept-invitation.handler';
import { SignInWithPasswordHandler } from './usecases/sign-in-with-password/sign-in-with-password.handler';

/** Signing in: the OpenID provider, its storage, the password sign-in page, and the invitation page. */
@Module({
  controllers: [OidcController, InteractionController, InvitationController],
  providers: [
    AccountRepository,
    OidcRecordRepository,
    SigningKeyRepository,
    SignInAttemptRepository,
    OidcProvider,
    SignInWithPasswordHandler,
    InvitationRepository,
    AccountAuditRepository,
    AcceptInvitationHandler,
  ],
})
export class SignInModule {}
