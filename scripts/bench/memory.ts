/**
 * Peak resident memory of the browser while something runs: the sum over Chromium's processes (page, workers'
 * renderer, GPU, browser), sampled from /proc. Linux only; elsewhere it reports 0.
 */
import { readdirSync, readFileSync } from 'node:fs';

function chromiumRssBytes(): number {
  let total = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss?.[1]) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

export function sampleMemory(intervalMs = 250): { stop: () => number } {
  let peak = chromiumRssBytes();
  const timer = setInterval(() => {
    peak = Math.max(peak, chromiumRssBytes());
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
