/**
 * Reads a SARIF file run by run without holding it whole: each result is decoded on its own
 * (streamJson selects runs[i].results[j]); the rest of each run (tool, rules, base URIs, artifacts)
 * is collected as the run's header. Results that arrive before their run's `tool` are held until it comes;
 * a result whose location names a base URI or artifact not seen yet is resolved when the run ends.
 */
import { streamJson, type JsonPath } from '@pipeline-actions/shared';
import type { RawFinding } from '../model.ts';
import { asObject, type Json } from './json-util.ts';
import {
  resolveSarifFile,
  sarifResultToFinding,
  sarifRunContext,
  type SarifArtifactReference,
  type SarifFinding,
  type SarifRunContext,
} from './sarif.ts';

/** Run members that change how locations resolve: the context is rebuilt when one arrives. */
const LOCATION_MEMBERS = new Set(['tool', 'originalUriBaseIds', 'artifacts']);

export async function readSarifFindings(file: string, workspace: string): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  let runIndex = -1;
  let header: Json = {};
  let context: SarifRunContext | undefined;
  let waiting: unknown[] = [];
  let deferred: SarifFinding[] = [];
  // Runs name the same files over and over: each distinct reference is resolved once per run.
  let resolvedFiles = new Map<string, Map<string, string | undefined>>();

  const resolve = (runContext: SarifRunContext, location: SarifArtifactReference): string | undefined => {
    const scope =
      location.index === undefined ? (location.uriBaseId ?? '') : `${location.uriBaseId ?? ''}#${location.index}`;
    let cache = resolvedFiles.get(scope);
    if (cache === undefined) resolvedFiles.set(scope, (cache = new Map()));
    const uri = location.uri ?? '';
    let resolved = cache.get(uri);
    if (resolved === undefined && !cache.has(uri)) {
      resolved = resolveSarifFile(runContext, location);
      cache.set(uri, resolved);
    }
    return resolved;
  };

  /** Whether everything the reference needs is already known (base ids and artifacts appear once per run). */
  const resolvableNow = (runContext: SarifRunContext, location: SarifArtifactReference): boolean =>
    (location.uriBaseId === undefined || location.uriBaseId in runContext.baseUris) &&
    (location.index === undefined || location.index < runContext.artifactUris.length);

  const accept = (runContext: SarifRunContext, result: unknown): void => {
    const finding = sarifResultToFinding(runContext, result);
    if (finding === undefined) return;
    const { location } = finding;
    if (location === undefined) {
      findings.push(finding);
    } else if (resolvableNow(runContext, location)) {
      finding.location = undefined;
      const resolved = resolve(runContext, location);
      if (resolved !== undefined) finding.file = resolved;
      findings.push(finding);
    } else {
      // Kept in report order; its file is filled in when the run ends.
      findings.push(finding);
      deferred.push(finding);
    }
  };

  const finishRun = (): void => {
    if (runIndex < 0) return;
    const complete = sarifRunContext(header, workspace);
    for (const result of waiting) accept(complete, result);
    resolvedFiles = new Map();
    for (const finding of deferred) {
      const { location } = finding;
      finding.location = undefined;
      const resolved = location === undefined ? undefined : resolve(complete, location);
      if (resolved !== undefined) finding.file = resolved;
    }
    header = {};
    context = undefined;
    waiting = [];
    deferred = [];
    resolvedFiles = new Map();
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
      if (path.length === 4) {
        if (context === undefined) waiting.push(value);
        else accept(context, value);
        return;
      }
      const member = path[2] as string;
      header[member] = value;
      if (!LOCATION_MEMBERS.has(member) || asObject(header.tool) === undefined) return;
      context = sarifRunContext(header, workspace);
      resolvedFiles = new Map();
      for (const result of waiting) accept(context, result);
      waiting = [];
    },
  });
  finishRun();
  return findings;
}
