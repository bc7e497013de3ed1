import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CALLBACK_PATH, loadConsoleConfig, OidcClient } from './auth/oidc';
import { sessionOf, SessionProvider } from './auth/session';
import { graphqlClient } from './graphql/client';
import { I18nProvider, useI18n } from './i18n/i18n';
import { RouterProvider } from './router';
import { Home } from './shell/Home';
import { Welcome } from './shell/Welcome';
import { Loading } from './ui/ui';
import './styles.css';

type State =
  { stage: 'starting' } | { stage: 'signed-out'; notice?: 'failed' | 'expired' } | { stage: 'signed-in' };

/** Signs the person in (or back from identity's page), then hands over to their home screen. */
function Console({ client }: { client: OidcClient }) {
  const [state, setState] = useState<State>({ stage: 'starting' });
  const session = useMemo(() => sessionOf(client), [client]);
  const apollo = useMemo(() => graphqlClient(session), [session]);
  useEffect(() => {
    const here = new URL(location.href);
    if (here.pathname === CALLBACK_PATH) {
      client
        .completeSignIn(here)
        .then((returnTo) => {
          history.replaceState(null, '', returnTo);
          setState({ stage: 'signed-in' });
        })
        .catch(() => setState({ stage: 'signed-out', notice: 'failed' }));
      return;
    }
    setState(client.tokens() ? { stage: 'signed-in' } : { stage: 'signed-out' });
  }, [client]);
  if (state.stage === 'starting') return <Loading />;
  if (state.stage === 'signed-out')
    return <Welcome notice={state.notice} signIn={() => void client.signIn(location.pathname)} />;
  return (
    <SessionProvider session={session}>
      <ApolloProvider client={apollo}>
        <RouterProvider>
          <Home />
        </RouterProvider>
      </ApolloProvider>
    </SessionProvider>
  );
}

async function start(container: HTMLElement) {
  const root = createRoot(container);
  const config = await loadConsoleConfig().catch(() => null);
  root.render(
    <StrictMode>
      <I18nProvider>{config ? <Console client={new OidcClient(config)} /> : <Unavailable />}</I18nProvider>
    </StrictMode>,
  );
}

function Unavailable() {
  const { t } = useI18n();
  return <p role="alert">{t('common.error')}</p>;
}

const container = document.getElementById('root');
if (container) void start(container);
