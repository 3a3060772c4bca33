/**
 * Every report format, detected from content (never from the file name), in the order detection tries them.
 * A new format is one file in this folder (see format.ts) plus one line here.
 */
import { bandit } from './bandit.ts';
import { checkstyle } from './checkstyle.ts';
import { eslint } from './eslint.ts';
import type { ReportFormat } from './format.ts';
import { gitleaks } from './gitleaks.ts';
import { grype } from './grype.ts';
import { junit } from './junit.ts';
import { k6 } from './k6.ts';
import { npmAudit } from './npm-audit.ts';
import { pipAudit } from './pip-audit.ts';
import { pylint } from './pylint.ts';
import { safety } from './safety.ts';
import { sarif } from './sarif/index.ts';
import { trivy } from './trivy.ts';
import { trufflehog } from './trufflehog.ts';

export const FORMATS: readonly ReportFormat[] = [
  sarif,
  junit,
  checkstyle,
  eslint,
  trivy,
  grype,
  npmAudit,
  bandit,
  gitleaks,
  pylint,
  k6,
  safety,
  pipAudit,
  trufflehog,
];
