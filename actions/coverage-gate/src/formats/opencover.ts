import { fileError, detach, streamXml } from '@pipeline-actions/shared';
import { type FileCoverage, ReportBuilder } from '../model.ts';
import { type CoverageFormat, xmlRoot } from './format.ts';

const count = (value: string | undefined): number => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/**
 * OpenCover XML (OpenCover, coverlet): per module, <File uid fullPath>; per method, sequence points
 * (vc = visits, sl..el = lines) and branch points. Sequence points are the statements (OpenCover's
 * own sequenceCoverage); a line is covered when any sequence point on it ran. Modules skipped by the
 * tool (skippedDueTo) are ignored.
 */
async function parseOpenCover(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let root: string | undefined;
  let module = 0;
  let skippedModule = false;
  const filesById = new Map<string, string>();
  let methodFile: FileCoverage | undefined;
  let methodName = '';
  let inName = false;
  let methodVisited = false;
  let methodLine = 0;
  let methodHit = false;
  let inMethod = false;
  let methodSkipped = false;
  let methodClass = '';
  let className = '';
  let inClassName = false;
  let classDepth = 0;

  const fileOf = (attrs: Record<string, string>): FileCoverage | undefined => {
    const id = attrs.fileid;
    if (id !== undefined) {
      const name = filesById.get(`${module}:${id}`);
      return name === undefined ? undefined : builder.fileFor(name);
    }
    return methodFile;
  };

  await streamXml(path, {
    open(name, attrs, line) {
      if (root === undefined) {
        root = name;
        if (name !== 'CoverageSession')
          throw fileError(
            path,
            `is not an OpenCover report: the root element is <${name}>, expected <CoverageSession>`,
            line,
          );
      }
      if (skippedModule && name !== 'Module') return;
      switch (name) {
        case 'Module':
          module++;
          skippedModule = attrs.skippedDueTo !== undefined;
          return;
        case 'File':
          if (attrs.uid !== undefined && attrs.fullPath !== undefined)
            filesById.set(`${module}:${attrs.uid}`, detach(attrs.fullPath));
          return;
        case 'Class':
          classDepth++;
          className = '';
          return;
        case 'FullName':
          if (!inMethod && classDepth > 0) inClassName = true;
          return;
        case 'Method':
          inMethod = true;
          methodSkipped = attrs.skippedDueTo !== undefined;
          methodVisited = attrs.visited === 'true';
          methodName = '';
          methodLine = 0;
          methodHit = false;
          methodFile = undefined;
          methodClass = className;
          return;
        case 'Name':
          if (inMethod) inName = true;
          return;
        case 'FileRef':
          if (inMethod && attrs.uid !== undefined) {
            const fileName = filesById.get(`${module}:${attrs.uid}`);
            methodFile = fileName === undefined ? undefined : builder.fileFor(fileName);
          }
          return;
        case 'SequencePoint': {
          if (methodSkipped) return;
          const file = fileOf(attrs);
          if (!file) return;
          const vc = count(attrs.vc);
          const sl = count(attrs.sl);
          const el = Math.max(count(attrs.el), sl);
          if (sl === 0) return;
          file.addStatement(`${sl}.${attrs.sc ?? ''},${el}.${attrs.ec ?? ''}`, 1, vc);
          for (let l = sl; l <= el; l++) file.addLine(l, vc);
          if (methodLine === 0 || sl < methodLine) methodLine = sl;
          if (vc > 0) methodHit = true;
          return;
        }
        case 'BranchPoint': {
          if (methodSkipped) return;
          const file = fileOf(attrs);
          const sl = count(attrs.sl);
          if (file && sl > 0) file.addBranches(sl, [count(attrs.vc)]);
          return;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'Method':
          // Methods without sequence points (abstract, compiler-generated) have nothing to cover.
          if (!methodSkipped && methodFile && methodLine > 0) {
            methodFile.addFunction(
              detach(`${methodClass}::${methodName}`),
              methodLine,
              methodVisited || methodHit ? 1 : 0,
            );
          }
          inMethod = false;
          return;
        case 'Name':
          inName = false;
          return;
        case 'FullName':
          inClassName = false;
          return;
        case 'Class':
          classDepth--;
          return;
        case 'Module':
          skippedModule = false;
          return;
      }
    },
    text(text) {
      if (inName) methodName += text;
      else if (inClassName) className += text;
    },
  });
  return builder.finish();
}

export const openCover: CoverageFormat = {
  id: 'opencover',
  label: 'OpenCover XML',
  detect: (head) => xmlRoot(head) === 'CoverageSession',
  read: parseOpenCover,
};
