import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import type { AccountRole } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Button, Failure, LanguageSwitch, Loading, Page } from '../ui/ui';
import type { RoleAppProps } from './role-app';

const MY_ACCOUNT = graphql(`
  query MyAccount {
    myAccount {
      id
      displayName
      role
      candidateId
      coachId
      officeIds
      allOffices
    }
  }
`);

// One bundle per role, fetched after sign-in: a person on a phone never downloads the coach's or
// ops' screens (npm run web:size reports each role's total).
const ROLE_APPS: Record<AccountRole, LazyExoticComponent<ComponentType<RoleAppProps>>> = {
  CANDIDATE: lazy(() => import('../candidate/CandidateApp')),
  COACH: lazy(() => import('../coach/CoachApp')),
  OPS: lazy(() => import('../ops/OpsApp')),
  SPONSOR: lazy(() => import('../sponsor/SponsorApp')),
  COMMITTEE: lazy(() => import('../committee/CommitteeApp')),
};

/** After signing in: who this is decides which console opens. */
export function Home() {
  const { t } = useI18n();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(MY_ACCOUNT);
  const accountActions = (
    <>
      <LanguageSwitch />
      <Button kind="quiet" onClick={() => void session.client.signOut()}>
        {t('auth.signOut')}
      </Button>
    </>
  );
  const account = data?.myAccount;
  if (!account)
    return (
      <Page title={t('app.name')} actions={accountActions}>
        {loading ? (
          <Loading />
        ) : error ? (
          <Failure retry={() => void refetch()} />
        ) : (
          <p>{t('role.unknown')}</p>
        )}
      </Page>
    );
  const RoleApp = ROLE_APPS[account.role];
  return (
    <Suspense
      fallback={
        <Page title={t('app.name')} actions={accountActions}>
          <Loading />
        </Page>
      }
    >
      <RoleApp account={account} accountActions={accountActions} now={() => new Date()} />
    </Suspense>
  );
}
