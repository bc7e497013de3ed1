import { Module } from '@nestjs/common';
import {
  AccountRepository,
  OidcRecordRepository,
  SignInAttemptRepository,
  SigningKeyRepository,
} from '@passerelle/identity/data-access';
import { InteractionController } from './interaction.controller';
import { OidcController } from './oidc.controller';
import { OidcProvider } from './oidc-provider.service';
import { SignInWithPasswordHandler } from './usecases/sign-in-with-password/sign-in-with-password.handler';

/** Signing in: the OpenID provider, its storage, and the password sign-in page. */
@Module({
  controllers: [OidcController, InteractionController],
  providers: [
    AccountRepository,
    OidcRecordRepository,
    SigningKeyRepository,
    SignInAttemptRepository,
    OidcProvider,
    SignInWithPasswordHandler,
  ],
})
export class SignInModule {}
