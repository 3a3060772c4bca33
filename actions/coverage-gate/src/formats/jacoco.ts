import { fileError, detach, streamXml } from '@pipeline-actions/shared';
import { type FileCoverage, ReportBuilder } from '../model.ts';
import { type CoverageFormat, xmlRoot } from './format.ts';

const count = (value: string | undefined): number => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/**
 * JaCoCo XML: <package name="com/x"> holds <class sourcefilename> with <method line> and a METHOD
 * counter, and <sourcefile name> with <line nr mi ci mb cb>. A line is covered when any of its
 * instructions ran (JaCoCo's own LINE counter rule); its branches are cb covered + mb missed.
 * Files are named <package>/<sourcefile> and mapped to the repository by path suffix.
 */
async function parseJacoco(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let root: string | undefined;
  let pkg = '';
  let className = '';
  let classFile: FileCoverage | undefined;
  let method: { key: string; line: number; covered: number } | undefined;
  let sourceFile: FileCoverage | undefined;
  const fileName = (name: string): string => detach(pkg === '' ? name : `${pkg}/${name}`);

  await streamXml(path, {
    open(name, attrs, line) {
      if (root === undefined) {
        root = name;
        if (name !== 'report')
          throw fileError(path, `is not a JaCoCo report: the root element is <${name}>, expected <report>`, line);
      }
      switch (name) {
        case 'line': {
          if (!sourceFile) return;
          const nr = Number(attrs.nr);
          if (!Number.isInteger(nr) || nr < 1)
            throw fileError(path, `<line> has an invalid nr="${attrs.nr ?? ''}"`, line);
          const ci = count(attrs.ci);
          const mi = count(attrs.mi);
          if (ci + mi === 0) return;
          sourceFile.addLine(nr, ci);
          const cb = count(attrs.cb);
          const mb = count(attrs.mb);
          if (cb + mb > 0)
            sourceFile.addBranches(nr, [...new Array<number>(cb).fill(1), ...new Array<number>(mb).fill(0)]);
          return;
        }
        case 'counter':
          if (method && attrs.type === 'METHOD') method.covered = count(attrs.covered);
          return;
        case 'method':
          if (classFile)
            method = {
              key: detach(`${className}.${attrs.name ?? ''}${attrs.desc ?? ''}`),
              line: count(attrs.line),
              covered: 0,
            };
          return;
        case 'class':
          className = attrs.name ?? '';
          // Classes without a source file (generated code) have no lines to attribute.
          classFile = attrs.sourcefilename ? builder.fileFor(fileName(attrs.sourcefilename)) : undefined;
          return;
        case 'sourcefile':
          sourceFile = builder.fileFor(fileName(attrs.name ?? ''));
          return;
        case 'package':
          pkg = attrs.name ?? '';
          return;
      }
    },
    close(name) {
      switch (name) {
        case 'method':
          if (method && classFile) classFile.addFunction(method.key, method.line, method.covered);
          method = undefined;
          return;
        case 'class':
          classFile = undefined;
          return;
        case 'sourcefile':
          sourceFile = undefined;
          return;
        case 'package':
          pkg = '';
          return;
      }
    },
  });
  return builder.finish();
}

export const jacoco: CoverageFormat = {
  id: 'jacoco',
  label: 'JaCoCo XML',
  detect: (head) => xmlRoot(head) === 'report',
  read: parseJacoco,
};
