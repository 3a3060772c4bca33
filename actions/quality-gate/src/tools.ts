import type { Category } from './model.ts';

/**
 * The category of a tool's findings when the report itself does not say (SARIF, checkstyle).
 * Matched on the lower-cased tool name; a policy can override it per tool (`tools.<name>.category`).
 */
const TOOL_CATEGORIES: Record<string, Category> = {
  eslint: 'lint',
  ruff: 'lint',
  pylint: 'lint',
  flake8: 'lint',
  'golangci-lint': 'lint',
  stylelint: 'lint',
  shellcheck: 'lint',
  hadolint: 'lint',
  tflint: 'lint',
  rubocop: 'lint',
  ktlint: 'lint',
  detekt: 'lint',
  checkstyle: 'lint',
  pmd: 'lint',
  markdownlint: 'lint',
  yamllint: 'lint',
  clippy: 'lint',
  actionlint: 'lint',
  black: 'format',
  isort: 'format',
  prettier: 'format',
  gofmt: 'format',
  rustfmt: 'format',
  tsc: 'type',
  typescript: 'type',
  mypy: 'type',
  pyright: 'type',
  codeql: 'sast',
  semgrep: 'sast',
  'semgrep oss': 'sast',
  bandit: 'sast',
  gosec: 'sast',
  brakeman: 'sast',
  njsscan: 'sast',
  checkov: 'sast',
  kics: 'sast',
  'npm-audit': 'dependency',
  'pip-audit': 'dependency',
  safety: 'dependency',
  'osv-scanner': 'dependency',
  'dependency-check': 'dependency',
  trivy: 'container',
  grype: 'container',
  'docker scout': 'container',
  gitleaks: 'secret',
  trufflehog: 'secret',
  'detect-secrets': 'secret',
  k6: 'performance',
};

/** A short, stable tool id from a report's tool name: "ESLint" -> "eslint", "Semgrep OSS" -> "semgrep". */
export function toolId(name: string): string {
  const lower = name.trim().toLowerCase();
  if (lower.startsWith('semgrep')) return 'semgrep';
  if (lower.startsWith('codeql')) return 'codeql';
  return lower.replace(/\s+/g, '-');
}

/** The category for a tool, or `fallback` when the tool is unknown. */
export function toolCategory(tool: string, fallback: Category): Category {
  return TOOL_CATEGORIES[tool] ?? fallback;
}
