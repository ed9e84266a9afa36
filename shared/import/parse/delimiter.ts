/**
 * Which character separates the columns. Exports from German, French and Spanish Excel use `;` because `,` is their
 * decimal mark (`71,90`); tools write tabs or pipes. Counting every candidate on the first records, with quotes
 * respected, and taking the one that splits them most consistently, tells them apart.
 */

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

export type Delimiter = (typeof CANDIDATE_DELIMITERS)[number];

/** The chosen delimiter and how well it fits. */
export type DelimiterGuess = Readonly<{
  delimiter: Delimiter;
  /** The column count most records have. */
  columns: number;
  /** Share of the sampled records (0..1) that have exactly `columns` cells. */
  consistency: number;
}>;

/** How many records are enough to tell delimiters apart. */
const SAMPLE_RECORDS = 50;

/** Words for a delimiter, for format reasons and notes ("semicolon-separated text"). */
export const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/**
 * The delimiter that gives the most consistent column count above one, or `undefined` when no candidate splits the
 * text into columns (a single-column list or prose). Ties go to the higher column count, then to the order of
 * `CANDIDATE_DELIMITERS`. `complete` says the text is the whole file; otherwise its last, possibly cut, record is
 * ignored.
 */
export function sniffDelimiter(text: string, complete: boolean): DelimiterGuess | undefined {
  let best: DelimiterGuess | undefined;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const counts = countCells(text, delimiter, complete);
    const fit = bestFit(counts);
    if (fit === undefined || fit.columns < 2) continue;
    const guess: DelimiterGuess = { delimiter, ...fit };
    if (best === undefined || isBetter(guess, best)) best = guess;
  }
  return best;
}

function isBetter(a: DelimiterGuess, b: DelimiterGuess): boolean {
  if (a.consistency !== b.consistency) return a.consistency > b.consistency;
  return a.columns > b.columns;
}

function bestFit(counts: readonly number[]): { columns: number; consistency: number } | undefined {
  if (counts.length === 0) return undefined;
  const frequency = new Map<number, number>();
  for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let columns = 0;
  let times = 0;
  for (const [count, seen] of frequency) {
    if (seen > times || (seen === times && count > columns)) {
      columns = count;
      times = seen;
    }
  }
  return { columns, consistency: times / counts.length };
}

/**
 * Cells per record for one delimiter, following CSV quoting: a quote opens a quoted cell only at the start of a
 * cell, `""` inside it is a literal quote, and line breaks inside it do not end the record. Blank lines are skipped.
 */
export function countCells(text: string, delimiter: string, complete: boolean): number[] {
  const counts: number[] = [];
  let cells = 1;
  let inQuotes = false;
  let atCellStart = true;
  let hasContent = false;
  for (let i = 0; i < text.length && counts.length < SAMPLE_RECORDS; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i += 1;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      inQuotes = true;
      atCellStart = false;
      hasContent = true;
    } else if (ch === delimiter) {
      cells += 1;
      atCellStart = true;
      hasContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (hasContent) counts.push(cells);
      cells = 1;
      atCellStart = true;
      hasContent = false;
    } else {
      atCellStart = false;
      if (ch !== ' ') hasContent = true;
    }
  }
  // The last record counts only if the text is the whole file and the record is not cut inside a quoted cell.
  if (complete && hasContent && !inQuotes && counts.length < SAMPLE_RECORDS) counts.push(cells);
  return counts;
}
