import { type Api, ApiError, type Fetch, createClient } from '../client/api.js';
import { type Credentials, loadCredentials } from './credentials.js';
import { CliError } from './errors.js';

/** A request that takes longer is given up, so a script never hangs on a dead server. */
const TIMEOUT_MS = 30_000;

/** The typed client of the route table, signed with the token; every failure becomes one line. */
export interface Connection {
  url: string;
  api: Api;
}

export function connect(credentials: Credentials = loadCredentials()): Connection {
  // The client answers any failure to reach the server as one "network" error; this keeps why.
  let lastFailure: unknown = null;
  const signedFetch = async (url: string, request: Parameters<Fetch>[1]): Promise<Response> => {
    try {
      return await fetch(url, {
        ...request,
        headers: { ...request.headers, Authorization: `Bearer ${credentials.token}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      lastFailure = error;
      throw error;
    }
  };
  const client = createClient({ fetch: signedFetch, baseUrl: credentials.url });
  const explainFailure = (error: unknown) => explain(error, credentials.url, lastFailure);
  const api: Api = (route, ...input) => client(route, ...input).catch((error: unknown) => Promise.reject(explainFailure(error)));

  return { url: credentials.url, api };
}

/** One line naming the cause: the server unreachable, the token refused, or what the server said. */
export function explain(error: unknown, url: string, failure: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 0) return new CliError(`Could not reach ${url}: ${causeOf(failure)}.`);
  if (error.status === 401) {
    return new CliError(
      `${url} refused the access token (401): run “growthmap login --url ${url}” with a valid token, or check GROWTHMAP_TOKEN.`,
    );
  }
  const fields = Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`);
  return new CliError(`${error.message}${fields.length ? ` (${fields.join('; ')})` : ''}`);
}

function causeOf(failure: unknown): string {
  if (failure instanceof Error && (failure.name === 'TimeoutError' || failure.name === 'AbortError')) {
    return `no answer within ${TIMEOUT_MS / 1000} s`;
  }
  const cause = failure instanceof Error ? failure.cause : undefined;
  const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'no such host',
    EAI_AGAIN: 'the host name could not be resolved',
    ECONNRESET: 'the connection was reset',
    EHOSTUNREACH: 'the host is unreachable',
    ETIMEDOUT: 'the connection timed out',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  };
  if (code) return `${words[code] ?? 'the connection failed'} (${code})`;
  return cause instanceof Error ? cause.message : failure instanceof Error ? failure.message : 'the connection failed';
}
