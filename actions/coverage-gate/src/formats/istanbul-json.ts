import { fileError, isPlainObject as isObject, streamJson } from '@pipeline-actions/shared';
import { FileCoverage, ReportBuilder } from '../model.ts';
import type { CoverageFormat } from './format.ts';

interface Location {
  start?: { line?: number };
}
interface IstanbulFile {
  path?: string;
  statementMap?: Record<string, Location>;
  fnMap?: Record<string, { name?: string; decl?: Location; loc?: Location; line?: number }>;
  branchMap?: Record<string, { loc?: Location; locations?: Location[]; line?: number }>;
  s?: Record<string, number>;
  f?: Record<string, number>;
  b?: Record<string, number[]>;
  data?: IstanbulFile;
}

/**
 * Istanbul coverage-final.json (nyc, jest, c8, vitest): per file, statement/function/branch maps and
 * hit counts. Lines are derived exactly as istanbul does (a line's hits = the most hit statement
 * starting on it), so the totals equal istanbul's text summary.
 */
async function parseIstanbulJson(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  await streamJson(path, {
    select: (p) => p.length === 1,
    onValue(value, p) {
      const key = String(p[0]);
      let raw: unknown = value;
      if (isObject(raw) && isObject(raw.data) && !raw.statementMap) raw = raw.data; // istanbul 1.x wrapper
      if (!isObject(raw) || !isObject(raw.statementMap) || !isObject(raw.s)) {
        throw fileError(
          path,
          `entry '${key}' is not istanbul file coverage (no statementMap/s): is this coverage-final.json?`,
        );
      }
      const data = raw as unknown as IstanbulFile & {
        statementMap: Record<string, Location>;
        s: Record<string, number>;
      };
      const file = new FileCoverage(typeof data.path === 'string' ? data.path : key);
      const lineMax = new Map<number, number>();
      for (const [id, hits] of Object.entries(data.s)) {
        const line = data.statementMap[id]?.start?.line;
        if (line === undefined) continue;
        file.addStatement(id, 1, hits);
        const previous = lineMax.get(line);
        if (previous === undefined || previous < hits) lineMax.set(line, hits);
      }
      for (const line of [...lineMax.keys()].sort((a, b) => a - b)) file.addLine(line, lineMax.get(line)!);
      for (const [id, hits] of Object.entries(data.f ?? {})) {
        const fn = data.fnMap?.[id];
        file.addFunction(
          `${id}:${fn?.name ?? ''}`,
          fn?.decl?.start?.line ?? fn?.loc?.start?.line ?? fn?.line ?? 0,
          hits,
        );
      }
      for (const [id, hits] of Object.entries(data.b ?? {})) {
        const branch = data.branchMap?.[id];
        const line = branch?.loc?.start?.line ?? branch?.locations?.[0]?.start?.line ?? branch?.line ?? 0;
        if (Array.isArray(hits)) file.addBranches(line, hits);
      }
      builder.addFile(file);
    },
  });
  return builder.finish();
}

export const istanbulJson: CoverageFormat = {
  id: 'istanbul-json',
  label: 'istanbul coverage-final.json',
  detect: (head) => head.startsWith('{') && /"statementMap"\s*:/.test(head),
  read: parseIstanbulJson,
};
