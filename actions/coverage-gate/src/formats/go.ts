import { FileError, detach, scanLines } from '@pipeline-actions/shared';
import { ReportBuilder } from '../model.ts';

// file:startLine.startCol,endLine.endCol numStmt count
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

/**
 * Go cover profile (`go test -coverprofile`, modes set/count/atomic; several profiles concatenated
 * with repeated mode lines are accepted). Statements are the blocks weighted by their statement
 * count, which is exactly what `go tool cover -func` totals; a line is executable when a block spans
 * it and covered when any block spanning it ran. Paths are import paths, mapped through go.mod later.
 */
export async function parseGoProfile(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let sawMode = false;
  await scanLines(path, (text, line) => {
    if (text.startsWith('mode:')) {
      const mode = text.slice(5).trim();
      if (mode !== 'set' && mode !== 'count' && mode !== 'atomic')
        throw new FileError(path, `unknown cover mode '${mode}'`, line);
      sawMode = true;
      return;
    }
    if (text.trim() === '') return;
    if (!sawMode)
      throw new FileError(path, 'is not a Go cover profile: the first line must be "mode: set|count|atomic"', line);
    const match = BLOCK.exec(text);
    if (!match) throw new FileError(path, `is not a valid Go cover profile line: '${text.slice(0, 80)}'`, line);
    const [, name, sl, sc, el, ec, stmts, hits] = match as unknown as string[];
    const file = builder.files.get(name!) ?? builder.fileFor(detach(name!));
    const count = Number(hits);
    // Blocks repeat when profiles of several packages are concatenated (-coverpkg): same key merges.
    file.addStatement(detach(`${sl}.${sc},${el}.${ec}`), Number(stmts), count);
    const start = Number(sl);
    const end = Number(el);
    for (let l = start; l <= end; l++) file.addLine(l, count);
  });
  return builder.finish();
}
