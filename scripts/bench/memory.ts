/**
 * Peak resident memory of the browser this benchmark started, while something runs: the sum over the Chromium
 * processes descending from this Node process (browser, renderers, workers' renderer, GPU, utilities), sampled
 * from /proc. Other browsers on the machine (a test run beside the benchmark) are not counted. Linux only;
 * elsewhere it reports 0.
 */
import { readdirSync, readFileSync } from 'node:fs';

type Proc = Readonly<{ pid: number; ppid: number; rss: number; chromium: boolean }>;

function readProc(pid: string): Proc | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    const chromium = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium');
    return { pid: Number(pid), ppid, rss, chromium };
  } catch {
    return undefined; // the process ended while we looked
  }
}

function ourChromiumRssBytes(): number {
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const procs = pids.map(readProc).filter((p): p is Proc => p !== undefined);
  const children = new Map<number, Proc[]>();
  for (const proc of procs) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc]);
  let total = 0;
  const walk = (pid: number): void => {
    for (const child of children.get(pid) ?? []) {
      if (child.chromium) total += child.rss;
      walk(child.pid);
    }
  };
  walk(process.pid);
  return total;
}

export function sampleMemory(intervalMs = 250): { stop: () => number; peak: () => number } {
  let peak = ourChromiumRssBytes();
  const timer = setInterval(() => {
    peak = Math.max(peak, ourChromiumRssBytes());
  }, intervalMs);
  return {
    peak: () => peak,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
