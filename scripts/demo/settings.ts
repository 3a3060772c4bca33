/** Where the demo writes, how long it watches, which traffic targets it deploys behind: one settings object. */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../test/harness/index.ts';

export const SAMPLE_DIR = path.join(REPO_ROOT, 'examples', 'sample-service');

export type TargetKind = 'nginx' | 'haproxy';

export interface DemoSettings {
  /** The report, every step's summary and the CI workspaces (DEMO_OUT, default .tmp/demo). */
  outDir: string;
  /** Runtime files: releases, sockets, pid files, nginx's prefix, HAProxy's config. A fresh temp directory. */
  runDir: string;
  /** smoke-test's watch window (DEMO_WATCH, default 10s). */
  watch: string;
  /** blue-green-deploy's verification window (DEMO_VERIFY, default 3s). */
  verify: string;
  /** The traffic targets, in order (DEMO_TARGETS, default "nginx,haproxy"). */
  targets: TargetKind[];
  /** The Python the tools and the slots run: Debian's (the first python3 on PATH may be a pyenv one without pytest). */
  python: string;
}

/** Debian's tool when it is there, else the one on PATH. */
export function debianTool(name: string): string {
  return existsSync(`/usr/bin/${name}`) ? `/usr/bin/${name}` : name;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): DemoSettings {
  const outDir = path.resolve(env['DEMO_OUT'] || path.join(REPO_ROOT, '.tmp', 'demo'));
  mkdirSync(outDir, { recursive: true });
  const targets = (env['DEMO_TARGETS'] || 'nginx,haproxy').split(',').map((name) => name.trim());
  for (const target of targets) {
    if (target !== 'nginx' && target !== 'haproxy') throw new Error(`DEMO_TARGETS: unknown target "${target}"`);
  }
  return {
    outDir,
    // Short and fresh: unix socket paths are limited to 107 bytes.
    runDir: mkdtempSync(path.join(os.tmpdir(), 'pipeline-demo-')),
    watch: env['DEMO_WATCH'] || '10s',
    verify: env['DEMO_VERIFY'] || '3s',
    targets: targets as TargetKind[],
    python: debianTool('python3'),
  };
}
