import type { ReactNode } from 'react';
import type { MyAccountQuery } from '../gql/graphql';

/** The signed-in account, as every role's console receives it. */
export type SignedInAccount = NonNullable<MyAccountQuery['myAccount']>;

/**
 * What the shell hands each role's console (loaded on demand, one bundle per role): who is signed
 * in, the header's account actions (language, sign out), and the clock (time is an input).
 */
export interface RoleAppProps {
  account: SignedInAccount;
  accountActions: ReactNode;
  now: () => Date;
}
