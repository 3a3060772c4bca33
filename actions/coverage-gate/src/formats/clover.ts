import { fileError, detach, streamXml } from '@pipeline-actions/shared';
import { type FileCoverage, ReportBuilder } from '../model.ts';
import { type CoverageFormat, xmlRoot } from './format.ts';

const count = (value: string | undefined): number => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/**
 * Clover XML (istanbul/jest, PHPUnit, OpenClover): <file> elements under <package> or directly under
 * <project>; <line type="stmt|cond|method" num count truecount falsecount>. Statement and condition
 * lines are the executable lines; `cond` lines carry branches (truecount covered, falsecount not);
 * `method` lines are functions. A file's own <metrics> gives the function and branch counts.
 * PHPUnit writes one <line> per line number, so a one-line method's only statement is its `method` line
 * (marked by PHPUnit's CRAP index): a method line with no statement before the next method is also a line.
 */
async function parseClover(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let root: string | undefined;
  let file: FileCoverage | undefined;
  const stack: string[] = [];
  /** A PHPUnit method line not yet followed by a statement of its own: [line, hits]. */
  let oneLineMethod: [number, number] | undefined;
  const settleMethod = (): void => {
    if (oneLineMethod && file) file.addLine(oneLineMethod[0], oneLineMethod[1]);
    oneLineMethod = undefined;
  };

  await streamXml(path, {
    open(name, attrs, line) {
      const parent = stack[stack.length - 1];
      stack.push(name);
      if (root === undefined) {
        root = name;
        if (name !== 'coverage')
          throw fileError(path, `is not a Clover report: the root element is <${name}>, expected <coverage>`, line);
      }
      if (name === 'file') {
        const filePath = attrs.path ?? attrs.name;
        if (filePath === undefined) throw fileError(path, '<file> has neither a path nor a name attribute', line);
        file = builder.fileFor(detach(filePath));
        return;
      }
      if (!file) return;
      if (name === 'line') {
        const num = Number(attrs.num);
        if (!Number.isInteger(num) || num < 1)
          throw fileError(path, `<line> has an invalid num="${attrs.num ?? ''}"`, line);
        const type = attrs.type ?? 'stmt';
        if (type === 'method') {
          settleMethod();
          file.addFunction(detach(attrs.name ? `${attrs.name}@${num}` : `line ${num}`), num, count(attrs.count));
          if (attrs.crap !== undefined) oneLineMethod = [num, count(attrs.count)];
          return;
        }
        oneLineMethod = undefined;
        file.addLine(num, count(attrs.count));
        if (type === 'cond') {
          const covered = count(attrs.truecount);
          const missed = count(attrs.falsecount);
          file.addBranches(num, [...new Array<number>(covered).fill(1), ...new Array<number>(missed).fill(0)]);
        }
        return;
      }
      if (name === 'metrics' && parent === 'file') {
        // The tool's own counts: PHPUnit counts a method covered only when all its lines are, and
        // istanbul's conditionals include branches on lines that are not statement lines.
        file.summary = {
          functions: { total: count(attrs.methods), covered: count(attrs.coveredmethods) },
          branches: { total: count(attrs.conditionals), covered: count(attrs.coveredconditionals) },
        };
      }
    },
    close(name) {
      stack.pop();
      if (name === 'file') {
        settleMethod();
        file = undefined;
      }
    },
  });
  return builder.finish();
}

export const clover: CoverageFormat = {
  id: 'clover',
  label: 'Clover XML',
  detect: (head) => xmlRoot(head) === 'coverage' && (/<coverage\b[^>]*\bclover=/.test(head) || /<project\b/.test(head)),
  read: parseClover,
};
