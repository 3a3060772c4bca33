/**
 * Every process the demo starts has its run directory on its command line (nginx's prefix, HAProxy's config, the
 * slots' pid files, wrk's script: TMPDIR points into it) or descends from one that has (nginx's and HAProxy's
 * workers). That is how they are found again: seen while the demo runs, and stopped at the end.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface SeenProcess {
  pid: number;
  command: string;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** pid → [parent pid, state, command line] of every process now. */
function processTable(): Map<number, { ppid: number; state: string; command: string }> {
  const table = new Map<number, { ppid: number; state: string; command: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    const cmdline = read(`/proc/${entry}/cmdline`);
    if (stat === undefined || cmdline === undefined) continue;
    // The command name in parentheses may itself hold spaces and parentheses: the fields follow the last ')'.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(entry), { ppid: Number(ppid), state: state ?? '', command: cmdline.replace(/\0/g, ' ').trim() });
  }
  return table;
}

/** Live processes (zombies left out) whose command line holds `marker`, and all their descendants. */
export function processesOf(marker: string): SeenProcess[] {
  const table = processTable();
  const found = new Set<number>();
  for (const [pid, info] of table) if (info.command.includes(marker) && pid !== process.pid) found.add(pid);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, info] of table) {
      if (!found.has(pid) && found.has(info.ppid)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  return [...found]
    .filter((pid) => table.get(pid)?.state !== 'Z')
    .map((pid) => ({ pid, command: table.get(pid)!.command }));
}

export function isAlive(pid: number): boolean {
  const stat = read(`/proc/${pid}/stat`);
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

/** Remembers every process seen under a marker, so the end can say what was started and that it is gone. */
export class ProcessWatch {
  readonly seen = new Map<number, string>();
  readonly marker: string;
  constructor(marker: string) {
    this.marker = marker;
  }

  look(): void {
    for (const { pid, command } of processesOf(this.marker)) if (!this.seen.has(pid)) this.seen.set(pid, command);
  }

  /** SIGTERM to what is left, SIGKILL after `graceMs`; returns what had to be stopped this way. */
  async stopLeftovers(graceMs = 3000): Promise<SeenProcess[]> {
    const left = processesOf(this.marker);
    for (const { pid } of left) signal(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (left.some(({ pid }) => isAlive(pid)) && Date.now() < deadline) await sleep(50);
    for (const { pid } of left) if (isAlive(pid)) signal(pid, 'SIGKILL');
    return left;
  }

  /** Processes seen at some point that still run (the same command line: not a pid reused since). */
  survivors(): SeenProcess[] {
    return [...this.seen]
      .filter(([pid, command]) => isAlive(pid) && read(`/proc/${pid}/cmdline`)?.replace(/\0/g, ' ').trim() === command)
      .map(([pid, command]) => ({ pid, command }));
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Gone already.
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
