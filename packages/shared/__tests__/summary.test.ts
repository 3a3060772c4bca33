import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  details,
  escapeCell,
  escapeMarkdown,
  fitComment,
  fitSummary,
  inlineCode,
  markdown,
  table,
  writeSummary,
} from '../src/action/summary.ts';

describe('markdown helpers', () => {
  it('builds a table with escaped cells and alignment', () => {
    expect(table(['file', 'lines'], [['a|b.ts', 85.5]], ['l', 'r'])).toBe(
      '| file | lines |\n| --- | ---: |\n| a\\|b.ts | 85.5 |',
    );
    expect(escapeCell('two\nlines')).toBe('two<br>lines');
  });
  it('report text shows as the tool wrote it: no HTML tags eaten, no links, no emphasis', () => {
    expect(escapeMarkdown('expected:<true> but was:<false>')).toBe('expected:&lt;true> but was:&lt;false>');
    expect(escapeMarkdown('depends on a [user-provided value](1)')).toBe('depends on a \\[user-provided value\\](1)');
    expect(escapeMarkdown('src/**/*.ts &amp; __init__ ~x~ `a` \\n p(95)<1000 & x')).toBe(
      'src/\\*\\*/\\*.ts &amp;amp; \\_\\_init\\_\\_ \\~x\\~ \\`a\\` \\\\n p(95)<1000 & x',
    );
    expect(table(['message'], [['<script>alert(1)</script> | x']])).toBe(
      '| message |\n| --- |\n| &lt;script>alert(1)&lt;/script> \\| x |',
    );
  });
  it('cells marked as Markdown keep their formatting; code spans hold any text', () => {
    expect(table(['a', 'b'], [[markdown('**Total**'), markdown(inlineCode('a|b_c.ts'))]])).toBe(
      '| a | b |\n| --- | --- |\n| **Total** | `a\\|b_c.ts` |',
    );
    expect(inlineCode('x `y` z')).toBe('``x `y` z``');
    expect(inlineCode('`edge')).toBe('`` `edge ``');
  });
  it('builds a collapsible block', () => {
    expect(details('Files', 'body')).toBe('<details><summary>Files</summary>\n\nbody\n\n</details>');
  });
});

describe('GitHub size limits', () => {
  const big = Array.from({ length: 20_000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
  it('cuts a comment to 65,536 characters at a line boundary with a note', () => {
    const fitted = fitComment(big);
    expect(big.length).toBeGreaterThan(65_536);
    expect(fitted.length).toBeLessThanOrEqual(65_536);
    expect(fitted).toContain("cut to fit GitHub's 65,536-character limit");
    const kept = fitted.split('\n> [!NOTE]')[0]!.trimEnd().split('\n');
    expect(kept[kept.length - 1]).toMatch(/^\| row \d+ \| x{20} \|$/);
  });
  it('leaves text under the limit alone', () => {
    expect(fitComment('small')).toBe('small');
  });
  it('cuts a summary by bytes, not characters', () => {
    const wide = '€'.repeat(600_000); // 3 bytes each: 1.8 MB
    const fitted = fitSummary(wide);
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    expect(fitted).toContain('1 MiB step-summary limit');
  });
});

describe('writeSummary', () => {
  const saved = process.env['GITHUB_STEP_SUMMARY'];
  afterEach(() => {
    process.env['GITHUB_STEP_SUMMARY'] = saved;
  });
  it('appends to the step summary file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'summary-')), 'summary.md');
    writeFileSync(file, '# before\n');
    process.env['GITHUB_STEP_SUMMARY'] = file;
    await writeSummary('## after');
    expect(readFileSync(file, 'utf8')).toBe('# before\n## after\n');
  });
});
