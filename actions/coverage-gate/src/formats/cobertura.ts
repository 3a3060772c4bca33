import { fileError, detach, streamXml, type XmlHandlers } from '@pipeline-actions/shared';
import { type FileCoverage, ReportBuilder } from '../model.ts';
import { type CoverageFormat, xmlRoot } from './format.ts';

const CONDITION = /\((\d+)\s*\/\s*(\d+)\)/;

/** Hits attribute: integers, and the odd float / huge count some generators write. */
function hitsOf(value: string | undefined): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** "True"/"true"/"1" — coverlet writes True/False. */
const isTrue = (value: string | undefined): boolean =>
  value !== undefined && (value === 'true' || value === 'True' || value === '1' || value.toLowerCase() === 'true');

/**
 * Cobertura XML (coverage.py, gcovr, istanbul/c8/vitest, coverlet, simplecov, MATLAB...):
 * class-level <line number hits branch condition-coverage> give lines and branches; lines repeated
 * under <method> only tell which lines a method covers. Rates on the root (NaN for MATLAB) are ignored:
 * everything is recomputed from the lines. A method without `hits` is covered when any of its lines is
 * (coverlet, ReportGenerator), except in PHPUnit's reports (root `version="0.4"`): PHPUnit counts a
 * method as covered only when all its lines are.
 */
async function parseCobertura(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let root: string | undefined;
  let inSource = false;
  let sourceText = '';
  let file: FileCoverage | undefined;
  let inMethod = false;
  let methodKey = '';
  let className = '';
  let methodLine = 0;
  let methodHits: number | undefined;
  let methodAnyLineHit = false;
  let methodAllLinesHit = true;
  let coveredWhenAllLines = false;

  const collectSource = (text: string): void => {
    if (inSource) sourceText += text;
  };
  const handlers: XmlHandlers = {
    open(name, attrs, line) {
      if (root === undefined) {
        root = name;
        coveredWhenAllLines = attrs.version === '0.4';
        if (name !== 'coverage')
          throw fileError(path, `is not a Cobertura report: the root element is <${name}>, expected <coverage>`, line);
      }
      switch (name) {
        case 'line': {
          if (!file) return;
          const number = Number(attrs.number);
          if (!Number.isInteger(number) || number < 1)
            throw fileError(path, `<line> has an invalid number="${attrs.number ?? ''}"`, line);
          const hits = hitsOf(attrs.hits);
          if (inMethod) {
            if (methodLine === 0 || number < methodLine) methodLine = number;
            if (hits > 0) methodAnyLineHit = true;
            else methodAllLinesHit = false;
            return;
          }
          file.addLine(number, hits);
          if (isTrue(attrs.branch)) {
            const match = CONDITION.exec(attrs['condition-coverage'] ?? '');
            if (match) {
              const covered = Number(match[1]);
              const total = Number(match[2]);
              const outcomes = new Array<number>(total).fill(0).fill(1, 0, Math.min(covered, total));
              // A line listed in several classes (coverlet) holds the same branches: merge, don't append.
              file.addBranches(number, outcomes);
            }
          }
          return;
        }
        case 'class': {
          const filename = attrs.filename;
          if (filename === undefined) throw fileError(path, '<class> has no filename attribute', line);
          file = builder.section(detach(filename));
          className = detach(attrs.name ?? '');
          return;
        }
        case 'method':
          inMethod = true;
          methodKey = detach(`${className}.${attrs.name ?? ''}${attrs.signature ?? ''}`);
          methodLine = 0;
          methodHits = attrs.hits === undefined ? undefined : hitsOf(attrs.hits);
          methodAnyLineHit = false;
          methodAllLinesHit = true;
          return;
        case 'source':
          inSource = true;
          sourceText = '';
          // Text is wanted only here: without a text handler the reader skips character data for free.
          handlers.text = collectSource;
          return;
      }
    },
    close(name) {
      if (name === 'method') {
        inMethod = false;
        const linesSay = coveredWhenAllLines ? methodAnyLineHit && methodAllLinesHit : methodAnyLineHit;
        if (file) file.addFunction(methodKey, methodLine, methodHits ?? (linesSay ? 1 : 0));
      } else if (name === 'class') {
        file = undefined;
      } else if (name === 'source') {
        inSource = false;
        handlers.text = undefined;
        const source = sourceText.trim();
        if (source !== '') builder.sourceRoots.push(detach(source));
      }
    },
  };
  await streamXml(path, handlers);
  return builder.finish();
}

export const cobertura: CoverageFormat = {
  id: 'cobertura',
  label: 'Cobertura XML',
  // Listed after Clover, whose root element is <coverage> too.
  detect: (head) => xmlRoot(head) === 'coverage',
  read: parseCobertura,
};
