import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { annotate, sortWorstFirst, type Annotation } from '../src/action/annotations.ts';

let lines: string[] = [];
beforeEach(() => {
  lines = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe('annotate', () => {
  const findings: Annotation[] = [
    ...Array.from({ length: 14 }, (_, i): Annotation => ({
      level: 'error',
      message: `e${i}`,
      file: 'src/a.ts',
      startLine: i + 1,
      weight: i,
    })),
    { level: 'warning', message: 'w1', file: 'src/b.ts', startLine: 3, endLine: 7, startColumn: 2 },
    { level: 'notice', message: 'n1' },
  ];
  it('emits the worst errors first, within the limit, and says how many more', () => {
    const result = annotate(findings);
    expect(result.emitted).toEqual({ error: 10, warning: 1, notice: 1 });
    expect(result.omitted).toEqual({ error: 4, warning: 0, notice: 0 });
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toBe('::error file=src/a.ts,line=14::e13');
    expect(lines).toContain('4 more errors not annotated (GitHub shows at most 10 per step); see the job summary.');
  });
  it('drops columns on multi-line annotations as GitHub requires', () => {
    annotate(findings.slice(14, 15));
    expect(lines[0]).toBe('::warning file=src/b.ts,line=3,endLine=7::w1');
  });
  it('sorts by level, then weight', () => {
    const sorted = sortWorstFirst([
      { level: 'notice', message: 'n' },
      { level: 'error', message: 'light', weight: 1 },
      { level: 'error', message: 'heavy', weight: 9 },
    ]);
    expect(sorted.map((a) => a.message)).toEqual(['heavy', 'light', 'n']);
  });
});

describe('annotate with a caller pre-selection', () => {
  it('reports the annotations the caller left out together with its own', () => {
    const result = annotate(
      Array.from({ length: 12 }, (_, i): Annotation => ({ level: 'warning', message: `w${i}` })),
      undefined,
      'the check run',
      { warning: 100 },
    );
    expect(result.omitted.warning).toBe(102);
    expect(lines).toContain('102 more warnings not annotated (GitHub shows at most 10 per step); see the check run.');
  });
});
