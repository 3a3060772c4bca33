/** The demo report's Markdown renderer on what the actions' job summaries hold. */
import { describe, expect, test } from '@jest/globals';
import { renderInline, renderMarkdown } from '../../scripts/demo/markdown.ts';

describe('renderMarkdown', () => {
  test('a summary as the actions write it: heading, alert, table with alignment, details', () => {
    const html = renderMarkdown(
      [
        '## Smoke test ❌ failed',
        '',
        '> [!WARNING]',
        '> Stopped early after 2.81s: threshold `rate<0.01` could no longer be met.',
        '',
        '|  | Scope | Threshold | Actual |',
        '| :---: | --- | --- | ---: |',
        '| ❌ | (all) | \\`rate&lt;0.01\\` | 0.0351 |',
        '| ✅ | `a\\|b` | **bold** | 1 |',
        '',
        '<details open><summary>Rules (3)</summary>',
        '',
        '- one',
        '- two with `code`',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(html).toContain('<h2>Smoke test ❌ failed</h2>');
    expect(html).toContain(
      '<div class="alert alert-warning"><p class="alert-title">Warning</p><p>Stopped early after 2.81s: threshold <code>rate&lt;0.01</code> could no longer be met.</p></div>',
    );
    expect(html).toContain('<th align="center"></th><th>Scope</th><th>Threshold</th><th align="right">Actual</th>');
    // Escaped backticks stay literal, entities stay entities, a pipe escaped in a code span stays in the cell.
    expect(html).toContain('<td>`rate&lt;0.01`</td><td align="right">0.0351</td>');
    expect(html).toContain('<td><code>a|b</code></td><td><strong>bold</strong></td>');
    expect(html).toContain('<details open><summary>Rules (3)</summary>');
    expect(html).toContain('<ul><li>one</li><li>two with <code>code</code></li></ul>');
    expect(html).toContain('</details>');
  });

  test('paragraphs, fenced code, ordered lists, rules, block quotes', () => {
    expect(renderMarkdown('a\nb\n\n```sh\nx < y\n```\n\n1. first\n2. second\n\n---\n\n> quoted')).toBe(
      [
        '<p>a\nb</p>',
        '<pre><code class="language-sh">x &lt; y</code></pre>',
        '<ol><li>first</li><li>second</li></ol>',
        '<hr>',
        '<blockquote><p>quoted</p></blockquote>',
      ].join('\n'),
    );
  });
});

describe('renderInline', () => {
  test('emphasis, links, autolinks, escapes', () => {
    expect(renderInline('**a** *b* _c_ ~~d~~ snake_case_name')).toBe(
      '<strong>a</strong> <em>b</em> <em>c</em> <del>d</del> snake_case_name',
    );
    expect(renderInline('[run](https://github.com/o/r/actions/runs/1?a=1&b=2)')).toBe(
      '<a href="https://github.com/o/r/actions/runs/1?a=1&amp;b=2">run</a>',
    );
    expect(renderInline('through http://127.0.0.1:8080: 60 requests')).toBe(
      'through <a href="http://127.0.0.1:8080">http://127.0.0.1:8080</a>: 60 requests',
    );
    expect(renderInline('\\*not emphasis\\* \\[not a link\\](x)')).toBe('*not emphasis* [not a link](x)');
  });

  test('only harmless HTML survives; images and scripts load nothing', () => {
    expect(renderInline('<sub>small</sub><br>')).toBe('<sub>small</sub><br>');
    expect(renderInline('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(renderInline('<a href="javascript:alert(1)" onclick="x()">x</a>')).toBe('<a>x</a>');
    expect(renderInline('<img src="https://example.com/x.png">')).toBe(
      '&lt;img src=&quot;https://example.com/x.png&quot;&gt;',
    );
    expect(renderInline('![badge](https://example.com/badge.svg)')).toBe('badge');
    expect(renderInline('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderInline('expected:<true> but was:<false>')).toBe('expected:&lt;true&gt; but was:&lt;false&gt;');
  });
});
