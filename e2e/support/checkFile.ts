/** Runs the headless `check-file` on files, as a data provider would, and returns its JSON report. */
import { spawnSync } from 'node:child_process';

export type CheckFileReport = Readonly<{
  files: ReadonlyArray<
    Readonly<{
      file: string;
      ok: boolean;
      format?: string;
      rowsRead?: number;
      rowsRejected?: number;
      entities?: Readonly<Record<string, number>>;
      identifiers?: Readonly<Record<string, number>>;
      links?: Readonly<Record<string, number>>;
      error?: string;
    }>
  >;
}>;

export function checkFile(paths: readonly string[], options: readonly string[] = []): CheckFileReport {
  const result = spawnSync('npx', ['tsx', 'scripts/check-file.ts', ...options, ...paths], {
    encoding: 'utf8',
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`check-file failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as CheckFileReport;
}
