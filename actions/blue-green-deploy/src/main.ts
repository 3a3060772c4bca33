import { runAction, UserError } from '@pipeline-actions/shared';
import { readSettings } from './settings.ts';

await runAction(async () => {
  const settings = readSettings();
  // Release 0.1.0 ships the validated inputs only; failing loudly is safer than
  // reporting a deploy that did not happen.
  throw new UserError(
    `blue-green-deploy 0.1.0 validates its inputs (version '${settings.version}', target '${settings.target}') but does not deploy yet; see the README's Status section.`,
  );
});
