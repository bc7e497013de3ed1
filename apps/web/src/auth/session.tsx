import { createContext, useContext, type ReactNode } from 'react';
import type { OidcClient } from './oidc';

/** The signed-in person's way to the API: a valid access token on demand, and signing out. */
export interface Session {
  client: OidcClient;
  /** A token valid for at least 30 s more (refreshed if need be); null once signed out. */
  accessToken(): Promise<string | null>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function sessionOf(client: OidcClient): Session {
  let refreshing: Promise<string | null> | null = null;
  return {
    client,
    async accessToken() {
      const tokens = client.tokens();
      if (!tokens) return null;
      if (tokens.expiresAt - Date.now() > 30_000) return tokens.accessToken;
      refreshing ??= client.refresh().then((fresh) => {
        refreshing = null;
        return fresh?.accessToken ?? null;
      });
      return refreshing;
    },
  };
}
