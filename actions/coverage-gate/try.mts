import { parseReport } from '/work/main/actions/coverage-gate/src/formats/index.ts';
import { addTotals, emptyTotals, percent } from '/work/main/actions/coverage-gate/src/model.ts';
for (const f of process.argv.slice(2)) {
  const t0 = performance.now();
  try {
    const r = await parseReport(f);
    const tot = emptyTotals();
    for (const file of r.files.values()) addTotals(tot, file.totals());
    const fmt = (m: keyof typeof tot) => `${m}=${tot[m].covered}/${tot[m].total} (${percent(tot[m])?.toFixed(2)})`;
    console.log(f.split('/').pop(), r.format, r.files.size, 'files', fmt('lines'), fmt('branches'), fmt('functions'), fmt('statements'), (performance.now()-t0).toFixed(0)+'ms', r.sourceRoots.slice(0,2));
  } catch (e) { console.log(f.split('/').pop(), 'ERROR', (e as Error).message); }
}
