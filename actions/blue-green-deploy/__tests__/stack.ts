/**
 * A blue-green stack on loopback for the end-to-end tests: real nginx whose http block includes the file the action
 * owns, two slots of the slot app (unix sockets or TCP ports), and the deploy/stop commands a user would write.
 * nginx is not running at first: the first deploy writes the include and starts it, as on a fresh VM.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  freePort,
  NGINX_BINARY,
  renderNginxConfig,
  SLOT_APP,
  startHaproxy,
  stopAllSlotApps,
  type HaproxyServer,
  type SlotBehaviour,
} from '../../../test/servers/index.ts';

export interface Stack {
  dir: string;
  port: number;
  publicUrl: string;
  /** The file the action owns: nginx's include, or HAProxy's map. */
  include: string;
  /** Set for the haproxy stack (started by the test, unlike nginx). */
  haproxy?: HaproxyServer;
  prefix: string;
  nginxCommand: string;
  slots: { blue: string; green: string };
  /** The inputs every run needs; tests add version and what they vary. */
  inputs: Record<string, string>;
  /** Makes a version behave badly when the deploy command starts it. */
  behave(version: string, behaviour: SlotBehaviour): Promise<void>;
  nginxPid(): Promise<number | undefined>;
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

export async function startStack(options: {
  mode: 'unix' | 'tcp';
  proxy?: 'nginx' | 'haproxy';
  haproxyDefaults?: string[];
}): Promise<Stack> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bg-'));
  const prefix = path.join(dir, 'nginx');
  const apps = path.join(dir, 'apps');
  await Promise.all([mkdir(prefix), mkdir(apps), mkdir(path.join(dir, 'conf.d'))]);
  const port = await freePort();
  const include = path.join(dir, 'conf.d', 'app-upstream.conf');
  const confPath = path.join(prefix, 'nginx.conf');
  await writeFile(
    confPath,
    renderNginxConfig(prefix, port, {
      httpConfig: `  include ${path.join(dir, 'conf.d')}/*.conf;`,
      serverConfig: [
        '    location / {',
        '      proxy_pass http://app;',
        '      proxy_http_version 1.1;',
        '      proxy_set_header Connection "";',
        '      proxy_next_upstream off;',
        '    }',
      ].join('\n'),
      workerProcesses: 2,
    }),
  );
  const slots =
    options.mode === 'unix'
      ? { blue: `unix:${path.join(apps, 'blue.sock')}`, green: `unix:${path.join(apps, 'green.sock')}` }
      : { blue: `127.0.0.1:${await freePort()}`, green: `127.0.0.1:${await freePort()}` };
  const behaviourFile = path.join(dir, 'behaviour.json');
  await writeFile(behaviourFile, '{}');
  const env = `SLOT_APP_DIR=${apps} SLOT_APP_BEHAVIOUR_FILE=${behaviourFile}`;
  const nginxCommand = `${NGINX_BINARY} -p ${prefix} -c ${confPath} -e ${path.join(prefix, 'error.log')}`;
  const pidFile = path.join(prefix, 'nginx.pid');
  const nginxPid = async () => {
    const text = await readFile(pidFile, 'utf8').catch(() => '');
    const pid = Number(text.trim());
    return pid > 0 ? pid : undefined;
  };
  if (options.proxy === 'haproxy') {
    const haproxy = await startHaproxy({ slots, dir, defaults: options.haproxyDefaults });
    return {
      dir,
      port: haproxy.port,
      publicUrl: haproxy.url,
      include: haproxy.map,
      haproxy,
      prefix,
      nginxCommand: '',
      slots,
      inputs: {
        target: 'haproxy',
        slots: JSON.stringify(slots),
        'haproxy-socket': haproxy.socket,
        'haproxy-map': haproxy.map,
        deploy: `${env} ${process.execPath} ${SLOT_APP} start`,
        stop: `${env} ${process.execPath} ${SLOT_APP} stop`,
        'public-url': haproxy.url,
        'version-url': '/version',
        checks: '- url: /health\n  assert: [status == 200, jsonpath "$.status" == "ok"]',
        'ready-timeout': '10s',
        'verify-duration': '1s',
        'verify-rate': '20',
      },
      behave: (version, behaviour) => behave(behaviourFile, version, behaviour),
      nginxPid: () => Promise.resolve(undefined),
      errorLog: () => Promise.resolve(''),
      async stop() {
        await haproxy.stop();
        await stopAllSlotApps(apps);
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  return {
    dir,
    port,
    publicUrl: `http://127.0.0.1:${port}`,
    include,
    prefix,
    nginxCommand,
    slots,
    inputs: {
      target: 'nginx',
      slots: JSON.stringify(slots),
      'nginx-config': include,
      'nginx-command': nginxCommand,
      deploy: `${env} ${process.execPath} ${SLOT_APP} start`,
      stop: `${env} ${process.execPath} ${SLOT_APP} stop`,
      'public-url': `http://127.0.0.1:${port}`,
      'version-url': '/version',
      checks: '- url: /health\n  assert: [status == 200, jsonpath "$.status" == "ok"]',
      'ready-timeout': '10s',
      'verify-duration': '1s',
      'verify-rate': '20',
    },
    behave: (version, behaviour) => behave(behaviourFile, version, behaviour),
    nginxPid,
    errorLog: () => readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      const pid = await nginxPid();
      if (pid !== undefined && existsSync(`/proc/${pid}`)) {
        // A signal to the master, not `nginx -s stop`: that re-reads the config, which a test may have broken.
        process.kill(pid, 'SIGTERM');
        for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++)
          await new Promise((resolve) => setTimeout(resolve, 50));
        if (existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL');
      }
      await stopAllSlotApps(apps);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function behave(file: string, version: string, behaviour: SlotBehaviour): Promise<void> {
  const map = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  map[version] = behaviour;
  await writeFile(file, JSON.stringify(map));
}
