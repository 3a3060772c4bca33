/**
 * Every input read once into one settings object; nothing downstream calls core.getInput.
 */
import path from 'node:path';
import {
  FileError,
  InputError,
  getBoolean,
  getDuration,
  getList,
  getNumber,
  getObject,
  getString,
  loadObjectFile,
  parseWatchThreshold,
  runnerTempPath,
  workspaceDir,
  type Redactor,
  buildConfig,
  ConfigError,
  type SmokeConfig,
  type SmokeSettings,
} from '@pipeline-actions/shared';

export interface ActionSettings extends SmokeSettings {
  config: SmokeConfig;
  /** Directory the JSON and JUnit reports are written to (absolute). */
  reportDir: string;
  /** Fail the step when the decision is fail (otherwise the outputs and a warning say so). */
  failOnDecision: boolean;
}

export async function readSettings(redactor: Redactor, env: NodeJS.ProcessEnv = process.env): Promise<ActionSettings> {
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
      throw new InputError(
        'base-url',
        `expected an http(s) URL such as 'https://staging.example.com', got '${redactor.text(baseUrl)}'`,
      );
    }
  }
  const timeoutMs = positiveDuration('timeout');
  const connectTimeoutMs = positiveDuration('connect-timeout');
  const context = { baseUrl, env, redactor, timeoutMs, connectTimeoutMs };

  const inline = getString('checks');
  const file = getString('config');
  if (inline && file)
    throw new InputError('config', "give either 'checks' (inline YAML) or 'config' (a file), not both");
  if (!inline && !file)
    throw new InputError('checks', "is required: list the checks inline, or point 'config' at a YAML file");
  const extraThresholds = getList('thresholds');
  let config: SmokeConfig;
  if (inline) {
    const parsed = await getObject<unknown>('checks', { type: 'any' });
    try {
      config = buildConfig(parsed, { ...context, source: 'checks' });
    } catch (error) {
      if (error instanceof ConfigError) throw new InputError('checks', error.message);
      throw error;
    }
  } else {
    // Resolved in the workspace, symbolic links included; never quoted whole when it does not parse.
    const parsed = await loadObjectFile<unknown>('config', file, { type: 'any' });
    try {
      config = buildConfig(parsed, { ...context, source: file });
    } catch (error) {
      if (error instanceof ConfigError) throw new FileError(file, error.message);
      throw error;
    }
  }
  for (const [index, text] of extraThresholds.entries()) {
    try {
      config.thresholds.push(parseWatchThreshold(text));
    } catch (error) {
      throw new InputError('thresholds', `entry ${index + 1}: ${(error as Error).message}`);
    }
  }

  const waitForMs = getDuration('wait-for') ?? 0;
  const retryIntervalMs = getDuration('retry-interval') ?? 500;
  const durationMs = getDuration('duration') ?? 0;
  const rateText = getString('rate') || '10';
  let ratePerCheck: number | undefined;
  if (rateText.toLowerCase() !== 'max') {
    ratePerCheck = Number(rateText);
    if (!Number.isFinite(ratePerCheck) || ratePerCheck <= 0 || ratePerCheck > 100_000) {
      throw new InputError(
        'rate',
        `expected requests per second per check (a number above 0, at most 100000) or 'max', got '${rateText}'`,
      );
    }
  }
  const concurrency = getNumber('concurrency', { min: 1, max: 1000, integer: true }) ?? 10;
  const reportDirText = getString('report-dir');
  const reportDir = reportDirText ? path.resolve(workspaceDir(), reportDirText) : runnerTempPath('smoke-test');
  return {
    config,
    waitForMs,
    retryIntervalMs,
    maxRetryIntervalMs: Math.max(retryIntervalMs, 5000),
    window: durationMs > 0 ? { durationMs, ratePerCheck, concurrency } : undefined,
    abortOnFail: getBoolean('abort-on-fail', true),
    reportDir,
    failOnDecision: getBoolean('fail-on-decision', true),
  };
}

function positiveDuration(name: string): number | undefined {
  const value = getDuration(name);
  if (value !== undefined && value <= 0) throw new InputError(name, 'must be longer than 0');
  return value;
}
