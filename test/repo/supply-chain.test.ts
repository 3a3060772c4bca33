// Supply chain: no high or critical advisory in what the actions ship (pnpm audit --prod, when the registry answers
// it), the third-party licenses inside each dist/, workflows that pin third-party actions by commit SHA, Dependabot
// watching both the workspace and the workflows, and a security policy.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const actions = readdirSync(path.join(root, 'actions'))
  .filter((name) => existsSync(path.join(root, 'actions', name, 'action.yml')))
  .sort();

interface AuditReport {
  error?: { code?: string; message?: string };
  advisories?: Record<string, { module_name: string; severity: string; title: string; url: string }>;
  metadata?: { vulnerabilities?: Record<string, number> };
}

/** Failures that mean the registry did not answer the audit, not that the audit found something. */
const UNANSWERED =
  /ERR_PNPM_AUDIT_BAD_RESPONSE|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ERR_PNPM_META_FETCH_FAIL|ERR_SOCKET_TIMEOUT|network|fetch failed/i;

describe('runtime dependencies', () => {
  it('have no high or critical advisory (pnpm audit --prod), when the registry answers', () => {
    const audit = spawnSync('pnpm', ['audit', '--prod', '--json'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    let report: AuditReport | undefined;
    try {
      report = JSON.parse(audit.stdout) as AuditReport;
    } catch {
      report = undefined;
    }
    const failure = report?.error ? `${report.error.code ?? ''} ${report.error.message ?? ''}` : audit.stderr;
    if (!report?.metadata && (audit.error || UNANSWERED.test(failure ?? ''))) {
      console.log(
        `pnpm audit --prod skipped: the registry did not answer the audit (${(audit.error?.message ?? failure ?? '').trim().slice(0, 300)})`,
      );
      return;
    }
    expect(report?.metadata?.vulnerabilities).toBeDefined();
    const serious = Object.values(report!.advisories ?? {})
      .filter((a) => a.severity === 'high' || a.severity === 'critical')
      .map((a) => `${a.severity}: ${a.module_name}: ${a.title} (${a.url})`);
    expect(serious).toEqual([]);
    const { high = 0, critical = 0 } = report!.metadata!.vulnerabilities!;
    expect({ high, critical }).toEqual({ high: 0, critical: 0 });
  }, 120_000);

  it.each(actions)('%s ships the licenses of what it bundles in dist/licenses.txt', (name) => {
    const licenses = readFileSync(path.join(root, 'actions', name, 'dist', 'licenses.txt'), 'utf8');
    const pkg = JSON.parse(readFileSync(path.join(root, 'actions', name, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const thirdParty = Object.keys(pkg.dependencies).filter((dep) => !dep.startsWith('@pipeline-actions/'));
    expect(thirdParty.length).toBeGreaterThan(0);
    // ncc lists each bundled package by name with its license text.
    for (const dep of thirdParty.filter((d) => !d.startsWith('@types/'))) expect(licenses).toContain(`${dep}\n`);
    expect(licenses).toMatch(/^MIT$/m);
  });
});

describe('workflows of this repository', () => {
  const dir = path.join(root, '.github', 'workflows');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)('%s pins every third-party action by commit SHA, with its version in a comment', (file) => {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    const problems: string[] = [];
    lines.forEach((line, i) => {
      const match = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
      if (!match) return;
      const [, ref, rest] = match as unknown as [string, string, string];
      if (ref.startsWith('./') || ref.startsWith('docker://')) return;
      if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref) || !/^\s+# v\d+\.\d+\.\d+\s*$/.test(rest)) {
        problems.push(`${file}:${i + 1}: ${line.trim()}`);
      }
    });
    expect(problems).toEqual([]);
  });
});

describe('Dependabot and the security policy', () => {
  it('watches the pnpm workspace and the workflows', () => {
    const config = parse(readFileSync(path.join(root, '.github', 'dependabot.yml'), 'utf8')) as {
      version: number;
      updates: Array<{ 'package-ecosystem': string; directory?: string; directories?: string[] }>;
    };
    expect(config.version).toBe(2);
    const watched = config.updates.map(
      (u) => `${u['package-ecosystem']} ${u.directory ?? (u.directories ?? []).join(',')}`,
    );
    expect(watched).toEqual(expect.arrayContaining(['npm /', 'github-actions /']));
  });

  it('has a SECURITY.md that says how to report and what is supported', () => {
    const policy = readFileSync(path.join(root, 'SECURITY.md'), 'utf8');
    expect(policy).toMatch(/report/i);
    expect(policy).toMatch(/supported/i);
  });
});
