/**
 * Every input read once into one settings object; nothing downstream calls core.getInput.
 */
import path from 'node:path';
import * as core from '@actions/core';
import {
  buildConfig,
  CHECK_DEFAULTS,
  getBoolean,
  getDuration,
  getList,
  getNumber,
  getString,
  inputError,
  parseAndValidate,
  parseWatchThreshold,
  placed,
  readInlineOrFile,
  Redactor,
  runnerTempPath,
  WAIT_FOR_DEFAULTS,
  workspaceDir,
  type ConfigContext,
  type SmokeConfig,
  type SmokeSettings,
} from '@pipeline-actions/shared';

/** The inputs' defaults, as action.yml gives them (a test compares the two); durations in ms. */
export const DEFAULTS = {
  'wait-for': 0,
  'retry-interval': WAIT_FOR_DEFAULTS.initialDelayMs,
  timeout: CHECK_DEFAULTS.timeoutMs,
  'connect-timeout': CHECK_DEFAULTS.connectTimeoutMs,
  duration: 0,
  rate: '10',
  concurrency: 10,
  'abort-on-fail': true,
  'fail-on-decision': true,
} as const;

export interface ActionSettings extends SmokeSettings {
  config: SmokeConfig;
  /** Masks secrets (the `secrets` input, ${NAME} values) in everything the action writes. */
  redactor: Redactor;
  /** Directory the JSON and JUnit reports are written to (absolute). */
  reportDir: string;
  /** Fail the step when the decision is fail (otherwise the outputs and a warning say so). */
  failOnDecision: boolean;
}

export async function readSettings(env: NodeJS.ProcessEnv = process.env): Promise<ActionSettings> {
  const redactor = new Redactor((secret) => core.setSecret(secret));
  for (const secret of getList('secrets')) redactor.addSecret(secret);
  const baseUrl = getString('base-url') || undefined;
  if (baseUrl !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(baseUrl);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      throw inputError(
        'base-url',
        `expected an http(s) URL such as 'https://staging.example.com', got '${redactor.text(baseUrl)}'`,
      );
    }
  }
  const timeoutMs = positiveDuration('timeout', DEFAULTS.timeout);
  const connectTimeoutMs = positiveDuration('connect-timeout', DEFAULTS['connect-timeout']);
  const context: Omit<ConfigContext, 'source'> = { baseUrl, env, redactor, timeoutMs, connectTimeoutMs };

  const config =
    readUrlChecks(context) ??
    (await readInlineOrFile({
      inline: 'checks',
      file: 'config',
      parse: async (text, source) => buildConfig(await parseAndValidate(text, { type: 'any' }), { ...context, source }),
    }));
  if (config === undefined)
    throw inputError(
      'checks',
      "is required: list the checks inline, point 'config' at a YAML file, or give the URLs to check in 'url'",
    );
  for (const [index, text] of getList('thresholds').entries()) {
    try {
      config.thresholds.push(parseWatchThreshold(text));
    } catch (error) {
      throw inputError('thresholds', `entry ${index + 1}: ${(error as Error).message}`);
    }
  }

  const waitForMs = getDuration('wait-for') ?? DEFAULTS['wait-for'];
  const retryIntervalMs = getDuration('retry-interval') ?? DEFAULTS['retry-interval'];
  const durationMs = getDuration('duration') ?? DEFAULTS.duration;
  const rateText = getString('rate') || DEFAULTS.rate;
  let ratePerCheck: number | undefined;
  if (rateText.toLowerCase() !== 'max') {
    ratePerCheck = Number(rateText);
    if (!Number.isFinite(ratePerCheck) || ratePerCheck <= 0 || ratePerCheck > 100_000) {
      throw inputError(
        'rate',
        `expected requests per second per check (a number above 0, at most 100000) or 'max', got '${rateText}'`,
      );
    }
  }
  const concurrency = getNumber('concurrency', { min: 1, max: 1000, integer: true }) ?? DEFAULTS.concurrency;
  const reportDirText = getString('report-dir');
  const reportDir = reportDirText ? path.resolve(workspaceDir(), reportDirText) : runnerTempPath('smoke-test');
  return {
    config,
    redactor,
    waitForMs,
    retryIntervalMs,
    maxRetryIntervalMs: Math.max(retryIntervalMs, WAIT_FOR_DEFAULTS.maxDelayMs),
    window: durationMs > 0 ? { durationMs, ratePerCheck, concurrency } : undefined,
    abortOnFail: getBoolean('abort-on-fail', DEFAULTS['abort-on-fail']),
    reportDir,
    failOnDecision: getBoolean('fail-on-decision', DEFAULTS['fail-on-decision']),
  };
}

/**
 * The `url` input's checks, one GET per line with the default assertion, built as the same checks written in YAML
 * would be; undefined when it is empty. No YAML here: a run that only checks URLs never loads the parser.
 */
function readUrlChecks(context: Omit<ConfigContext, 'source'>): SmokeConfig | undefined {
  const urls = getString('url')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (urls.length === 0) return undefined;
  const others = ['checks', 'config'].filter((name) => getString(name) !== '');
  if (others.length > 0)
    throw inputError('url', `give one of 'url', 'checks' and 'config', not '${others.join("' and '")}' too`);
  try {
    return buildConfig(
      urls.map((url) => ({ url })),
      { ...context, source: 'url' },
    );
  } catch (error) {
    throw placed(error, { input: 'url' });
  }
}

function positiveDuration(name: string, fallback: number): number {
  const value = getDuration(name);
  if (value !== undefined && value <= 0) throw inputError(name, 'must be longer than 0');
  return value ?? fallback;
}
