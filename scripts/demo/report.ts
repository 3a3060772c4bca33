/**
 * The demo's report: one self-contained HTML file (no script, no request to anywhere) with the timeline as an inline
 * SVG, the timeline as a table, and every step's job summary rendered as GitHub shows it.
 */
import os from 'node:os';
import { escapeHtml, renderMarkdown } from './markdown.ts';
import { resultText, seconds, type Step } from './timeline.ts';

export interface ReportMeta {
  date: Date;
  durationMs: number;
  ok: boolean;
  /** One line about what was cleaned up. */
  cleanup: string;
}

type Tone = 'success' | 'provoked' | 'failure';

/** Green for a success, purple for a failure the demo provoked (and got), red for anything unexpected. */
function tone(step: Step): Tone {
  if (!step.ok) return 'failure';
  return /fail|switched-back/.test(step.result) ? 'provoked' : 'success';
}

const COLORS: Record<Tone, { bar: string; text: string }> = {
  success: { bar: '#1f883d', text: '#1a7f37' },
  provoked: { bar: '#8250df', text: '#8250df' },
  failure: { bar: '#cf222e', text: '#d1242f' },
};

const ICONS: Record<Tone, string> = { success: '✓', provoked: '✓', failure: '✗' };

/** The timeline as a Gantt chart: one row per step, grouped by stage, each bar linking to the step's summary. */
export function timelineSvg(steps: readonly Step[]): string {
  const labelWidth = 300;
  const chartWidth = 640;
  const rowHeight = 24;
  const stageGap = 10;
  const top = 28;
  const end = Math.max(1000, ...steps.map((step) => step.endMs));
  // A tick every 5, 10, 15, 30 or 60 s, whichever keeps 5 to 12 ticks.
  const tickSeconds = [5, 10, 15, 30, 60, 120].find((tick) => end / 1000 / tick <= 12) ?? 300;
  const x = (ms: number) => labelWidth + (ms / end) * chartWidth;
  const parts: string[] = [];
  let y = top;
  let stage = '';
  const rows: string[] = [];
  steps.forEach((step, index) => {
    if (step.stage !== stage) {
      if (stage !== '') y += stageGap;
      stage = step.stage;
      rows.push(
        `<text x="8" y="${y + 15}" class="stage">${escapeHtml(stage)}</text>`,
        `<line x1="8" x2="${labelWidth + chartWidth}" y1="${y + rowHeight}" y2="${y + rowHeight}" class="rule"/>`,
      );
      y += rowHeight;
    }
    const colors = COLORS[tone(step)];
    const width = Math.max(3, x(step.endMs) - x(step.startMs));
    const tip = `${step.stage} · ${step.title}: ${resultText(step)} (${seconds(step.endMs - step.startMs)})${step.figures.length ? `\n${step.figures.join('\n')}` : ''}`;
    rows.push(
      `<a href="#step-${index + 1}"><title>${escapeHtml(tip)}</title>`,
      `<text x="20" y="${y + 16}" class="label">${escapeHtml(step.title)}</text>`,
      `<rect x="${x(step.startMs).toFixed(1)}" y="${y + 5}" width="${width.toFixed(1)}" height="${rowHeight - 10}" rx="3" fill="${colors.bar}"/>`,
      `<text x="${(x(step.startMs) + width + 5).toFixed(1)}" y="${y + 16}" class="result" fill="${colors.text}">${escapeHtml(`${ICONS[tone(step)]} ${step.result}`)}</text>`,
      '</a>',
    );
    y += rowHeight;
  });
  const height = y + 12;
  for (let tick = 0; tick * 1000 <= end; tick += tickSeconds) {
    const at = x(tick * 1000).toFixed(1);
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${top - 6}" y2="${height - 8}" class="grid"/>`,
      `<text x="${at}" y="${top - 12}" class="tick">${tick} s</text>`,
    );
  }
  // Room on the right for the last bar's result.
  const width = labelWidth + chartWidth + 150;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Timeline of the demo's steps">`,
    '<style>.stage{font:600 13px sans-serif;fill:#1f2328}.label{font:12px sans-serif;fill:#1f2328}' +
      '.result{font:600 11px sans-serif}.tick{font:11px sans-serif;fill:#59636e;text-anchor:middle}' +
      '.grid{stroke:#d1d9e0;stroke-dasharray:2 3}.rule{stroke:#d1d9e0}a:hover .label{text-decoration:underline}</style>',
    ...parts,
    ...rows,
    '</svg>',
  ].join('\n');
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f6f8fa;color:#1f2328;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 16px 48px}
header h1{font-size:24px;font-weight:600;margin:0 0 4px}
.meta{color:#59636e;margin:0 0 16px}
.verdict{display:inline-block;border-radius:2em;padding:2px 12px;font-weight:600;color:#fff;margin-right:8px}
.verdict.ok{background:#1f883d}.verdict.bad{background:#cf222e}
.box{background:#fff;border:1px solid #d1d9e0;border-radius:6px;margin:16px 0;overflow:hidden}
.box>h2,.box>.step-head{margin:0;padding:10px 16px;border-bottom:1px solid #d1d9e0;background:#f6f8fa;font-size:14px;font-weight:600}
.box .body{padding:16px;overflow-x:auto}
.step-head{display:flex;gap:12px;align-items:baseline;flex-wrap:wrap}
.step-head .figures{color:#59636e;font-weight:400}
.state{font-weight:600}.state.success{color:#1a7f37}.state.provoked{color:#8250df}.state.failure{color:#d1242f}
.stage-title{font-size:18px;font-weight:600;margin:32px 0 0;padding-bottom:6px;border-bottom:1px solid #d1d9e0}
table.timeline{border-collapse:collapse;width:100%;font-size:13px}
table.timeline th,table.timeline td{border-bottom:1px solid #d1d9e0;padding:6px 8px;text-align:left;vertical-align:top}
table.timeline td.num{text-align:right;white-space:nowrap}
.markdown-body{font-size:14px;line-height:1.5;word-wrap:break-word}
.markdown-body>*:first-child{margin-top:0}.markdown-body>*:last-child{margin-bottom:0}
.markdown-body h1,.markdown-body h2,.markdown-body h3,.markdown-body h4{margin:24px 0 16px;font-weight:600;line-height:1.25}
.markdown-body h1,.markdown-body h2{padding-bottom:.3em;border-bottom:1px solid #d1d9e0b3}
.markdown-body h1{font-size:2em}.markdown-body h2{font-size:1.5em}.markdown-body h3{font-size:1.25em}.markdown-body h4{font-size:1em}
.markdown-body p,.markdown-body blockquote,.markdown-body ul,.markdown-body ol,.markdown-body table,.markdown-body pre,.markdown-body details,.markdown-body .alert{margin:0 0 16px}
.markdown-body table{border-collapse:collapse;display:block;width:max-content;max-width:100%;overflow:auto}
.markdown-body th,.markdown-body td{padding:6px 13px;border:1px solid #d1d9e0}
.markdown-body th{font-weight:600;background:#f6f8fa}
.markdown-body td[align=right]{white-space:nowrap}
.markdown-body tr:nth-child(2n) td{background:#f6f8fa}
.markdown-body code{padding:.2em .4em;font-size:85%;background:#818b981f;border-radius:6px;font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,monospace}
.markdown-body pre{padding:16px;background:#f6f8fa;border-radius:6px;overflow:auto;font-size:85%}
.markdown-body pre code{padding:0;background:transparent}
.markdown-body blockquote{padding:0 1em;color:#59636e;border-left:.25em solid #d1d9e0}
.markdown-body summary{cursor:pointer}
.markdown-body a{color:#0969da}
.markdown-body .alert{padding:8px 16px;border-left:.25em solid}
.markdown-body .alert-title{font-weight:600;margin:0 0 4px}
.alert-note{border-color:#0969da}.alert-note .alert-title{color:#0969da}
.alert-tip{border-color:#1a7f37}.alert-tip .alert-title{color:#1a7f37}
.alert-important{border-color:#8250df}.alert-important .alert-title{color:#8250df}
.alert-warning{border-color:#9a6700}.alert-warning .alert-title{color:#9a6700}
.alert-caution{border-color:#d1242f}.alert-caution .alert-title{color:#d1242f}
.errors{margin:0 0 12px;padding:8px 12px;background:#ffebe9;border:1px solid #ff818266;border-radius:6px;font-family:ui-monospace,monospace;font-size:12px;white-space:pre-wrap}
svg{max-width:100%;height:auto}
footer{color:#59636e;font-size:12px;margin-top:24px}
`;

function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.type()} ${os.release()}`;
}

export function renderReport(steps: readonly Step[], meta: ReportMeta): string {
  const rows = steps.map((step, index) => {
    const state = tone(step);
    return (
      `<tr><td class="num">${seconds(step.startMs)}</td><td class="num">${seconds(step.endMs - step.startMs)}</td>` +
      `<td>${escapeHtml(step.stage)}</td><td><a href="#step-${index + 1}">${escapeHtml(step.title)}</a></td>` +
      `<td>${step.action ? `<code>${escapeHtml(step.action)}</code>` : escapeHtml(step.by ?? '')}</td>` +
      `<td class="state ${state}">${ICONS[state]} ${escapeHtml(resultText(step))}</td>` +
      `<td>${escapeHtml(step.figures.join(' · '))}</td></tr>`
    );
  });
  const sections: string[] = [];
  let stage = '';
  steps.forEach((step, index) => {
    if (step.stage !== stage) {
      stage = step.stage;
      sections.push(`<h2 class="stage-title">${escapeHtml(stage)}</h2>`);
    }
    const state = tone(step);
    sections.push(
      `<section class="box step" id="step-${index + 1}" data-step="${index + 1}">`,
      `<div class="step-head"><span class="state ${state}">${ICONS[state]} ${escapeHtml(resultText(step))}</span>` +
        `<span>${escapeHtml(step.title)}</span>` +
        `<span class="figures">${escapeHtml(step.action ? `actions/${step.action}` : (step.by ?? ''))} · ${seconds(step.endMs - step.startMs)}</span></div>`,
      '<div class="body">',
      step.figures.length ? `<p class="figures"><strong>${escapeHtml(step.figures.join(' · '))}</strong></p>` : '',
      step.errors.length
        ? `<div class="errors">${step.errors.map((error) => `::error::${escapeHtml(error)}`).join('\n')}</div>`
        : '',
      `<div class="markdown-body">${renderMarkdown(step.summary)}</div>`,
      '</div></section>',
    );
  });
  const failed = steps.filter((step) => !step.ok).length;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pipeline-actions demo: ${meta.ok ? 'every step as expected' : `${failed} step(s) not as expected`}</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>pipeline-actions: the whole pipeline, run locally</h1>
<p class="meta"><span class="verdict ${meta.ok ? 'ok' : 'bad'}">${meta.ok ? 'Every step behaved as expected' : `${failed} step(s) did not behave as expected`}</span>
${escapeHtml(meta.date.toISOString())} · ${seconds(meta.durationMs)} · ${escapeHtml(machine())}</p>
<p>The sample service in <code>examples/sample-service</code> through the seed pipeline of <code>examples/workflows</code>:
its lint, security, test and coverage reports made by the real tools and judged by <code>quality-gate</code> and
<code>coverage-gate</code> (then once more with a change that breaks a gate); its releases deployed blue-green behind a
real proxy on loopback with wrk traffic running, smoke-tested over a watch window, a broken release switched back by
itself, and a manual <code>rollback</code>. Every action ran from its committed bundle through the runner harness, as on
GitHub; each step's job summary is below. Purple marks a failure the demo provokes on purpose.</p>
</header>
<section class="box"><h2>Timeline</h2><div class="body">
${timelineSvg(steps)}
</div></section>
<section class="box"><h2>Steps</h2><div class="body">
<table class="timeline"><thead><tr><th>Start</th><th>Took</th><th>Stage</th><th>Step</th><th>Action</th><th>Result</th><th>Key figures</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
</div></section>
${sections.join('\n')}
<footer>${escapeHtml(meta.cleanup)}</footer>
</main>
</body>
</html>
`;
}
