/**
 * The contract every coverage format meets: a file in this folder exports one `CoverageFormat`, and
 * `index.ts` lists it. Nothing else names a format: the `format` input, messages and docs checks read the list.
 */
import type { ReportBuilder } from '../model.ts';
import type { RepositoryFiles } from '../repository.ts';

export interface CoverageFormat {
  /** The name the `format` input and the summary use. */
  readonly id: string;
  /** What people call it, for messages ("Cobertura XML"). */
  readonly label: string;
  /** True when a report's first KB (leading whitespace removed) are this format. */
  detect(head: string): boolean;
  /** Parses a whole report; errors are UserErrors naming the file (and line). */
  read(path: string): Promise<ReportBuilder>;
  /**
   * For formats whose paths are not file paths (Go's import paths): what the repository says about them,
   * read once per run, as a function giving the repository path a report path stands for.
   */
  pathResolver?(repository: RepositoryFiles): Promise<(reportPath: string) => string | undefined>;
}

/** The root element's name of an XML head, past the declaration, comments and DOCTYPE. */
export function xmlRoot(head: string): string | undefined {
  if (!head.startsWith('<')) return undefined;
  return /<([A-Za-z_][\w.-]*)[\s>/]/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''))?.[1];
}
