// Writes each action README's inputs/outputs tables from its action.yml,
// between <!-- inputs:start --> / <!-- inputs:end --> (and outputs) markers,
// so the docs cannot drift from the metadata. `--check` fails instead of writing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { listActions, root } from './actions.mjs';

const check = process.argv.includes('--check');

function cell(text) {
  return String(text ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r?\n+/g, ' ');
}

function code(value) {
  if (value === undefined || value === null || value === '') return '';
  const text = String(value);
  return text.includes('\n') ? `<code>${cell(text.replace(/`/g, "'"))}</code>` : `\`${text.replace(/`/g, "'")}\``;
}

export function inputsTable(metadata) {
  const rows = Object.entries(metadata.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${code(input.default)} | ${cell(input.description)} |`,
  );
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(metadata) {
  const rows = Object.entries(metadata.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  if (rows.length === 0) return 'This action has no outputs yet.';
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBlock(text, marker, body, file) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) throw new Error(`${file}: missing ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

let stale = 0;

// The root README quotes benchmark results between <!-- bench:<name>:start/end --> markers.
{
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  let updated = readme;
  for (const [, name] of readme.matchAll(/<!-- bench:([a-z-]+):start -->/g)) {
    const results = readFileSync(path.join(root, 'bench', 'results', `${name}.md`), 'utf8')
      .replace(/^# .*\n+/, '')
      .trim();
    updated = replaceBlock(updated, `bench:${name}`, results, readmePath);
  }
  if (updated !== readme) {
    if (check) {
      console.error(`${readmePath}: benchmark results are out of date; run \`pnpm docs\`.`);
      stale++;
    } else {
      writeFileSync(readmePath, updated);
      console.log('updated README.md');
    }
  }
}
for (const action of listActions()) {
  const metadata = parse(readFileSync(path.join(action.dir, 'action.yml'), 'utf8'));
  const readmePath = path.join(action.dir, 'README.md');
  let readme;
  try {
    readme = readFileSync(readmePath, 'utf8');
  } catch {
    console.error(`${readmePath}: missing`);
    stale++;
    continue;
  }
  let updated;
  try {
    updated = replaceBlock(readme, 'inputs', inputsTable(metadata), readmePath);
    updated = replaceBlock(updated, 'outputs', outputsTable(metadata), readmePath);
  } catch (error) {
    console.error(error.message);
    stale++;
    continue;
  }
  if (updated !== readme) {
    if (check) {
      console.error(`${readmePath}: inputs/outputs tables are out of date; run \`pnpm docs\`.`);
      stale++;
    } else {
      writeFileSync(readmePath, updated);
      console.log(`updated ${path.relative(process.cwd(), readmePath)}`);
    }
  }
}
process.exit(stale ? 1 : 0);
