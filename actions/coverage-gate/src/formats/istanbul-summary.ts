import { fileError, isPlainObject as isObject, streamJson } from '@pipeline-actions/shared';
import { FileCoverage, ReportBuilder, type Counts } from '../model.ts';
import type { CoverageFormat } from './format.ts';

interface SummaryCounts {
  total?: number;
  covered?: number;
}

/** Istanbul coverage-summary.json: counts only (no lines), so new-code coverage cannot use it. */
async function parseIstanbulSummary(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  await streamJson(path, {
    select: (p) => p.length === 1 && p[0] !== 'total',
    descend: (p) => p.length === 0,
    onValue(value, p) {
      const key = String(p[0]);
      if (!isObject(value) || !isObject(value.lines))
        throw fileError(path, `entry '${key}' is not an istanbul summary (no "lines")`);
      const counts = (metric: string): Counts => {
        const c = value[metric] as SummaryCounts | undefined;
        return { total: Number(c?.total ?? 0), covered: Number(c?.covered ?? 0) };
      };
      const file = new FileCoverage(key);
      file.summary = {
        lines: counts('lines'),
        branches: counts('branches'),
        functions: counts('functions'),
        statements: counts('statements'),
      };
      builder.addFile(file);
    },
  });
  return builder.finish();
}

export const istanbulSummary: CoverageFormat = {
  id: 'istanbul-summary',
  label: 'istanbul coverage-summary.json',
  detect: (head) =>
    head.startsWith('{') &&
    (/^\{\s*"total"\s*:\s*\{\s*"lines"\s*:/.test(head) ||
      /"lines"\s*:\s*\{\s*"total"\s*:\s*\d+\s*,\s*"covered"/.test(head)),
  read: parseIstanbulSummary,
};
