import { describeStart, FileError, sniffFile } from '@pipeline-actions/shared';
import type { FormatName, ParsedReport, ReportBuilder } from '../model.ts';
import { parseClover } from './clover.ts';
import { parseCobertura } from './cobertura.ts';
import { parseCoveragePyJson } from './coveragepy.ts';
import { parseGoProfile } from './go.ts';
import { parseIstanbulJson, parseIstanbulSummary } from './istanbul.ts';
import { parseJacoco } from './jacoco.ts';
import { parseLcov } from './lcov.ts';
import { parseOpenCover } from './opencover.ts';

/** One line per format: its parser. A new format is one file plus one line here and one in detectFormat. */
const PARSERS: Record<FormatName, (path: string) => Promise<ReportBuilder>> = {
  lcov: parseLcov,
  cobertura: parseCobertura,
  clover: parseClover,
  jacoco: parseJacoco,
  'istanbul-json': parseIstanbulJson,
  'istanbul-summary': parseIstanbulSummary,
  go: parseGoProfile,
  'coveragepy-json': parseCoveragePyJson,
  opencover: parseOpenCover,
};

export const EXPECTED_REPORT =
  'a coverage report (lcov, Cobertura, Clover, JaCoCo or OpenCover XML, istanbul or coverage.py JSON, Go cover profile)';

/** Recognizes a format from the first KB of a report; undefined when nothing matches. */
export function detectFormat(head: string): FormatName | undefined {
  const text = head.trimStart();
  if (/^mode: (set|count|atomic)\b/.test(text)) return 'go';
  if (/^(TN|SF|VER):/m.test(text.slice(0, 2048)) && /^(TN|SF|VER):/.test(text)) return 'lcov';
  if (text.startsWith('<')) {
    const root = /<([A-Za-z_][\w.-]*)[\s>/]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''));
    switch (root?.[1]) {
      case 'CoverageSession':
        return 'opencover';
      case 'report':
        return 'jacoco';
      case 'coverage': {
        if (/<coverage\b[^>]*\bclover=/.test(text) || /<project\b/.test(text)) return 'clover';
        return 'cobertura';
      }
    }
    return undefined;
  }
  if (text.startsWith('{')) {
    if (/^\{\s*"meta"\s*:\s*\{[^}]*"version"/.test(text) || /"executed_lines"\s*:/.test(text)) return 'coveragepy-json';
    if (/"statementMap"\s*:/.test(text)) return 'istanbul-json';
    if (
      /^\{\s*"total"\s*:\s*\{\s*"lines"\s*:/.test(text) ||
      /"lines"\s*:\s*\{\s*"total"\s*:\s*\d+\s*,\s*"covered"/.test(text)
    )
      return 'istanbul-summary';
    return undefined;
  }
  return undefined;
}

/**
 * Parses one report. The format comes from `format` when given, otherwise from the content;
 * empty, binary and unrecognized files are FileErrors naming the file.
 */
export async function parseReport(path: string, format?: FormatName): Promise<ParsedReport> {
  const head = await sniffFile(path, EXPECTED_REPORT);
  const detected = format ?? detectFormat(head.text);
  if (!detected) {
    // Described, not quoted: a file that is no report may hold anything.
    throw new FileError(
      path,
      `is not ${EXPECTED_REPORT}: ${describeStart(head.text)}. Set 'format' if detection is wrong.`,
    );
  }
  const builder = await PARSERS[detected](path);
  return { format: detected, file: path, files: builder.files, sourceRoots: builder.sourceRoots };
}
