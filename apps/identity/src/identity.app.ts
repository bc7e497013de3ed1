import { identityConfigSchema } from '@passerelle/shared/config';
import { defineServiceApp } from '@passerelle/shared/runtime';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';
import { AccountsModule } from '@passerelle/identity/feature-accounts';
import { SignInModule } from '@passerelle/identity/feature-sign-in';

/**
 * Identity: the OpenID provider people sign in through, and their accounts. It serves OpenID over
 * HTTP rather than a subgraph, and reads its own settings (identityConfigSchema) on top of every
 * service's.
 */
export const identityApp = defineServiceApp({
  service: 'identity',
  dataSource: identityDataSourceOptions,
  configSchema: identityConfigSchema,
  typePaths: [],
  features: [SignInModule, AccountsModule],
});
