/**
 * Reads a SARIF file run by run without holding it whole: each result is decoded on its own
 * (streamJson selects runs[i].results[j]); the rest of each run (tool, rules, base URIs, artifacts)
 * is collected as the run's header. Results that arrive before their run's `tool` are held until it comes.
 */
import { streamJson, type JsonPath } from '@pipeline-actions/shared';
import type { RawFinding } from '../model.ts';
import { asObject, type Json } from './json-util.ts';
import {
  resolveSarifFile,
  sarifResultToFinding,
  sarifRunContext,
  type SarifFinding,
  type SarifRunContext,
} from './sarif.ts';

export async function readSarifFindings(file: string, workspace: string): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  let runIndex = -1;
  let header: Json = {};
  let context: SarifRunContext | undefined;
  let waiting: unknown[] = [];
  let runFindings: SarifFinding[] = [];

  const finishRun = (): void => {
    if (runIndex < 0) return;
    const complete = sarifRunContext(header, workspace);
    for (const result of waiting) {
      const finding = sarifResultToFinding(complete, result);
      if (finding !== undefined) runFindings.push(finding);
    }
    // Runs name the same files over and over: resolve each distinct reference once.
    const byUri = new Map<string, Map<string, string | undefined>>();
    for (const finding of runFindings) {
      const { location } = finding;
      finding.location = undefined;
      if (location !== undefined) {
        const scope =
          location.index === undefined ? (location.uriBaseId ?? '') : `${location.uriBaseId ?? ''}#${location.index}`;
        let cache = byUri.get(scope);
        if (cache === undefined) byUri.set(scope, (cache = new Map()));
        const uri = location.uri ?? '';
        let resolved = cache.get(uri);
        if (resolved === undefined && !cache.has(uri)) {
          resolved = resolveSarifFile(complete, location);
          cache.set(uri, resolved);
        }
        if (resolved !== undefined) finding.file = resolved;
      }
      findings.push(finding);
    }
    header = {};
    context = undefined;
    waiting = [];
    runFindings = [];
  };

  const isResult = (path: JsonPath): boolean => path.length === 4 && path[0] === 'runs' && path[2] === 'results';
  const isRunMember = (path: JsonPath): boolean => path.length === 3 && path[0] === 'runs' && path[2] !== 'results';

  await streamJson(file, {
    select: (path) => isResult(path) || isRunMember(path),
    descend: (path) =>
      path.length === 0 ||
      (path.length === 1 && path[0] === 'runs') ||
      (path.length === 2 && path[0] === 'runs') ||
      (path.length === 3 && path[0] === 'runs' && path[2] === 'results'),
    onValue(value, path) {
      const index = path[1] as number;
      if (index !== runIndex) {
        finishRun();
        runIndex = index;
      }
      if (isResult(path)) {
        if (context === undefined) waiting.push(value);
        else {
          const finding = sarifResultToFinding(context, value);
          if (finding !== undefined) runFindings.push(finding);
        }
        return;
      }
      header[path[2] as string] = value;
      if (path[2] === 'tool' && asObject(value) !== undefined) {
        context = sarifRunContext(header, workspace);
        for (const result of waiting) {
          const finding = sarifResultToFinding(context, result);
          if (finding !== undefined) runFindings.push(finding);
        }
        waiting = [];
      }
    },
  });
  finishRun();
  return findings;
}
