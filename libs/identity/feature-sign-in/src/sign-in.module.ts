import { Module } from '@nestjs/common';
import {
  AccountAuditRepository,
  AccountRepository,
  InvitationRepository,
  OidcRecordRepository,
  PendingSignInRepository,
  SecondFactorRepository,
  SignInAttemptRepository,
  SigningKeyRepository,
} from '@passerelle/identity/data-access';
import { InteractionController } from './interaction.controller';
import { InvitationController } from './invitation.controller';
import { OidcController } from './oidc.controller';
import { OidcProvider } from './oidc-provider.service';
import { AcceptInvitationHandler } from './usecases/accept-invitation/accept-invitation.handler';
import { FactorKeys } from './factor-keys';
import { CheckSecondFactorHandler } from './usecases/check-second-factor/check-second-factor.handler';
import { EnrolSecondFactorHandler } from './usecases/enrol-second-factor/enrol-second-factor.handler';
import { FactorAttempts } from './usecases/factor-attempts';
import { SignInWithPasswordHandler } from './usecases/sign-in-with-password/sign-in-with-password.handler';

/** Signing in: the OpenID provider, its storage, the password page, the second factor,, and the invitation page. */
@Module({
  controllers: [OidcController, InteractionController, InvitationController],
  providers: [
    AccountRepository,
    OidcRecordRepository,
    SigningKeyRepository,
    SignInAttemptRepository,
    SecondFactorRepository,
    PendingSignInRepository,
    OidcProvider,
    SignInWithPasswordHandler,
    InvitationRepository,
    AccountAuditRepository,
    AcceptInvitationHandler,
    FactorKeys,
    FactorAttempts,
    CheckSecondFactorHandler,
    EnrolSecondFactorHandler,
  ],
})
export class SignInModule {}
