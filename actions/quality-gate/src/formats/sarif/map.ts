/**
 * One SARIF result as a finding, against its run's header (tool, rules, base URIs, artifacts): severity from
 * `security-severity` or the level, the rule found by index or id, messages from templates, suppressions, and
 * artifact locations resolved through `uriBaseId` chains to repository paths.
 */
import { newFinding, type Category, type RawFinding, type Severity } from '../../model.ts';
import { toRepoPath } from '../../paths.ts';
import { toolCategory, toolId } from '../../tools.ts';
import type { SeverityTable } from '../format.ts';
import { asArray, asNumber, asObject, asString, type Json } from '../json-util.ts';

interface SarifRule {
  id?: string;
  level?: string;
  securitySeverity?: number;
  tags: string[];
  messageStrings: Record<string, string>;
  helpUri?: string;
  shortDescription?: string;
}

/** What a run's results need from the rest of the run. */
export interface SarifRunContext {
  tool: string;
  category: Category;
  rulesById: Map<string, SarifRule>;
  rulesByIndex: SarifRule[];
  /** Rules of the run's extensions (CodeQL query packs), by extension index then rule index. */
  extensionRules: SarifRule[][];
  baseUris: Record<string, { uri?: string; uriBaseId?: string }>;
  artifactUris: (string | undefined)[];
  artifactBaseIds: (string | undefined)[];
  workspace: string;
  /** Each base id's URI with its own base ids resolved, filled in as they are first needed. */
  resolvedBases: Map<string, string>;
}

function readRule(value: unknown): SarifRule {
  const rule = asObject(value) ?? {};
  const properties = asObject(rule.properties) ?? {};
  const defaults = asObject(rule.defaultConfiguration) ?? {};
  const messageStrings: Record<string, string> = {};
  for (const [key, entry] of Object.entries(asObject(rule.messageStrings) ?? {})) {
    const text = asString(asObject(entry)?.text);
    if (text !== undefined) messageStrings[key] = text;
  }
  const securitySeverity = Number.parseFloat(String(properties['security-severity'] ?? ''));
  return {
    id: asString(rule.id),
    level: asString(defaults.level),
    securitySeverity: Number.isFinite(securitySeverity) ? securitySeverity : undefined,
    tags: asArray(properties.tags)
      .filter((tag): tag is string => typeof tag === 'string')
      .map((tag) => tag.toLowerCase()),
    messageStrings,
    helpUri: asString(rule.helpUri),
    shortDescription: asString(asObject(rule.shortDescription)?.text),
  };
}

/** Everything in a run but its results. */
export function sarifRunContext(run: Json, workspace: string): SarifRunContext {
  const tool = asObject(run.tool) ?? {};
  const driver = asObject(tool.driver) ?? {};
  const name = toolId(asString(driver.name) ?? 'sarif');
  const rulesByIndex = asArray(driver.rules).map(readRule);
  const rulesById = new Map<string, SarifRule>();
  for (const rule of rulesByIndex) if (rule.id !== undefined && !rulesById.has(rule.id)) rulesById.set(rule.id, rule);
  const extensionRules = asArray(tool.extensions).map((extension) => asArray(asObject(extension)?.rules).map(readRule));
  for (const rules of extensionRules)
    for (const rule of rules) if (rule.id !== undefined && !rulesById.has(rule.id)) rulesById.set(rule.id, rule);
  const baseUris: SarifRunContext['baseUris'] = {};
  for (const [key, entry] of Object.entries(asObject(run.originalUriBaseIds) ?? {})) {
    const location = asObject(entry) ?? {};
    baseUris[key] = { uri: asString(location.uri), uriBaseId: asString(location.uriBaseId) };
  }
  const artifacts = asArray(run.artifacts).map((artifact) => asObject(asObject(artifact)?.location) ?? {});
  return {
    tool: name,
    category: toolCategory(name, 'lint'),
    rulesById,
    rulesByIndex,
    extensionRules,
    baseUris,
    artifactUris: artifacts.map((location) => asString(location.uri)),
    artifactBaseIds: artifacts.map((location) => asString(location.uriBaseId)),
    workspace,
    resolvedBases: new Map(),
  };
}

