import { runAction, UserError } from '@pipeline-actions/shared';
import { readSettings } from './settings.ts';

await runAction(async () => {
  const settings = readSettings();
  // Release 0.1.0 ships the validated inputs only; failing loudly is safer than
  // reporting a rollback that did not happen.
  throw new UserError(
    `rollback 0.1.0 validates its inputs (target '${settings.target}', to-version '${settings.toVersion ?? 'previous'}') but does not roll back yet; see the README's Status section.`,
  );
});
