import type { ServerResponse } from 'node:http';
import type { Request } from 'express';
import { errors } from 'oidc-provider';
import type { OidcProvider } from './oidc-provider.service';
import { sendPage } from './send-page';
import { pageLanguage, problemPage } from './sign-in-page';

export type Interaction = Awaited<ReturnType<OidcProvider['interactionDetails']>>;

/**
 * The interaction this browser's cookie points to, when it is `uid`'s. An expired or unknown one
 * (a page left open, a link opened elsewhere) gets a page saying to start again, not an error.
 */
export async function currentInteraction(
  provider: OidcProvider,
  uid: string,
  req: Request,
  res: ServerResponse,
): Promise<Interaction | null> {
  const language = pageLanguage(undefined, req.headers['accept-language']);
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.uid === uid) return details;
    sendPage(res, 400, problemPage({ language, code: 'invalid_request' }));
    return null;
  } catch (error) {
    if (!(error instanceof errors.SessionNotFound)) throw error;
    sendPage(res, 400, problemPage({ language, code: error.error }));
    return null;
  }
}

/** The address a request came from, for the per-address limits and the audit. */
export const sourceAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';
