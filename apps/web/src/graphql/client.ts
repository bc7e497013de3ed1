import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { Session } from '../auth/session';

/**
 * Apollo Client: its normalised cache keeps one copy of each object (a session, a milestone) that
 * every screen reads, so a booking made on one screen shows on the others without a refetch. Every
 * request carries a fresh access token; the gateway decides what the caller may see.
 */
export function graphqlClient(session: Session): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({
      uri: '/graphql',
      fetch: async (input, init) => {
        const token = await session.accessToken();
        const headers = new Headers(init?.headers);
        if (token) headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    }),
  });
}