/**
 * GitHub code scanning's mapping of `security-severity` (a CVSS-like score on the rule):
 * over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
 */
export function securitySeverityToSeverity(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score >= 0.1) return 'low';
  return 'info';
}

/** SARIF levels; `none` -> info. */
const LEVEL_SEVERITY: SeverityTable = { error: 'high', warning: 'medium', note: 'low' };

/** Resolves a uriBaseId chain (SRCROOT -> file:///work/repo/) into one URI; unknown ids leave the URI relative. */
function resolveUri(context: SarifRunContext, uri: string, baseId: string | undefined, depth = 0): string {
  if (baseId === undefined || depth > 10 || (uri.includes(':') && /^[a-z][a-z0-9+.-]*:/i.test(uri))) return uri;
  let resolvedBase = context.resolvedBases.get(baseId);
  if (resolvedBase === undefined) {
    const base = context.baseUris[baseId];
    if (base?.uri === undefined) return uri;
    resolvedBase = resolveUri(context, base.uri, base.uriBaseId, depth + 1);
    if (depth === 0) context.resolvedBases.set(baseId, resolvedBase);
  }
  if (resolvedBase === '') return uri;
  return resolvedBase.endsWith('/') ? resolvedBase + uri : `${resolvedBase}/${uri}`;
}

function findRule(context: SarifRunContext, result: Json): SarifRule | undefined {
  const ruleRef = asObject(result.rule);
  const refIndex = asNumber(ruleRef?.index) ?? asNumber(result.ruleIndex);
  const extensionIndex = asNumber(asObject(ruleRef?.toolComponent)?.index);
  if (refIndex !== undefined) {
    const rules = extensionIndex === undefined ? context.rulesByIndex : context.extensionRules[extensionIndex];
    const byIndex = rules?.[refIndex];
    if (byIndex !== undefined) return byIndex;
  }
  const id = asString(result.ruleId) ?? asString(ruleRef?.id);
  if (id === undefined) return undefined;
  // CodeQL writes "js/sql-injection/1" style sub-ids: fall back to the base id.
  return context.rulesById.get(id) ?? context.rulesById.get(id.split('/').slice(0, -1).join('/'));
}

/**
 * A SARIF plain-text message as a reader sees it: an embedded link `[text](1)` (to related location 1, as
 * CodeQL writes) is its text, one to a URI `text (uri)`; `\\[` and `\\]` are brackets.
 */
export function plainMessage(text: string): string {
  if (!text.includes('[')) return text;
  return text
    .replace(/(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(([^)]*)\)/g, (_whole, label: string, target: string) =>
      /^\d+$/.test(target) ? label : `${label} (${target})`,
    )
    .replace(/\\([\\[\]])/g, '$1');
}

