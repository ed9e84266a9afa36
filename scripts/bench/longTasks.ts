/**
 * Main-thread tasks over 50 ms, as the browser's Long Tasks API reports them: recorded from the page's first script
 * on, read back for a stretch of the page's clock. "No task over 100 ms" is how the benchmarks say the window never
 * froze.
 */
import type { Page } from '@playwright/test';

export type LongTask = Readonly<{ start: number; duration: number }>;

type Recorded = { __longTasks?: LongTask[] };

/** Starts recording on every page load of `page`; call before the first navigation. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks that started between two readings of `performance.now()` (to the end when `to` is absent). */
export function longTasksBetween(
  page: Page,
  from: number,
  to = Number.POSITIVE_INFINITY,
): Promise<LongTask[]> {
  return page.evaluate(
    ([start, end]) =>
      ((window as unknown as Recorded).__longTasks ?? []).filter(
        (task) => task.start >= start && task.start <= end,
      ),
    [from, to] as const,
  );
}

export const longest = (tasks: readonly LongTask[]): number =>
  Math.max(0, ...tasks.map((task) => task.duration));
