/**
 * k6 end-of-test summaries, two shapes:
 * - handleSummary(data) JSON: metrics[name] = { type, contains, values: {...}, thresholds: { expr: { ok } } };
 * - legacy `--summary-export`: metrics[name] = { ...values, thresholds: { expr: boolean } } where TRUE MEANS THE
 *   THRESHOLD FAILED (k6 issue #1498).
 * `setup_data` (often login tokens) is never read.
 */
import type { PerformanceMetric, RawFinding } from '../model.ts';
import type { ReportFormat } from './format.ts';
import { asNumber, asObject } from './json-util.ts';

export const k6: ReportFormat = {
  id: 'k6-summary',
  label: 'k6 summary',
  syntax: 'json',
  detect: ({ document }) => looksLikeK6(document),
  read: ({ document, file }) => k6Summary(document, file),
};

function looksLikeK6(value: unknown): boolean {
  const object = asObject(value);
  return object !== undefined && asObject(object.metrics) !== undefined && 'root_group' in object;
}

interface K6Summary {
  metrics: PerformanceMetric[];
  findings: RawFinding[];
}

const format = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(2));

function k6Summary(value: unknown, file: string): K6Summary {
  const metrics: PerformanceMetric[] = [];
  const findings: RawFinding[] = [];
  for (const [name, entry] of Object.entries(asObject(asObject(value)?.metrics) ?? {})) {
    const metric = asObject(entry);
    if (metric === undefined) continue;
    const nested = asObject(metric.values);
    const source = nested ?? metric;
    const values: Record<string, number> = {};
    for (const [key, raw] of Object.entries(source)) {
      const number = asNumber(raw);
      if (number !== undefined && key !== 'thresholds') values[key] = number;
    }
    // The legacy export's rate metrics give the rate as `value`; handleSummary gives it as `rate`.
    if (nested === undefined && 'passes' in metric && values.value !== undefined) values.rate = values.value;
    metrics.push({ tool: 'k6', file, name, values });
    for (const [expression, outcome] of Object.entries(asObject(metric.thresholds) ?? {})) {
      const failed = nested === undefined ? outcome === true : asObject(outcome)?.ok === false;
      if (!failed) continue;
      const shown = Object.entries(values)
        .filter(([key]) => expression.includes(key))
        .map(([key, number]) => `${key}=${format(number)}`)
        .join(', ');
      findings.push({
        tool: 'k6',
        category: 'performance',
        severity: 'high',
        rule: `${name}: ${expression}`,
        message: `k6 threshold '${expression}' on ${name} failed${shown ? ` (${shown})` : ''}`,
      });
    }
  }
  return { metrics, findings };
}
