/**
 * GitHub-flavoured Markdown to HTML, for the job summaries in the demo's report: what the actions of this repository
 * write (headings, paragraphs, tables with alignment, lists, fenced code, block quotes and GitHub alerts, <details>,
 * code spans, emphasis, links, backslash escapes, entities). Raw HTML is kept only for a short list of harmless tags
 * and attributes; everything else is shown as text. Images load nothing from outside: the report is self-contained.
 */

const BLOCK_TAGS = /^<\/?(details|summary|div|table|thead|tbody|tr|th|td|p|pre|ul|ol|li|h[1-6]|blockquote|hr)\b/i;
const ALLOWED_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'code',
  'del',
  'details',
  'div',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'samp',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);
const ALLOWED_ATTRIBUTES = new Set(['open', 'align', 'href', 'title', 'colspan', 'rowspan']);
const ALERTS: Record<string, string> = {
  NOTE: 'Note',
  TIP: 'Tip',
  IMPORTANT: 'Important',
  WARNING: 'Warning',
  CAUTION: 'Caution',
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** http(s), mailto, in-page and relative links; anything else (javascript:, data:) is dropped. */
function safeUrl(url: string): string | undefined {
  const decoded = url.replace(/&amp;/g, '&').trim();
  if (/^(https?:|mailto:|#|\/|\.{1,2}\/)/i.test(decoded) || !/^[a-z][a-z0-9+.-]*:/i.test(decoded)) return decoded;
  return undefined;
}

/** One allowed tag with its allowed attributes, rebuilt; undefined when the tag is not allowed. */
function sanitizeTag(tag: string): string | undefined {
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>$/.exec(tag);
  if (!match) return undefined;
  const [, closing, rawName, rawAttributes, selfClosing] = match as unknown as [string, string, string, string, string];
  const name = rawName.toLowerCase();
  if (!ALLOWED_TAGS.has(name)) return undefined;
  if (closing) return `</${name}>`;
  const attributes: string[] = [];
  for (const attribute of rawAttributes.matchAll(/([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const key = attribute[1]!.toLowerCase();
    if (!ALLOWED_ATTRIBUTES.has(key)) continue;
    const value = attribute[2] ?? attribute[3] ?? attribute[4];
    if (value === undefined) {
      attributes.push(key);
      continue;
    }
    const kept = key === 'href' ? safeUrl(value) : value;
    if (kept !== undefined) attributes.push(`${key}="${escapeHtml(kept)}"`);
  }
  return `<${name}${attributes.map((attribute) => ` ${attribute}`).join('')}${selfClosing ? ' /' : ''}>`;
}

/** Inline Markdown: code spans, escapes, entities, allowed HTML, links, emphasis, hard breaks. */
export function renderInline(text: string): string {
  const kept: string[] = [];
  const keep = (html: string) => `\uE000${kept.push(html) - 1}\uE001`;
  let out = '';
  for (let i = 0; i < text.length;) {
    const char = text[i]!;
    if (char === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(run, i + run.length);
      // A closing run of exactly the same length (not part of a longer one).
      let end = close;
      while (end !== -1 && text[end + run.length] === '`') end = text.indexOf(run, end + run.length + 1);
      if (end !== -1) {
        let code = text.slice(i + run.length, end).replace(/\n/g, ' ');
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        out += keep(`<code>${escapeHtml(code)}</code>`);
        i = end + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    if (char === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      if (/[!-/:-@[-`{-~]/.test(next)) {
        out += keep(escapeHtml(next));
        i += 2;
        continue;
      }
      if (next === '\n') {
        out += keep('<br>\n');
        i += 2;
        continue;
      }
    }
    if (char === '&') {
      const entity = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.exec(text.slice(i));
      out += keep(entity ? entity[0] : '&amp;');
      i += entity ? entity[0].length : 1;
      continue;
    }
    if (char === '<') {
      const autolink = /^<(https?:\/\/[^\s<>]+)>/.exec(text.slice(i));
      if (autolink) {
        const url = escapeHtml(autolink[1]!);
        out += keep(`<a href="${url}">${url}</a>`);
        i += autolink[0].length;
        continue;
      }
      const tag = /^<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/.exec(
        text.slice(i),
      );
      const html = tag ? sanitizeTag(tag[0]) : undefined;
      if (tag && html !== undefined) {
        out += keep(html);
        i += tag[0].length;
        continue;
      }
      out += keep('&lt;');
      i += 1;
      continue;
    }
    if (char === '>') {
      out += keep('&gt;');
      i += 1;
      continue;
    }
    if (char === '"') {
      out += keep('&quot;');
      i += 1;
      continue;
    }
    out += char;
    i += 1;
  }
  const restore = (html: string): string =>
    html.replace(/\uE000(\d+)\uE001/g, (_, index: string) => restore(kept[Number(index)]!));
  out = out
    // Images would load from outside the report: their text stands in.
    .replace(/!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)/g, (whole, label: string, url: string, title?: string) => {
      const href = safeUrl(restore(url));
      if (href === undefined) return label;
      return (
        keep(`<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`) + label + keep('</a>')
      );
    })
    .replace(/(^|[\s(])(https?:\/\/[^\s<>\uE000]+[^\s<>.,;:!?)\uE000])/g, (_, before: string, url: string) => {
      return `${before}${keep(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`)}`;
    })
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w])__(?=\S)([\s\S]*?\S)__(?!\w)/g, '$1<strong>$2</strong>')
    .replace(/\*(?=[^\s*])([\s\S]*?[^\s*])\*/g, '<em>$1</em>')
    .replace(/(^|[^\w])_(?=\S)([\s\S]*?\S)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>')
    .replace(/ {2,}\n/g, '<br>\n');
  return restore(out);
}

/** Splits a table row on pipes that are not escaped; `\|` becomes a plain pipe in the cell (code spans too). */
function tableCells(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < trimmed.length; i++) {
    if (trimmed[i] === '\\' && trimmed[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (trimmed[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += trimmed[i];
    }
  }
  cells.push(cell.trim());
  return cells;
}

const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])( +|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/;

function isBlockStart(line: string, next: string | undefined): boolean {
  return (
    /^ {0,3}#{1,6}(\s|$)/.test(line) ||
    FENCE.test(line) ||
    /^ {0,3}>/.test(line) ||
    LIST_ITEM.test(line) ||
    /^ {0,3}([-*_])( *\1){2,} *$/.test(line) ||
    BLOCK_TAGS.test(line.trim()) ||
    (line.includes('|') && next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('-'))
  );
}

/** Block Markdown to HTML. */
export function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const html: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++;
      const language = fence[2] ? ` class="language-${escapeHtml(fence[2])}"` : '';
      html.push(`<pre><code${language}>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^ {0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      html.push(`<h${level}>${renderInline(heading[2]!)}</h${level}>`);
      i++;
      continue;
    }
    if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) {
      html.push('<hr>');
      i++;
      continue;
    }
    if (line.includes('|') && next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('-')) {
      const header = tableCells(line);
      const align = tableCells(next).map((cell) =>
        cell.startsWith(':') && cell.endsWith(':') ? 'center' : cell.endsWith(':') ? 'right' : '',
      );
      const cell = (tag: string, text: string, index: number) =>
        `<${tag}${align[index] ? ` align="${align[index]}"` : ''}>${renderInline(text)}</${tag}>`;
      const rows: string[] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim() !== '' && lines[i]!.includes('|')) {
        const cells = tableCells(lines[i]!);
        rows.push(`<tr>${header.map((_, index) => cell('td', cells[index] ?? '', index)).join('')}</tr>`);
        i++;
      }
      html.push(
        `<table><thead><tr>${header.map((text, index) => cell('th', text, index)).join('')}</tr></thead>` +
          `<tbody>${rows.join('')}</tbody></table>`,
      );
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^ {0,3}>/.test(lines[i]!)) body.push(lines[i++]!.replace(/^ {0,3}> ?/, ''));
      const alert = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/.exec(body[0]?.trim() ?? '');
      if (alert) {
        const kind = alert[1]!;
        html.push(
          `<div class="alert alert-${kind.toLowerCase()}"><p class="alert-title">${ALERTS[kind]}</p>` +
            `${renderMarkdown(body.slice(1).join('\n'))}</div>`,
        );
      } else {
        html.push(`<blockquote>${renderMarkdown(body.join('\n'))}</blockquote>`);
      }
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]!);
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i]!;
        const start = LIST_ITEM.exec(current);
        if (start && /\d/.test(start[2]!) === ordered && start[1]!.length <= item[1]!.length + 1) {
          items.push([current.slice(start[0].length)]);
        } else if (current.trim() === '') {
          // A blank line ends the list unless an indented line or another item follows.
          const after = lines[i + 1];
          if (after === undefined || !(/^\s{2,}\S/.test(after) || LIST_ITEM.test(after))) break;
          items[items.length - 1]!.push('');
        } else if (/^\s{2,}\S/.test(current) || !isBlockStart(current, lines[i + 1])) {
          items[items.length - 1]!.push(current.replace(/^\s{1,4}/, ''));
        } else {
          break;
        }
        i++;
      }
      const tag = ordered ? 'ol' : 'ul';
      const first = ordered ? Number(/\d+/.exec(item[2]!)![0]) : 1;
      const rendered = items.map((body) => {
        const inner = renderMarkdown(body.join('\n'));
        // A tight item is its text, not a paragraph.
        return `<li>${body.includes('') ? inner : inner.replace(/^<p>([\s\S]*?)<\/p>/, '$1')}</li>`;
      });
      html.push(`<${tag}${first !== 1 ? ` start="${first}"` : ''}>${rendered.join('')}</${tag}>`);
      continue;
    }
    if (BLOCK_TAGS.test(line.trim())) {
      // An HTML block runs to the next blank line.
      const body: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '') body.push(lines[i++]!);
      html.push(renderInline(body.join('\n')));
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') {
      if (paragraph.length > 0 && isBlockStart(lines[i]!, lines[i + 1])) break;
      paragraph.push(lines[i++]!.replace(/^\s+/, ''));
    }
    html.push(`<p>${renderInline(paragraph.join('\n'))}</p>`);
  }
  return html.join('\n');
}
