/**
 * Headless Chromium from Debian's `chromium` package, driven over the DevTools protocol on a pipe
 * (--remote-debugging-pipe: commands on fd 3, answers and events on fd 4, each a JSON message ended by a NUL byte).
 * Enough to load a page, collect what its console and the browser log say, read the DOM and take screenshots.
 *
 *   const page = await openPage('file:///…/demo-report.html');
 *   page.problems;                        // console errors, uncaught exceptions, failed loads
 *   await page.evaluate<string[]>('[...document.querySelectorAll("h2")].map((h) => h.textContent)');
 *   await page.screenshot('report.png');  // the whole page
 *   await page.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const CHROMIUM_BINARY = process.env['CHROMIUM_BINARY'] ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_BINARY);
}

export interface Page {
  /** Console errors and assertions, uncaught exceptions, and browser log errors (a resource that failed to load). */
  readonly problems: string[];
  /** Every console message, as `level: text`. */
  readonly console: string[];
  /** Evaluates an expression in the page and returns its value (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
  /** A PNG of the whole page, or of `clip` (CSS pixels). */
  screenshot(file: string, clip?: { y: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

interface RemoteObject {
  type: string;
  value?: unknown;
  description?: string;
}

const describe = (value: RemoteObject) =>
  value.value !== undefined ? String(value.value) : (value.description ?? value.type);

export async function openPage(url: string, options: { width?: number; timeoutMs?: number } = {}): Promise<Page> {
  const width = options.width ?? 1280;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const child: ChildProcess = spawn(
    CHROMIUM_BINARY,
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      // Root (CI containers) cannot use the sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--hide-scrollbars',
      `--window-size=${width},900`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;

  const pending = new Map<number, { resolve(result: Record<string, unknown>): void; reject(error: Error): void }>();
  const listeners: ((message: Message) => void)[] = [];
  let buffer = '';
  output.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end;
    while ((end = buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(message.error.message));
        else waiter?.resolve(message.result ?? {});
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => {
    for (const waiter of pending.values()) waiter.reject(new Error(`chromium exited:\n${stderr.slice(-2000)}`));
    pending.clear();
  });

  let nextId = 0;
  let sessionId: string | undefined;
  const send = (method: string, params: Record<string, unknown> = {}, session = sessionId) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`chromium: no answer to ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      input.write(`${JSON.stringify({ id, method, params, ...(session ? { sessionId: session } : {}) })}\0`);
    });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await send('Browser.close', {}, undefined).catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const problems: string[] = [];
    const consoleMessages: string[] = [];
    listeners.push((message) => {
      const params = message.params ?? {};
      if (message.method === 'Runtime.consoleAPICalled') {
        const text = ((params['args'] as RemoteObject[]) ?? []).map(describe).join(' ');
        consoleMessages.push(`${params['type']}: ${text}`);
        if (params['type'] === 'error' || params['type'] === 'assert')
          problems.push(`console.${params['type']}: ${text}`);
      } else if (message.method === 'Runtime.exceptionThrown') {
        const details = params['exceptionDetails'] as { text: string; exception?: RemoteObject };
        problems.push(`uncaught: ${details.exception ? describe(details.exception) : details.text}`);
      } else if (message.method === 'Log.entryAdded') {
        const entry = params['entry'] as { level: string; text: string; url?: string };
        consoleMessages.push(`${entry.level}: ${entry.text}`);
        if (entry.level === 'error') problems.push(`${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
      }
    });
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' }, undefined);
    ({ sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true }, undefined)) as {
      sessionId: string;
    });
    await Promise.all([send('Runtime.enable'), send('Log.enable'), send('Page.enable')]);
    const loaded = new Promise<void>((resolve) =>
      listeners.push((message) => message.method === 'Page.loadEventFired' && resolve()),
    );
    const navigation = await send('Page.navigate', { url });
    if (navigation['errorText']) throw new Error(`chromium could not load ${url}: ${String(navigation['errorText'])}`);
    await loaded;

    const evaluate = async <T>(expression: string): Promise<T> => {
      const answer = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
        result: RemoteObject;
        exceptionDetails?: { text: string };
      };
      if (answer.exceptionDetails) throw new Error(`evaluate ${expression}: ${answer.exceptionDetails.text}`);
      return answer.result.value as T;
    };
    return {
      problems,
      console: consoleMessages,
      evaluate,
      async screenshot(file, clip) {
        const height = clip?.height ?? (await evaluate<number>('document.documentElement.scrollHeight'));
        const shot = (await send('Page.captureScreenshot', {
          format: 'png',
          captureBeyondViewport: true,
          clip: { x: 0, y: clip?.y ?? 0, width, height, scale: 1 },
        })) as { data: string };
        writeFileSync(file, Buffer.from(shot.data, 'base64'));
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
