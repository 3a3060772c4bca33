import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport } from '../../src/parse.ts';
import { makeTempDir, run, totalsOf, writeTree } from './helpers.ts';

// Debian's libjacoco-java: the agent, plus the core/report libraries the JaCoCo CLI is built on.
const JAVA = '/usr/share/java';
const CLASSPATH = ['org.jacoco.core.jar', 'org.jacoco.report.jar', 'asm.jar', 'asm-commons.jar', 'asm-tree.jar']
  .map((j) => join(JAVA, j))
  .join(':');

const SOURCES = {
  'src/main/java/shop/Cart.java': `package shop;

public class Cart {
  private int total;

  public void add(int price) {
    if (price < 0) {
      throw new IllegalArgumentException("negative");
    }
    total += price > 100 ? price - 10 : price;
  }

  public int total() { return total; }

  public String label() {
    return total > 50 && total < 500 ? "medium" : "other";
  }

  static class Line {
    int qty;
    Line(int qty) { this.qty = qty; }
    boolean many() { return qty > 1; }
  }
}
`,
  'src/main/java/shop/Main.java': `package shop;

public class Main {
  public static void main(String[] args) {
    Cart cart = new Cart();
    cart.add(5);
    cart.add(150);
    System.out.println(cart.total() + " " + new Cart.Line(3).many());
  }
}
`,
  // What jacococli's "report" command does: analyze the classes against the exec file and write XML and CSV.
  'tools/Report.java': `import java.io.*;
import org.jacoco.core.analysis.*;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.*;
import org.jacoco.report.csv.CSVFormatter;
import org.jacoco.report.xml.XMLFormatter;

public class Report {
  public static void main(String[] a) throws Exception {
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(new File(a[0]));
    CoverageBuilder builder = new CoverageBuilder();
    new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(new File(a[1]));
    IBundleCoverage bundle = builder.getBundle("shop");
    for (String[] out : new String[][] {{"xml", a[2]}, {"csv", a[3]}}) {
      IReportVisitor v = out[0].equals("xml")
          ? new XMLFormatter().createVisitor(new FileOutputStream(out[1]))
          : new CSVFormatter().createVisitor(new FileOutputStream(out[1]));
      v.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
      v.visitBundle(bundle, new DirectorySourceFileLocator(new File("src/main/java"), "utf-8", 4));
      v.visitEnd();
    }
  }
}
`,
};

let dir: string;
const csv = { LINE: { covered: 0, total: 0 }, BRANCH: { covered: 0, total: 0 }, METHOD: { covered: 0, total: 0 } };

beforeAll(async () => {
  dir = await makeTempDir('jacoco');
  await writeTree(dir, SOURCES);
  // JaCoCo 0.8.6 reads class files up to Java 15: compile for 11.
  run(
    'javac',
    ['--release', '11', '-d', 'classes', 'src/main/java/shop/Cart.java', 'src/main/java/shop/Main.java'],
    dir,
  );
  // The runnable agent (jacocoagent.jar) ships inside org.jacoco.agent.jar.
  run('jar', ['xf', join(JAVA, 'org.jacoco.agent.jar'), 'jacocoagent.jar'], dir);
  run('java', ['-javaagent:jacocoagent.jar=destfile=jacoco.exec', '-cp', 'classes', 'shop.Main'], dir);
  run('javac', ['-cp', CLASSPATH, '-d', 'tools', 'tools/Report.java'], dir);
  run('java', ['-cp', `${CLASSPATH}:tools`, 'Report', 'jacoco.exec', 'classes', 'jacoco.xml', 'jacoco.csv'], dir);
  // GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,LINE_COVERED,...,METHOD_MISSED,METHOD_COVERED
  const rows = (await readFile(join(dir, 'jacoco.csv'), 'utf8')).trim().split('\n');
  const header = rows[0]!.split(',');
  for (const row of rows.slice(1)) {
    const cells = row.split(',');
    for (const counter of ['LINE', 'BRANCH', 'METHOD'] as const) {
      const missed = Number(cells[header.indexOf(`${counter}_MISSED`)]);
      const covered = Number(cells[header.indexOf(`${counter}_COVERED`)]);
      csv[counter].covered += covered;
      csv[counter].total += missed + covered;
    }
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('JaCoCo XML matches JaCoCo CSV', () => {
  it('line, branch and method counters', async () => {
    const report = await parseReport(join(dir, 'jacoco.xml'));
    expect(report.format).toBe('jacoco');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(csv.LINE);
    expect(totals.branches).toEqual(csv.BRANCH);
    expect(totals.functions).toEqual(csv.METHOD);
    expect(totals.branches.total).toBeGreaterThan(0);
    expect([...report.files.keys()].sort()).toEqual(['shop/Cart.java', 'shop/Main.java']);
  });
});
