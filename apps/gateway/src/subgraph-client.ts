import { STATUS_CODES } from 'node:http';
import { Agent, errors } from 'undici';

/** A subgraph's answer, read whole: a GraphQL answer is one small JSON body, nothing to stream. */
export interface SubgraphReply {
  url: string;
  status: number;
  statusText: string;
  /** The answer's `content-type`, if it gave one. */
  contentType: string | undefined;
  body: string;
}

/** The system error of a failed connection (ECONNREFUSED, ECONNRESET...). */
type SystemError = Error & { code?: string; errno?: number; syscall?: string };

/**
 * The gateway's HTTP client to its subgraphs: undici's `Agent` (kept-alive connections per
 * subgraph, the request written in one piece, the answer read whole). Node's `http` client cost
 * about 60 µs of CPU per call on this machine (a `ClientRequest`, the agent's queue, a parsed URL
 * each time) against undici's 35 µs, and Node's `fetch` (undici too, but through WHATWG streams)
 * was a third of the gateway's CPU per request (docs/benchmarks.md, bench:gateway). A failed
 * connection is reported as before: an error naming the subgraph's URL with the system error's
 * code, which the masked-error log keeps; so is a call left without an answer for `idleTimeoutMs`.
 */
export class SubgraphClient {
  private readonly agent: Agent;
  /** Each subgraph URL split once into what undici asks for. */
  private readonly targets = new Map<string, { origin: string; path: string }>();

  constructor(
    /** A call whose socket stays silent this long fails (undici's fetch, used before, waited 300 s). */
    private readonly idleTimeoutMs = 300_000,
  ) {
    this.agent = new Agent({ headersTimeout: idleTimeoutMs, bodyTimeout: idleTimeoutMs });
  }

  async post(url: string, headers: Record<string, string>, body: string): Promise<SubgraphReply> {
    const { origin, path } = this.targetOf(url);
    try {
      const answer = await this.agent.request({ origin, path, method: 'POST', headers, body });
      const contentType = answer.headers['content-type'];
      return {
        url,
        status: answer.statusCode,
        statusText: answer.statusText || STATUS_CODES[answer.statusCode] || '',
        contentType: Array.isArray(contentType) ? contentType[0] : contentType,
        body: await answer.body.text(),
      };
    } catch (error) {
      throw connectionFailed(url, this.systemErrorOf(error as SystemError));
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private targetOf(url: string): { origin: string; path: string } {
    let target = this.targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      this.targets.set(url, target);
    }
    return target;
  }

  /** undici's own timeouts, as the system error Node's http client gave for the same silence. */
  private systemErrorOf(error: SystemError): SystemError {
    if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError)
      return Object.assign(new Error(`no answer for ${this.idleTimeoutMs} ms`), {
        code: 'ETIMEDOUT',
        syscall: 'read',
      });
    return error;
  }
}

function connectionFailed(url: string, error: SystemError): Error {
  return Object.assign(new Error(`request to ${url} failed, reason: ${error.message}`), {
    code: error.code,
    errno: error.errno,
    syscall: error.syscall,
    cause: error,
  });
}
