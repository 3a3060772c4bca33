// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types of the undici modules imported one by one; ncc compiles only what the entry reaches
/// <reference path="./undici-parts.d.ts" />
/**
 * The watch window's transport: undici's keep-alive pools through its dispatch handler API (no body stream per
 * response; the clock stops in the parser callback that sees the last byte, not several ticks later).
 */
import type { Socket } from 'node:net';
import type { Dispatcher, buildConnector } from 'undici';
import type { HttpTransport, ResponseEvents, TransportOptions } from './transport.ts';
import type { HttpCheck } from './types.ts';

/** The three parts of undici a transport uses. */
interface Undici {
  Agent: typeof import('undici').Agent;
  buildConnector: typeof import('undici').buildConnector;
  interceptors: { redirect: typeof import('undici').interceptors.redirect };
}

/** Only the agent, connector and redirect interceptor: undici's index also loads fetch, WebSocket, caches and mocks. */
const loadUndici = async (): Promise<Undici> => {
  const [agent, connect, redirect] = await Promise.all([
    import('undici/lib/dispatcher/agent.js'),
    import('undici/lib/core/connect.js'),
    import('undici/lib/interceptor/redirect.js'),
  ]);
  return { Agent: agent.default, buildConnector: connect.default, interceptors: { redirect: redirect.default } };
};

export class UndiciTransport implements HttpTransport {
  readonly #agents = new Map<string, Dispatcher>();
  /**
   * Every socket the pools opened, connecting ones included: a probe that gave up on a connection still being
   * made (its timeout shorter than the connect timeout) leaves it to the pool, and close() ends it at once
   * rather than letting it keep the process alive until the connect timeout.
   */
  readonly #sockets = new Set<Socket>();
  readonly #options: TransportOptions;
  readonly #undici: Undici;

  private constructor(options: TransportOptions, undici: Undici) {
    this.#options = options;
    this.#undici = undici;
  }

  static async load(options: TransportOptions): Promise<UndiciTransport> {
    return new UndiciTransport(options, await loadUndici());
  }

  #dispatcher(check: HttpCheck): Dispatcher {
    const key = `${check.verifyTls}|${check.connectTimeoutMs}|${check.followRedirects ? check.maxRedirects : 0}|${check.socketPath ?? ''}`;
    let dispatcher = this.#agents.get(key);
    if (!dispatcher) {
      const { Agent, buildConnector, interceptors } = this.#undici;
      const connector = buildConnector({
        timeout: check.connectTimeoutMs,
        rejectUnauthorized: check.verifyTls,
        ...(check.socketPath === undefined ? {} : { socketPath: check.socketPath }),
      });
      const sockets = this.#sockets;
      const connect = (options: buildConnector.Options, callback: buildConnector.Callback): Socket => {
        const socket = (connector as unknown as (...args: Parameters<typeof connector>) => Socket)(options, callback);
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        return socket;
      };
      const agent = new Agent({
        connections: this.#options.connectionsPerOrigin,
        connect,
        keepAliveTimeout: 10_000,
        // The total deadline is enforced by the prober's abort; these are backstops.
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      dispatcher = check.followRedirects
        ? agent.compose(interceptors.redirect({ maxRedirections: check.maxRedirects }))
        : agent;
      this.#agents.set(key, dispatcher);
    }
    return dispatcher;
  }

  send(check: HttpCheck, headers: Record<string, string>, events: ResponseEvents): (reason: Error) => void {
    const handler = new ForwardingHandler(events);
    try {
      this.#dispatcher(check).dispatch(
        {
          origin: check.url.origin,
          path: check.url.pathname + check.url.search,
          method: check.method as Dispatcher.HttpMethod,
          headers,
          body: check.body,
        },
        handler,
      );
    } catch (error) {
      events.error(error);
    }
    return handler.abort;
  }

  async close(): Promise<void> {
    const agents = [...this.#agents.values()];
    this.#agents.clear();
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    await Promise.all(agents.map((agent) => agent.destroy()));
  }
}

/**
 * undici's handler for one request, telling the prober's events: one object per request with its methods on the
 * prototype, as a window sends tens of thousands of requests a second.
 */
class ForwardingHandler implements Dispatcher.DispatchHandler {
  readonly #events: ResponseEvents;
  #controller: Dispatcher.DispatchController | undefined;
  #aborted: Error | undefined;

  constructor(events: ResponseEvents) {
    this.#events = events;
  }

  /** Aborts the request, or keeps it from being sent when it still waits for a connection from the pool. */
  readonly abort = (reason: Error): void => {
    this.#aborted = reason;
    this.#controller?.abort(reason);
  };

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#aborted) controller.abort(this.#aborted);
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    if (statusCode >= 200) this.#events.headers(statusCode, headers); // 1xx: the real response follows
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#events.data(chunk);
  }

  onResponseEnd(): void {
    this.#events.end();
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.#events.error(error);
  }
}
