import { type Api, ApiError, type Fetch, createClient } from '../client/api.js';
import { type Credentials, loadCredentials } from './credentials.js';
import { CliError } from './errors.js';

/** A request that takes longer is given up, so a script never hangs on a dead server. */
const TIMEOUT_MS = 30_000;

/** The typed client of the route table, signed with the token; every failure becomes one line. */
export interface Connection {
  url: string;
  api: Api;
  /**
   * A file by its path, for a route the table on this branch does not list yet (the one-page PDF
   * is added by another branch); once it is listed, `api` fetches it instead.
   */
  download(path: `/api/v1/${string}.pdf`): Promise<Uint8Array>;
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

  async function download(path: string): Promise<Uint8Array> {
    let response: Response;
    try {
      response = await signedFetch(`${credentials.url}${path}`, { method: 'GET', headers: { Accept: 'application/pdf' } });
    } catch {
      throw explainFailure(new ApiError(0, 'network', 'unreachable'));
    }
    // The route may be newer than the server: say which address it lacks rather than a bare 404.
    if (response.status === 404) {
      throw new CliError(`${credentials.url} has no ${path} (404): the server is older than this command.`);
    }
    if (!response.ok) throw explainFailure(await errorOf(response));
    return new Uint8Array(await response.arrayBuffer());
  }
  return { url: credentials.url, api, download };
}

const errorBody = (data: unknown) => {
  const error = typeof data === 'object' && data !== null && 'error' in data ? data.error : null;
  return typeof error === 'object' && error !== null ? error : {};
};

async function errorOf(response: Response): Promise<ApiError> {
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    // Not the API's error body: the status says enough.
  }
  const body = errorBody(data);
  const code = 'code' in body && typeof body.code === 'string' ? body.code : 'internal';
  const message =
    'message' in body && typeof body.message === 'string' ? body.message : `The server answered ${response.status}.`;
  return new ApiError(response.status, code, message);
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
