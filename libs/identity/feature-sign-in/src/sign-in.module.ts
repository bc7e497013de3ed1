import { Module } from '@nestjs/common';
import {
  AccountAuditRepository,
  AccountRepository,
  FederatedSignInRepository,
  InvitationIssuer,
  InvitationRepository,
  OidcRecordRepository,
  PendingSignInRepository,
  SecondFactorRepository,
  SignInAttemptRepository,
  SigningKeyRepository,
} from '@passerelle/identity/data-access';
import { FederationController } from './federation.controller';
import { FirmProviders } from './firm-providers';
import { InteractionController } from './interaction.controller';
import { InvitationController } from './invitation.controller';
import { OidcController } from './oidc.controller';
import { OidcProvider } from './oidc-provider.service';
import { SignInLinkController } from './sign-in-link.controller';
import { AcceptInvitationHandler } from './usecases/accept-invitation/accept-invitation.handler';
import { FactorKeys } from './factor-keys';
import { CheckSecondFactorHandler } from './usecases/check-second-factor/check-second-factor.handler';
import { EnrolSecondFactorHandler } from './usecases/enrol-second-factor/enrol-second-factor.handler';
import { FactorAttempts } from './usecases/factor-attempts';
import { RequestSignInLinkHandler } from './usecases/request-sign-in-link/request-sign-in-link.handler';
import { SignInThroughFirmHandler } from './usecases/sign-in-through-firm/sign-in-through-firm.handler';
import { SignInWithPasswordHandler } from './usecases/sign-in-with-password/sign-in-with-password.handler';

/**
 * Signing in: the OpenID provider, its storage, the password page, the second factor, the
 * invitation page, "forgot my password" (a sign-in link by email), and signing in through a
 * firm's own provider.
 */
@Module({
  controllers: [
    OidcController,
    InteractionController,
    SignInLinkController,
    InvitationController,
    FederationController,
  ],
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
    InvitationIssuer,
    RequestSignInLinkHandler,
    FactorKeys,
    FactorAttempts,
    CheckSecondFactorHandler,
    EnrolSecondFactorHandler,
    FederatedSignInRepository,
    FirmProviders,
    SignInThroughFirmHandler,
  ],
})
export class SignInModule {}
