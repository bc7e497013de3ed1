import { useQuery } from '@apollo/client/react';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Button, Failure, LanguageSwitch, Loading, Page } from '../ui/ui';
import { useRouter } from '../router';
import { CandidateHome } from './CandidateHome';
import { Diagnostic } from './Diagnostic';

const MY_ACCOUNT = graphql(`
  query MyAccount {
    myAccount {
      id
      displayName
      role
      candidateId
    }
  }
`);

/** After signing in: who this is decides the first screen. */
export function Home() {
  const { t } = useI18n();
  const session = useSession();
  const { path } = useRouter();
  const { data, loading, error, refetch } = useQuery(MY_ACCOUNT);
  const signOut = (
    <>
      <LanguageSwitch />
      <Button kind="quiet" onClick={() => void session.client.signOut()}>
        {t('auth.signOut')}
      </Button>
    </>
  );
  const account = data?.myAccount;
  return (
    <Page
      title={
        path === '/diagnostic'
          ? t('diagnostic.title')
          : account
            ? t('home.greeting', { name: account.displayName.split(' ')[0] ?? '' })
            : t('app.name')
      }
      actions={signOut}
    >
      {loading && <Loading />}
      {(error || (!loading && !account)) && <Failure retry={() => void refetch()} />}
      {account?.role === 'CANDIDATE' &&
        account.candidateId &&
        (path === '/diagnostic' ? (
          <Diagnostic candidateId={account.candidateId} />
        ) : (
          <CandidateHome candidateId={account.candidateId} now={new Date()} />
        ))}
      {account && account.role !== 'CANDIDATE' && <p>{t('home.staff.body')}</p>}
    </Page>
  );
}
