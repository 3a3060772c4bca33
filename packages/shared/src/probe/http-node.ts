/**
 * The checks' transport: Node's own HTTP client, keep-alive agents per protocol and TLS setting. It follows
 * redirects as undici's redirect interceptor does (the watch window's transport), so a check answers the same
 * through either: method and header rules per status, credentials dropped across origins, a loop is an error.
 */
import type { Agent, ClientRequest, IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import {
  REDIRECT_STATUSES,
  type HttpTransport,
  type ResponseEvents,
  type ResponseHeaders,
  type TransportOptions,
} from './transport.ts';
import type { HttpCheck } from './types.ts';

/** One request as sent (a followed redirect makes the next one from it). */
interface Hop {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | undefined;
}

const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** The request a redirect leads to, or an error for a loop; undefined when the response is the final one. */
function nextHop(hop: Hop, status: number, location: string | undefined, visited: URL[]): Hop | Error | undefined {
  if (!REDIRECT_STATUSES.has(status) || location === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch {
    return new Error(`invalid redirect location '${location}'`);
  }
  url.hash = '';
  if (visited.some((seen) => seen.href === url.href))
    return new Error(`redirect loop: ${url.href} was already visited`);
  let { method, body } = hop;
  // RFC 9110 15.4: POST becomes GET on 301/302 (as browsers do), and any method but HEAD on 303.
  if (((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'HEAD')) {
    method = 'GET';
    body = undefined;
  }
  const crossOrigin = url.origin !== hop.url.origin;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(hop.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'host' || (status === 303 && lower.startsWith('content-'))) continue;
    if (crossOrigin && CREDENTIALS.has(lower)) continue;
    headers[name] = value;
  }
  return { method, url, headers, body };
}

/** Repeated headers as an array, single ones as a string: the shape undici gives, whichever transport ran. */
function headersOf(response: IncomingMessage): ResponseHeaders {
  const headers: ResponseHeaders = {};
  for (const [name, values] of Object.entries(response.headersDistinct)) {
    if (values) headers[name] = values.length === 1 ? values[0] : values;
  }
  return headers;
}

function connectTimeoutError(url: URL, socketPath: string | undefined, timeoutMs: number): Error {
  const address = socketPath ?? `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
  return Object.assign(new Error(`Connect Timeout Error (attempted address: ${address}, timeout: ${timeoutMs}ms)`), {
    code: 'ETIMEDOUT',
  });
}

export class NodeHttpTransport implements HttpTransport {
  readonly #agents = new Map<string, Agent>();
  /** Every socket made, connecting ones included, so that close() ends them all at once. */
  readonly #sockets = new Set<Socket>();
  readonly #options: TransportOptions;

  constructor(options: TransportOptions) {
    this.#options = options;
  }

  send(check: HttpCheck, headers: Record<string, string>, events: ResponseEvents): (reason: Error) => void {
    const visited: URL[] = [];
    let current: ClientRequest | undefined;
    let done = false;
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      events.error(error);
    };
    const sendHop = (hop: Hop) => {
      visited.push(hop.url);
      let request: ClientRequest;
      try {
        request = this.#request(check, hop);
      } catch (error) {
        fail(error);
        return;
      }
      current = request;
      request.on('error', fail);
      request.on('socket', (socket) => this.#watchConnect(check, hop, request, socket));
      request.on('response', (response) => {
        if (done) {
          response.resume();
          return;
        }
        const location = response.headers.location;
        const redirect =
          check.followRedirects && visited.length <= check.maxRedirects
            ? nextHop(hop, response.statusCode!, location, visited)
            : undefined;
        if (redirect instanceof Error) {
          response.resume();
          fail(redirect);
          return;
        }
        if (redirect) {
          // A redirect's own body is not wanted; the connection goes back to the pool once it is read.
          response.resume();
          response.on('end', () => {
            if (!done) sendHop(redirect);
          });
          response.on('error', fail);
          return;
        }
        events.headers(response.statusCode!, headersOf(response));
        response.on('data', (chunk: Buffer) => {
          if (!done) events.data(chunk);
        });
        response.on('end', () => {
          if (done) return;
          done = true;
          events.end();
        });
        response.on('error', fail);
      });
      request.end(hop.body);
    };
    sendHop({ method: check.method, url: check.url, headers, body: check.body });
    return (reason) => {
      current?.destroy(reason);
      fail(reason);
    };
  }

  #request(check: HttpCheck, hop: Hop): ClientRequest {
    const secure = hop.url.protocol === 'https:';
    // https (and with it tls) is loaded only by a run that checks an https URL.
    const client = process.getBuiltinModule(secure ? 'node:https' : 'node:http');
    const key = `${hop.url.protocol}|${check.verifyTls}`;
    let agent = this.#agents.get(key);
    if (!agent) {
      agent = new client.Agent({
        keepAlive: true,
        maxSockets: this.#options.connectionsPerOrigin,
        ...(secure ? { rejectUnauthorized: check.verifyTls } : {}),
      });
      this.#agents.set(key, agent);
    }
    const headers = { ...hop.headers };
    if (hop.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length'))
      headers['content-length'] = String(Buffer.byteLength(hop.body));
    return client.request({
      protocol: hop.url.protocol,
      // An IPv6 literal comes bracketed in a URL, and bare in a socket address.
      hostname: hop.url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: hop.url.port || undefined,
      path: hop.url.pathname + hop.url.search,
      method: hop.method,
      headers,
      agent,
      ...(check.socketPath === undefined ? {} : { socketPath: check.socketPath }),
      ...(secure ? { rejectUnauthorized: check.verifyTls } : {}),
    });
  }

  /** A new connection has `connectTimeoutMs` to be made, its TLS handshake included; a reused one is made. */
  #watchConnect(check: HttpCheck, hop: Hop, request: ClientRequest, socket: Socket): void {
    if (!this.#sockets.has(socket)) {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    }
    if (request.reusedSocket) return;
    const secure = hop.url.protocol === 'https:';
    if (!secure && !socket.connecting) return;
    const timer = setTimeout(
      () => request.destroy(connectTimeoutError(hop.url, check.socketPath, check.connectTimeoutMs)),
      check.connectTimeoutMs,
    );
    const connected = () => clearTimeout(timer);
    socket.once(secure ? 'secureConnect' : 'connect', connected);
    socket.once('close', connected);
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    for (const agent of this.#agents.values()) agent.destroy();
    this.#agents.clear();
  }
}
