/**
 * The deployment record on GitHub: a deployment per run with statuses in_progress → success / failure. GitHub is
 * the history, never the source of truth, so a record that cannot be written costs one warning and changes no
 * decision. Every phase of it has a time budget: a hanging API cannot hold a deploy.
 */
import type { RunContext } from '../github/context.ts';
import { describeWriteFailure, type GitHubClient, type GitHubClientFactory } from '../github/client.ts';
import {
  createDeployment,
  setDeploymentStatus,
  type DeploymentPayload,
  type DeploymentStatusState,
  type DeploymentTask,
} from '../github/deployments.ts';

/** Time budget of one recording step (create, or a status). */
const RECORD_BUDGET_MS = 15_000;

export interface RecordStart {
  task: DeploymentTask;
  description: string;
  payload: Omit<DeploymentPayload, 'schema' | 'runUrl'>;
}

export class DeploymentRecorder {
  readonly #environment: string | undefined;
  readonly #github: GitHubClientFactory | undefined;
  readonly #context: RunContext;
  readonly #warn: (message: string) => void;
  readonly #environmentUrl: string | undefined;
  #id: number | undefined;

  constructor(options: {
    environment: string | undefined;
    /** Makes the API clients; undefined without a token (nothing is recorded). */
    github: GitHubClientFactory | undefined;
    context: RunContext;
    environmentUrl: string | undefined;
    warn: (message: string) => void;
  }) {
    this.#environment = options.environment;
    this.#github = options.github;
    this.#context = options.context;
    this.#warn = options.warn;
    this.#environmentUrl = options.environmentUrl;
  }

  get id(): number | undefined {
    return this.#id;
  }

  /** Creates the deployment and marks it in_progress; without an environment or a token it does nothing. */
  async start(start: RecordStart): Promise<void> {
    const environment = this.#environment;
    if (!environment) return;
    if (!this.#github) {
      this.#warn(`No github-token: the deployment to '${environment}' is not recorded on GitHub`);
      return;
    }
    const context = this.#context;
    if (!context.repo) {
      this.#warn('GITHUB_REPOSITORY is not set: the deployment is not recorded on GitHub');
      return;
    }
    const repo = context.repo;
    await this.#attempt('create the deployment', async (client) => {
      const created = await createDeployment(client, {
        ...repo,
        ref: context.sha || context.ref || 'HEAD',
        environment,
        task: start.task,
        description: start.description,
        payload: { ...start.payload, ...(context.runUrl ? { runUrl: context.runUrl } : {}) },
      });
      this.#id = created.id;
      await setDeploymentStatus(client, {
        ...repo,
        deploymentId: created.id,
        state: 'in_progress',
        description: start.description,
        ...this.#urls(),
      });
    });
  }

  /** Appends the final status (success, failure…) to this run's deployment. */
  async finish(state: DeploymentStatusState, description: string): Promise<void> {
    if (this.#id === undefined) return;
    await this.status(this.#id, state, description);
  }

  /** Appends a status to any deployment of the repository (a rollback marks the bad one). */
  async status(deploymentId: number, state: DeploymentStatusState, description: string): Promise<void> {
    const repo = this.#context.repo;
    if (!repo || !this.#github) return;
    await this.#attempt(`set the deployment status to ${state}`, (client) =>
      setDeploymentStatus(client, {
        ...repo,
        deploymentId,
        state,
        description,
        autoInactive: false,
        ...this.#urls(),
      }).then(() => undefined),
    );
  }

  #urls(): { logUrl?: string; environmentUrl?: string } {
    const log = this.#context.runUrl;
    return {
      ...(log ? { logUrl: log } : {}),
      ...(this.#environmentUrl ? { environmentUrl: this.#environmentUrl } : {}),
    };
  }

  async #attempt(what: string, body: (client: GitHubClient) => Promise<void>): Promise<void> {
    try {
      await body(await this.#github!({ retries: 1, signal: AbortSignal.timeout(RECORD_BUDGET_MS) }));
    } catch (error) {
      const name = (error as Error).name;
      const why =
        name === 'AbortError' || name === 'TimeoutError'
          ? `no answer within ${RECORD_BUDGET_MS / 1000} s`
          : describeWriteFailure(error, 'deployments: write');
      this.#warn(`Could not ${what} on GitHub (${why}); the deploy goes on and its outcome is unchanged`);
    }
  }
}
