import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport } from '../../src/parse.ts';
import { makeTempDir, run, totalsOf, writeTree } from './helpers.ts';

const SOURCES = {
  'go.mod': 'module example.com/shop\n\ngo 1.19\n',
  'cart/cart.go': `package cart

// Total sums prices, with a discount over a limit.
func Total(prices []int, limit int) int {
	sum := 0
	for _, p := range prices {
		if p < 0 {
			continue
		}
		sum += p
	}
	if sum > limit {
		return sum * 9 / 10
	}
	return sum
}

func Unused(x int) int { if x > 0 { return x }; return -x }
`,
  'cart/cart_test.go': `package cart

import "testing"

func TestTotal(t *testing.T) {
	if Total([]int{1, 2, -1}, 100) != 3 {
		t.Fatal("bad total")
	}
}
`,
  'tax/tax.go': `package tax

func Rate(region string) float64 {
	switch region {
	case "eu":
		return 0.2
	case "us":
		return 0.07
	}
	return 0
}
`,
  'tax/tax_test.go': `package tax

import "testing"

func TestRate(t *testing.T) {
	if Rate("eu") != 0.2 {
		t.Fatal("eu")
	}
}
`,
};

let dir: string;
let goFigure: number;

beforeAll(async () => {
  dir = await makeTempDir('go');
  await writeTree(dir, SOURCES);
  // Keep the build cache inside the test's temp dir.
  const env = {
    GOCACHE: join(dir, '.gocache'),
    GOPATH: join(dir, '.gopath'),
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GO111MODULE: 'on',
  };
  for (const mode of ['set', 'count', 'atomic']) {
    run('go', ['test', `-covermode=${mode}`, `-coverprofile=${mode}.out`, './...'], dir, env);
  }
  // "total:\t\t\t(statements)\t72.7%"
  const func = run('go', ['tool', 'cover', '-func=set.out'], dir, env);
  goFigure = Number(/^total:\s+\(statements\)\s+([\d.]+)%/m.exec(func)![1]);
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('go test -coverprofile matches go tool cover -func', () => {
  it.each(['set', 'count', 'atomic'])('mode %s: statements equal the tool total', async (mode) => {
    const report = await parseReport(join(dir, `${mode}.out`));
    expect(report.format).toBe('go');
    const totals = totalsOf(report);
    const pct = (totals.statements.covered * 100) / totals.statements.total;
    // go tool cover prints one decimal
    expect(Math.abs(pct - goFigure)).toBeLessThanOrEqual(0.05);
    expect([...report.files.keys()].sort()).toEqual(['example.com/shop/cart/cart.go', 'example.com/shop/tax/tax.go']);
    expect(totals.lines.total).toBeGreaterThan(0);
  });
});
