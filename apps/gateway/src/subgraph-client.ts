import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

// Apollo's fetcher types (@apollo/utils.fetcher), as the data source declares them.
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

/** The system error of a failed connection (ECONNREFUSED, ECONNRESET...). */
type SystemError = Error & { code?: string; errno?: number; syscall?: string };

/**
 * A subgraph's answer, read whole, as Apollo's RemoteGraphQLDataSource reads it (status, headers,
 * `json()` or `text()`): a GraphQL answer is one small JSON body, so there is nothing to stream.
 */
export class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: FetcherHeaders;
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    headers: IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.headers = new ReceivedHeaders(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  text(): Promise<string> {
    this.used = true;
    return Promise.resolve(this.body);
  }

  json(): Promise<unknown> {
    this.used = true;
    try {
      return Promise.resolve(JSON.parse(this.body) as unknown);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    this.used = true;
    const bytes = Buffer.from(this.body, 'utf8');
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  clone(): FetcherResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, {}, this.body);
  }
}

/** The headers of a received answer: read-only, names case-insensitive, repeated values joined. */
export class ReceivedHeaders implements FetcherHeaders {
  private readonly entriesByName: Map<string, string>;

  constructor(headers: IncomingHttpHeaders) {
    this.entriesByName = new Map();
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) this.entriesByName.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.entriesByName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.entriesByName.has(name.toLowerCase());
  }

  append(): void {
    throw new TypeError('the headers of a received answer cannot be changed');
  }

  delete(): void {
    throw new TypeError('the headers of a received answer cannot be changed');
  }

  set(): void {
    throw new TypeError('the headers of a received answer cannot be changed');
  }

  entries(): IterableIterator<[string, string]> {
    return this.entriesByName.entries();
  }

  keys(): IterableIterator<string> {
    return this.entriesByName.keys();
  }

  values(): IterableIterator<string> {
    return this.entriesByName.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entriesByName.entries();
  }
}

/**
 * The gateway's HTTP client to its subgraphs: Node's `http` (or `https`) with kept-alive
 * connections, one request written in one piece (headers and the JSON body, its length known), the
 * answer read whole. Node's `fetch` (undici) built a WHATWG request, a body stream written as an
 * iterable and a response stream for every call: about a third of the gateway's CPU per request
 * (docs/benchmarks.md, bench:gateway). A failed connection is reported as before: an error naming
 * the subgraph's URL with the system error's code, which the masked-error log keeps; so is a call
 * left without an answer for `idleTimeoutMs`.
 */
export function subgraphFetcher(
  /** A call whose socket stays silent this long fails (undici's fetch, used before, waited 300 s). */
  idleTimeoutMs = 300_000,
): Fetcher & { destroy(): void } {
  const httpAgent = new HttpAgent({ keepAlive: true });
  const httpsAgent = new HttpsAgent({ keepAlive: true });
  const fetcher = (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> =>
    new Promise<FetcherResponse>((answered, failed) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const body = init.body ?? '';
      const request = (secure ? httpsRequest : httpRequest)(
        target,
        {
          method: init.method ?? 'GET',
          agent: secure ? httpsAgent : httpAgent,
          headers: { ...init.headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => failed(connectionFailed(url, error)));
          response.on('end', () =>
            answered(
              new SubgraphResponse(
                url,
                response.statusCode ?? 0,
                response.statusMessage ?? '',
                response.headers,
                Buffer.concat(chunks).toString('utf8'),
              ),
            ),
          );
        },
      );
      request.on('error', (error) => failed(connectionFailed(url, error)));
      request.setTimeout(idleTimeoutMs, () =>
        request.destroy(
          Object.assign(new Error(`no answer for ${idleTimeoutMs} ms`), {
            code: 'ETIMEDOUT',
            syscall: 'read',
          }),
        ),
      );
      request.end(body);
    });
  return Object.assign(fetcher, {
    destroy(): void {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  });
}

function connectionFailed(url: string, error: SystemError): Error {
  return Object.assign(new Error(`request to ${url} failed, reason: ${error.message}`), {
    code: error.code,
    errno: error.errno,
    syscall: error.syscall,
    cause: error,
  });
}