function messageText(result: Json, rule: SarifRule | undefined): string {
  const message = asObject(result.message) ?? {};
  const plain = asString(message.text);
  let text = plain === undefined ? asString(message.markdown) : plainMessage(plain);
  const id = asString(message.id);
  if (text === undefined && id !== undefined) {
    const template = rule?.messageStrings[id];
    text = template === undefined ? undefined : plainMessage(template);
  }
  text ??= rule?.shortDescription ?? '';
  if (!Array.isArray(message.arguments) || !text.includes('{')) return text;
  const args = message.arguments.map(String);
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

/** A `security-severity` on the result itself (some tools put it there rather than on the rule). */
function resultSecuritySeverity(result: Json): number | undefined {
  const text = asObject(result.properties)?.['security-severity'];
  if (text === undefined) return undefined;
  const score = Number.parseFloat(String(text));
  return Number.isFinite(score) ? score : undefined;
}

/** A result counts unless it is suppressed (accepted or status-less suppression, none rejected). */
function isSuppressed(result: Json): boolean {
  if (!Array.isArray(result.suppressions) || result.suppressions.length === 0) return false;
  const suppressions = result.suppressions.map((entry) => asString(asObject(entry)?.status));
  if (suppressions.some((status) => status === 'rejected' || status === 'underReview')) return false;
  return suppressions.some((status) => status === undefined || status === 'accepted');
}

function categoryFor(context: SarifRunContext, rule: SarifRule | undefined, hasSecuritySeverity: boolean): Category {
  const tags = rule?.tags ?? [];
  if (tags.includes('secret')) return 'secret';
  if (tags.includes('misconfiguration')) return 'sast';
  if (context.tool === 'trivy' && tags.includes('vulnerability')) return 'container';
  if (context.category === 'lint' && (hasSecuritySeverity || tags.includes('security'))) return 'sast';
  return context.category;
}

/**
 * The tool's own fingerprint: `fingerprints` (stable ids) before `partialFingerprints` (hashes of the line),
 * the alphabetically first key of either, so the choice does not depend on key order.
 */
function toolFingerprint(result: Json): string | undefined {
  return firstByKey(asObject(result.fingerprints)) ?? firstByKey(asObject(result.partialFingerprints));
}

function firstByKey(source: Json | undefined): string | undefined {
  if (source === undefined) return undefined;
  let firstKey: string | undefined;
  for (const key in source)
    if (typeof source[key] === 'string' && (firstKey === undefined || key < firstKey)) firstKey = key;
  return firstKey === undefined ? undefined : (source[firstKey] as string);
}

/** A result's finding and the artifact its file is still to be resolved from (once the run's header is known). */
export interface SarifResultFinding {
  finding: RawFinding;
  location: SarifArtifactReference | undefined;
}

export interface SarifArtifactReference {
  uri: string | undefined;
  uriBaseId: string | undefined;
  index: number | undefined;
}

/**
 * The repository path of an artifact reference. Done after the run is read because a run may list
 * its base URIs and artifacts after its results.
 */
export function resolveSarifFile(context: SarifRunContext, reference: SarifArtifactReference): string | undefined {
  const { index } = reference;
  const uri = reference.uri ?? (index === undefined ? undefined : context.artifactUris[index]);
  const baseId = reference.uriBaseId ?? (index === undefined ? undefined : context.artifactBaseIds[index]);
  return uri === undefined ? undefined : toRepoPath(resolveUri(context, uri, baseId), context.workspace);
}

/** One result as a finding, or undefined when it does not count (suppressed, passed, absent from this run). */
export function sarifResultToFinding(context: SarifRunContext, value: unknown): SarifResultFinding | undefined {
  const result = asObject(value);
  if (result === undefined) return undefined;
  if (isSuppressed(result)) return undefined;
  if (result.baselineState === 'absent') return undefined;
  const kind = asString(result.kind) ?? 'fail';
  if (kind === 'pass' || kind === 'notApplicable') return undefined;

  const rule = findRule(context, result);
  // A result without a level inherits its rule's default; without either, SARIF says "warning".
  // Non-"fail" kinds (review, open, informational) default to "none".
  const level = asString(result.level) ?? (kind === 'fail' ? (rule?.level ?? 'warning') : 'none');
  const score = rule?.securitySeverity ?? resultSecuritySeverity(result);
  // GitHub applies security-severity only to results that are problems (level error/warning/note).
  const severity =
    score !== undefined && level !== 'none' ? securitySeverityToSeverity(score) : (LEVEL_SEVERITY[level] ?? 'info');

  const physical = asObject(asObject(asArray(result.locations)[0])?.physicalLocation);
  const artifact = asObject(physical?.artifactLocation);
  const region = asObject(physical?.region);
  const firstFingerprint = toolFingerprint(result);

  const finding = newFinding(
    context.tool,
    categoryFor(context, rule, score !== undefined),
    severity,
    asString(result.ruleId) ?? rule?.id ?? asString(asObject(result.rule)?.id) ?? 'unknown',
    messageText(result, rule),
  );
  const location =
    artifact === undefined
      ? undefined
      : { uri: asString(artifact.uri), uriBaseId: asString(artifact.uriBaseId), index: asNumber(artifact.index) };
  const line = asNumber(region?.startLine);
  if (line !== undefined) finding.line = line;
  const column = asNumber(region?.startColumn);
  if (column !== undefined) finding.column = column;
  if (rule?.helpUri !== undefined) finding.helpUri = rule.helpUri;
  if (firstFingerprint !== undefined) finding.toolFingerprint = firstFingerprint;
  return { finding, location };
}
