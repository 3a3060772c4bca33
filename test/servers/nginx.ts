/**
 * Real nginx (Debian's /usr/sbin/nginx) for tests and benchmarks, run unprivileged-style from a temp
 * prefix: its own config, pid file, error log and temp paths, listening on 127.0.0.1 only.
 *
 *   const nginx = await startNginx({ upstreamPort: service.port });
 *   ... http://127.0.0.1:${nginx.port}/health ...
 *   await nginx.stop();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './free-port.ts';

export const NGINX_BINARY = process.env['NGINX_BINARY'] ?? '/usr/sbin/nginx';

export interface StaticResponse {
  status: number;
  body: string;
  contentType?: string;
  /**
   * Answer after this many ms (nginx's echo module, non-blocking): a server whose latency is known,
   * so clients can be compared on what they measure. The status is then always 200.
   */
  delayMs?: number;
}

/** Debian's nginx-light ships the echo module as a dynamic module. */
export const ECHO_MODULE = '/usr/lib/nginx/modules/ngx_http_echo_module.so';

export interface NginxOptions {
  /** Port to listen on (default: a free one). */
  port?: number;
  /** `location /` proxies to 127.0.0.1:upstreamPort through a keep-alive upstream. */
  upstreamPort?: number;
  /** Exact locations answered by nginx itself (`return`), e.g. { '/static': { status: 200, body: 'ok' } }. */
  staticResponses?: Record<string, StaticResponse>;
  /** Extra directives in the http block (e.g. upstreams, an include of a traffic file). */
  httpConfig?: string;
  /** Extra directives in the server block (e.g. more locations). */
  serverConfig?: string;
  /** worker_processes, default 1. */
  workerProcesses?: number | 'auto';
}

export interface NginxServer {
  port: number;
  url: string;
  /** The temp prefix holding nginx.conf, logs and temp dirs. */
  prefix: string;
  confPath: string;
  /** Rewrites nginx.conf from new options (same port) and reloads gracefully. */
  reconfigure(options: Omit<NginxOptions, 'port'>): Promise<void>;
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

export function nginxAvailable(): boolean {
  return existsSync(NGINX_BINARY);
}

export function renderNginxConfig(prefix: string, port: number, options: Omit<NginxOptions, 'port'>): string {
  const lines: string[] = [];
  // As root, workers would otherwise drop to 'nobody' and could not write the 0700 temp prefix.
  if (process.getuid?.() === 0) lines.push('user root;');
  const delayed = Object.values(options.staticResponses ?? {}).some((response) => response.delayMs !== undefined);
  if (delayed) lines.push(`load_module ${ECHO_MODULE};`);
  lines.push(
    `worker_processes ${options.workerProcesses ?? 1};`,
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')} warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${path.join(prefix, 'client_body')};`,
    `  proxy_temp_path ${path.join(prefix, 'proxy')};`,
    `  fastcgi_temp_path ${path.join(prefix, 'fastcgi')};`,
    `  uwsgi_temp_path ${path.join(prefix, 'uwsgi')};`,
    `  scgi_temp_path ${path.join(prefix, 'scgi')};`,
    '  keepalive_requests 100000;',
    '  keepalive_timeout 60s;',
  );
  if (options.upstreamPort !== undefined) {
    lines.push(`  upstream app { server 127.0.0.1:${options.upstreamPort}; keepalive 64; }`);
  }
  if (options.httpConfig) lines.push(options.httpConfig);
  lines.push('  server {', `    listen 127.0.0.1:${port};`, '    server_name localhost;');
  for (const [location, response] of Object.entries(options.staticResponses ?? {})) {
    if (response.delayMs !== undefined) {
      lines.push(
        `    location = ${location} {`,
        `      default_type ${response.contentType ?? 'text/plain'};`,
        `      echo_sleep ${(response.delayMs / 1000).toFixed(3)};`,
        `      echo -n ${JSON.stringify(response.body)};`,
        '    }',
      );
      continue;
    }
    lines.push(
      `    location = ${location} {`,
      `      default_type ${response.contentType ?? 'text/plain'};`,
      `      return ${response.status} ${JSON.stringify(response.body)};`,
      '    }',
    );
  }
  if (options.upstreamPort !== undefined) {
    lines.push(
      '    location / {',
      '      proxy_pass http://app;',
      '      proxy_http_version 1.1;',
      '      proxy_set_header Connection "";',
      '      proxy_set_header Host $host;',
      // Faults must reach the client as they happened, not be retried away.
      '      proxy_next_upstream off;',
      '    }',
    );
  }
  if (options.serverConfig) lines.push(options.serverConfig);
  lines.push('  }', '}');
  return `${lines.join('\n')}\n`;
}

export async function startNginx(options: NginxOptions = {}): Promise<NginxServer> {
  if (!nginxAvailable()) throw new Error(`nginx not found at ${NGINX_BINARY} (apt-get install nginx-light)`);
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'nginx-test-'));
  const confPath = path.join(prefix, 'nginx.conf');
  const port = options.port ?? (await freePort());
  await writeFile(confPath, renderNginxConfig(prefix, port, options));
  const args = ['-p', prefix, '-c', confPath, '-e', path.join(prefix, 'error.log')];
  const test = spawnSync(NGINX_BINARY, [...args, '-t', '-q'], { encoding: 'utf8', timeout: 10_000 });
  if (test.status !== 0) throw new Error(`nginx -t failed: ${test.stderr}`);

  const child: ChildProcess = spawn(NGINX_BINARY, [...args, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      waitForPort(port, 10_000),
      exited.then(() => {
        throw new Error(`nginx exited at start: ${stderr}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }

  let stopped = false;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    prefix,
    confPath,
    async reconfigure(next) {
      await writeFile(confPath, renderNginxConfig(prefix, port, next));
      const reload = spawnSync(NGINX_BINARY, [...args, '-s', 'reload'], { encoding: 'utf8', timeout: 10_000 });
      if (reload.status !== 0) throw new Error(`nginx -s reload failed: ${reload.stderr}`);
    },
    errorLog: () => readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
