/**
 * Markdown for job summaries and PR comments, within GitHub's limits: a step
 * summary over 1 MiB and a comment over 65,536 characters are cut with a note
 * rather than rejected (GitHub would drop the whole summary or refuse the comment).
 */
import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';

/** GitHub's limit for one step's summary file. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub's limit for an issue/PR comment body. */
export const COMMENT_LIMIT_CHARS = 65_536;

/**
 * Text from a report or a tool, made to show as written in GitHub Markdown: HTML-looking text
 * (`expected:<true> but was:<false>`) is not eaten as tags, brackets do not become links, `*` and `_` do not
 * become emphasis. Newlines are kept (see escapeCell for table cells).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      // Only what could start an entity or a tag: `p(95)<1000` and `a & b` stay as they are.
      .replace(/&(?=[A-Za-z#])/g, '&amp;')
      .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
  );
}

/** Markdown written on purpose (emphasis, a code span), which a table cell keeps as it is. */
export class Markdown {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

/** Marks `text` as Markdown for a table cell; anything else in a cell is shown literally. */
export function markdown(text: string): Markdown {
  return new Markdown(text);
}

/** A code span holding `text` as is (paths, thresholds): a fence longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/**
 * A table cell: text shown literally (escapeMarkdown, newlines as <br>); a Markdown value as written, with
 * its pipes escaped so the row keeps its columns (GitHub honours `\\|` inside code spans in tables too).
 */
export function escapeCell(value: unknown): string {
  if (value instanceof Markdown) return value.text.replace(/(?<!\\)\|/g, '\\|').replace(/\r?\n/g, '<br>');
  return escapeMarkdown(String(value ?? '')).replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table. `align` per column: 'l' | 'r' | 'c'. */
export function table(headers: string[], rows: unknown[][], align: ('l' | 'r' | 'c')[] = []): string {
  const separator = headers.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[align[i] ?? 'l']);
  const lines = [headers.map(escapeCell), separator, ...rows.map((row) => row.map(escapeCell))];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** A collapsible block. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Cuts `text` at a line boundary so that it plus `note` fits `limit` measured by `size`. */
function cut(text: string, limit: number, size: (s: string) => number, note: (omitted: number) => string): string {
  if (size(text) <= limit) return text;
  const reserve = size(note(text.length)) + 1;
  // Binary search the longest prefix that fits; `size` may be bytes, not characters.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size(text.slice(0, mid)) + reserve <= limit) low = mid;
    else high = mid - 1;
  }
  const lineEnd = text.lastIndexOf('\n', low);
  const kept = text.slice(0, lineEnd > low / 2 ? lineEnd : low);
  return `${kept}\n${note(text.length - kept.length)}`;
}

/** Fits a PR comment into 65,536 characters, with a note saying what was cut. */
export function fitComment(markdown: string, limit = COMMENT_LIMIT_CHARS): string {
  return cut(
    markdown,
    limit,
    (s) => s.length,
    (omitted) =>
      `\n> [!NOTE]\n> This comment was cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit (${omitted.toLocaleString('en-US')} characters omitted). The job summary has the full report.`,
  );
}

/** Fits a step summary into 1 MiB, with a note saying what was cut. */
export function fitSummary(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES): string {
  return cut(
    markdown,
    limitBytes,
    (s) => Buffer.byteLength(s, 'utf8'),
    (omitted) =>
      `\n> [!NOTE]\n> This summary was cut to fit GitHub's 1 MiB step-summary limit (${omitted.toLocaleString('en-US')} characters omitted).`,
  );
}

/**
 * Appends Markdown to the step summary (GITHUB_STEP_SUMMARY), cut to fit.
 * Outside the runner (no summary file) it does nothing. A failure to write
 * is a warning: the summary never decides the outcome.
 */
export async function writeSummary(markdown: string): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  try {
    await appendFile(file, `${fitSummary(markdown)}\n`, 'utf8');
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}
