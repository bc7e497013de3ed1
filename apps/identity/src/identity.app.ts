import { identityConfigSchema } from '@passerelle/shared/config';
import { defineServiceApp } from '@passerelle/shared/runtime';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';
import { ACCOUNTS_TYPE_PATHS, AccountsModule } from '@passerelle/identity/feature-accounts';
import { SignInModule } from '@passerelle/identity/feature-sign-in';

/**
 * Identity: the OpenID provider people sign in through (over HTTP), and their accounts (a subgraph,
 * and internal routes for the notifier). It reads its own settings (identityConfigSchema) on top
 * of every service's.
 */
export const identityApp = defineServiceApp({
  service: 'identity',
  dataSource: identityDataSourceOptions,
  configSchema: identityConfigSchema,
  typePaths: ACCOUNTS_TYPE_PATHS,
  features: [SignInModule, AccountsModule],
});
