/**
 * Checkstyle XML (Checkstyle, and the checkstyle output of ShellCheck, ESLint, ktlint, PHP_CodeSniffer…):
 * <checkstyle><file name=".."><error line=".." column=".." severity=".." message=".." source=".."/></file></checkstyle>
 * Written as a handler over XML events so it runs on the streaming reader.
 */
import { streamXml } from '@pipeline-actions/shared';
import type { RawFinding } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import { severityFrom, type ReportFormat, type SeverityTable } from './format.ts';

/** ignore -> info. */
const SEVERITY: SeverityTable = { error: 'high', warning: 'medium', info: 'low' };

export const checkstyle: ReportFormat = {
  id: 'checkstyle',
  label: 'checkstyle XML',
  syntax: 'xml',
  detect: ({ head }) => /<checkstyle[\s>]/.test(head),
  async read({ file, workspace }) {
    const findings: RawFinding[] = [];
    await streamXml(file, checkstyleHandlers(workspace, findings));
    return { findings };
  },
};

/** The tool and rule from a `source` attribute: "ShellCheck.SC2086", "eslint.rules.no-undef", "com.puppycrawl…FooCheck". */
function checkstyleSource(source: string | undefined): { tool: string; rule: string } {
  if (source === undefined || source === '') return { tool: 'checkstyle', rule: 'unknown' };
  const shellcheck = /^shellcheck\.(.+)$/i.exec(source);
  if (shellcheck) return { tool: 'shellcheck', rule: shellcheck[1]! };
  const eslint = /^eslint\.rules\.(.+)$/.exec(source);
  if (eslint) return { tool: 'eslint', rule: eslint[1]! };
  if (source.startsWith('com.puppycrawl.tools.checkstyle.'))
    return { tool: 'checkstyle', rule: source.split('.').pop()! };
  return { tool: 'checkstyle', rule: source };
}

/** XML event handlers that collect checkstyle findings into `findings`. */
function checkstyleHandlers(workspace: string, findings: RawFinding[]) {
  let file: string | undefined;
  return {
    open(name: string, attributes: Record<string, string>): void {
      if (name === 'file') {
        file = attributes.name === undefined ? undefined : toRepoPath(attributes.name, workspace);
      } else if (name === 'error') {
        const { tool, rule } = checkstyleSource(attributes.source);
        const finding: RawFinding = {
          tool,
          category: 'lint',
          severity: severityFrom(SEVERITY, attributes.severity),
          rule,
          message: attributes.message ?? '',
        };
        if (file !== undefined) finding.file = file;
        const line = Number(attributes.line);
        if (Number.isInteger(line) && line >= 1) finding.line = line;
        const column = Number(attributes.column);
        if (Number.isInteger(column) && column >= 1) finding.column = column;
        findings.push(finding);
      }
    },
    close(name: string): void {
      if (name === 'file') file = undefined;
    },
  };
}
