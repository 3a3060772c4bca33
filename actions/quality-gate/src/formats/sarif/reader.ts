/**
 * Turns a SARIF log's results into findings as they stream by, run by run, without holding the log whole.
 * Each result needs its run's header (tool, rules, base URIs, artifacts), which a run may write before or
 * after its results: results that arrive before the run's `tool` wait for it; a result whose location
 * names a base URI or artifact not seen yet is resolved when the run ends.
 *
 * The same reader works on the main thread (stream.ts) and inside each worker of the parallel reader
 * (parallel.ts), which is why findings go to a sink the caller chooses.
 */
import type { JsonPath } from '@pipeline-actions/shared';
import type { RawFinding } from '../../model.ts';
import { asObject, type Json } from '../json-util.ts';
import {
  resolveSarifFile,
  sarifResultToFinding,
  sarifRunContext,
  type SarifArtifactReference,
  type SarifRunContext,
} from './map.ts';

/** Where a SARIF log's results and run members are, for streamJson. */
export const isSarifResult = (path: JsonPath): boolean =>
  path.length === 4 && path[0] === 'runs' && path[2] === 'results';
export const isSarifRunMember = (path: JsonPath): boolean =>
  path.length === 3 && path[0] === 'runs' && path[2] !== 'results';
/** Only runs[i] and runs[i].results are walked into; everything else is skipped or taken whole. */
export const descendSarif = (path: JsonPath): boolean =>
  path.length === 0 ||
  (path.length === 1 && path[0] === 'runs') ||
  (path.length === 2 && path[0] === 'runs') ||
  (path.length === 3 && path[0] === 'runs' && path[2] === 'results');

/** Run members that change how locations resolve: the context is rebuilt when one arrives. */
const LOCATION_MEMBERS = new Set(['tool', 'originalUriBaseIds', 'artifacts']);

export class SarifReader {
  private runIndex = -1;
  private header: Json = {};
  private context: SarifRunContext | undefined;
  /** Results seen before their run's tool, each with the sink its finding goes to. */
  private waiting: { result: unknown; sink: RawFinding[] }[] = [];
  /** Findings (already in their sinks) whose file is known only when the run ends. */
  private deferred: { finding: RawFinding; location: SarifArtifactReference }[] = [];
  // Runs name the same files over and over: each distinct reference is resolved once per run.
  private resolvedFiles = new Map<string, Map<string, string | undefined>>();

  private readonly workspace: string;

  constructor(workspace: string) {
    this.workspace = workspace;
  }

  /** Whether some findings are not final yet (waiting for their run's tool, or for the run's end). */
  get pending(): boolean {
    return this.waiting.length > 0 || this.deferred.length > 0;
  }

  /** A member of run `runIndex` other than its results (tool, originalUriBaseIds, artifacts, invocations…). */
  member(runIndex: number, name: string, value: unknown): void {
    this.enterRun(runIndex);
    this.header[name] = value;
    if (!LOCATION_MEMBERS.has(name) || asObject(this.header.tool) === undefined) return;
    this.context = sarifRunContext(this.header, this.workspace);
    this.resolvedFiles = new Map();
    const waiting = this.waiting;
    this.waiting = [];
    for (const { result, sink } of waiting) this.accept(this.context, result, sink);
  }

  /** One result of run `runIndex`: its finding, if it counts, is pushed to `sink` now or once its run's tool is known. */
  result(runIndex: number, value: unknown, sink: RawFinding[]): void {
    this.enterRun(runIndex);
    if (this.context === undefined) this.waiting.push({ result: value, sink });
    else this.accept(this.context, value, sink);
  }

  /** The end of the log: the last run is finished and every finding is final. */
  finish(): void {
    this.finishRun();
    this.runIndex = -1;
  }

  private enterRun(runIndex: number): void {
    if (runIndex === this.runIndex) return;
    this.finishRun();
    this.runIndex = runIndex;
  }

  private finishRun(): void {
    if (this.runIndex < 0) return;
    const complete = sarifRunContext(this.header, this.workspace);
    this.resolvedFiles = new Map();
    for (const { result, sink } of this.waiting) this.accept(complete, result, sink);
    for (const { finding, location } of this.deferred) {
      const resolved = this.resolve(complete, location);
      if (resolved !== undefined) finding.file = resolved;
    }
    this.header = {};
    this.context = undefined;
    this.waiting = [];
    this.deferred = [];
    this.resolvedFiles = new Map();
  }

  private accept(context: SarifRunContext, result: unknown, sink: RawFinding[]): void {
    const mapped = sarifResultToFinding(context, result);
    if (mapped === undefined) return;
    const { finding, location } = mapped;
    sink.push(finding);
    if (location === undefined) return;
    if (resolvableNow(context, location)) {
      const resolved = this.resolve(context, location);
      if (resolved !== undefined) finding.file = resolved;
    } else {
      // Kept in its place in the sink; its file is filled in when the run ends.
      this.deferred.push({ finding, location });
    }
  }

  private resolve(context: SarifRunContext, location: SarifArtifactReference): string | undefined {
    const scope =
      location.index === undefined ? (location.uriBaseId ?? '') : `${location.uriBaseId ?? ''}#${location.index}`;
    let cache = this.resolvedFiles.get(scope);
    if (cache === undefined) this.resolvedFiles.set(scope, (cache = new Map()));
    const uri = location.uri ?? '';
    let resolved = cache.get(uri);
    if (resolved === undefined && !cache.has(uri)) {
      resolved = resolveSarifFile(context, location);
      cache.set(uri, resolved);
    }
    return resolved;
  }
}

/** Whether everything the reference needs is already known (base ids and artifacts appear once per run). */
const resolvableNow = (context: SarifRunContext, location: SarifArtifactReference): boolean =>
  (location.uriBaseId === undefined || location.uriBaseId in context.baseUris) &&
  (location.index === undefined || location.index < context.artifactUris.length);
