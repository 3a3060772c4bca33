/**
 * Every input read once into one settings object; nothing downstream calls core.getInput.
 */
import {
  checkTargetSettings,
  checkVersion,
  getDuration,
  getList,
  inputError,
  getEnum,
  getRequired,
  getBoolean,
  TRAFFIC_DEFAULTS,
  readTrafficSettings,
  type DeployPhase,
  type TrafficSettings,
} from '@pipeline-actions/shared';

export interface DeploySettings {
  /** The target, slots, checks, SSH and timing inputs, shared with rollback. */
  traffic: TrafficSettings;
  /** What to deploy to the idle slot. */
  version: string;
  phase: DeployPhase;
  /** Stop the old slot after the verification window and the drain. */
  stopPrevious: boolean;
  /** Percentages of the traffic on the new slot, step by step, ending at 100. */
  steps: number[];
  stepIntervalMs: number;
}

/** The inputs' defaults, as action.yml gives them (a test compares the two). */
export const DEFAULTS = {
  ...TRAFFIC_DEFAULTS,
  'drain-time': 10_000,
  'step-interval': 30_000,
  phase: 'all',
  'stop-previous': false,
} as const;

export async function readSettings(): Promise<DeploySettings> {
  const version = checkVersion('version', getRequired('version'));
  const traffic = await readTrafficSettings(DEFAULTS);
  const steps = readSteps();
  if (steps.length > 1 && !checkTargetSettings(traffic).weighted) {
    throw inputError(
      'traffic-steps',
      `the ${traffic.target.kind} target${traffic.target.kind === 'nginx' ? ' with unix-socket slots' : ''} cannot split traffic by weight; gradual steps work on nginx with host:port slots and on haproxy (a Kubernetes Service spreads over ready endpoints, so a replica ratio would only approximate a weight)`,
    );
  }
  const stepIntervalMs = getDuration('step-interval') ?? DEFAULTS['step-interval'];
  if (stepIntervalMs <= 0) throw inputError('step-interval', 'must be longer than 0');
  return {
    traffic,
    version,
    phase: getEnum('phase', ['all', 'prepare', 'promote'] as const, DEFAULTS.phase),
    stopPrevious: getBoolean('stop-previous', DEFAULTS['stop-previous']),
    steps,
    stepIntervalMs,
  };
}

/** `10,50,100`: whole percentages, increasing, ending at 100. */
function readSteps(): number[] {
  const texts = getList('traffic-steps');
  if (texts.length === 0) return [100];
  const steps = texts.map((text) => {
    const value = Number(text.replace(/%$/, ''));
    if (!Number.isInteger(value) || value < 1 || value > 100) {
      throw inputError('traffic-steps', `expected whole percentages from 1 to 100 such as 10,50,100, got '${text}'`);
    }
    return value;
  });
  for (let index = 1; index < steps.length; index++) {
    if (steps[index]! <= steps[index - 1]!)
      throw inputError('traffic-steps', `must increase step by step, got ${steps.join(',')}`);
  }
  if (steps.at(-1) !== 100)
    throw inputError('traffic-steps', `must end at 100 (all traffic on the new version), got ${steps.join(',')}`);
  return steps;
}
