import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport } from '../../src/parse.ts';
import { makeTempDir, run, totalsOf, writeTree } from './helpers.ts';

// One-line methods (`one`, `two`): PHPUnit writes their only line as the `type="method"` line.
const SOURCES = {
  'src/Calc.php': `<?php
namespace App;

class Calc
{
    public function one(): int { return 1; }

    public function two(): int { return 2; }

    public function classify(int $n): string
    {
        if ($n < 0) {
            return 'negative';
        }
        return $n === 0 ? 'zero' : 'positive';
    }

    public function never(int $x): int
    {
        $y = $x * 2;
        return $y + 1;
    }
}
`,
  'tests/CalcTest.php': `<?php
use PHPUnit\\Framework\\TestCase;
use App\\Calc;

require_once __DIR__ . '/../src/Calc.php';

final class CalcTest extends TestCase
{
    public function testOne(): void { $this->assertSame(1, (new Calc())->one()); }
    public function testClassify(): void { $this->assertSame('positive', (new Calc())->classify(3)); }
}
`,
  'phpunit.xml': `<?xml version="1.0"?>
<phpunit>
  <testsuites><testsuite name="unit"><directory>tests</directory></testsuite></testsuites>
  <coverage><include><directory suffix=".php">src</directory></include></coverage>
</phpunit>
`,
};

let dir: string;
/** PHPUnit's own summary (--coverage-text): "Methods: 25.00% (1/4)", "Lines: 42.86% (3/7)". */
let figures: Record<'lines' | 'methods', { covered: number; total: number }>;

beforeAll(async () => {
  dir = await makeTempDir('phpunit');
  await writeTree(dir, SOURCES);
  // Debian's php-pcov is the coverage driver; --coverage-text prints PHPUnit's own summary.
  const output = run(
    'phpunit',
    ['--coverage-clover', 'clover.xml', '--coverage-cobertura', 'cobertura.xml', '--coverage-text', '--colors=never'],
    dir,
  );
  const summary = output.slice(output.indexOf('Summary:'));
  const figure = (name: string) => {
    const match = new RegExp(`${name}:\\s+[\\d.]+% \\(\\s*(\\d+)/\\s*(\\d+)\\)`).exec(summary)!;
    return { covered: Number(match[1]), total: Number(match[2]) };
  };
  figures = { lines: figure('Lines'), methods: figure('Methods') };
  expect(figures.lines.total).toBeGreaterThan(0);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reports made by PHPUnit match its --coverage-text summary', () => {
  it('Clover: a one-line method is an executable line; methods as PHPUnit counts them', async () => {
    const report = await parseReport(join(dir, 'clover.xml'));
    expect(report.format).toBe('clover');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(figures.lines);
    expect(totals.functions).toEqual(figures.methods);
    const file = [...report.files.values()][0]!;
    // `one` (line 6) is covered, `two` (line 8) is not.
    expect([file.lineHits(6), file.lineHits(8)]).toEqual([1, 0]);
  });

  it('Cobertura: lines, and a method counts as covered only when all its lines are', async () => {
    const report = await parseReport(join(dir, 'cobertura.xml'));
    expect(report.format).toBe('cobertura');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(figures.lines);
    expect(totals.functions).toEqual(figures.methods);
  });
});
