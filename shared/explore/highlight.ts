/**
 * Which field of an entity a search matched and where, so a result can show "E-mail: **vertrieb**@kalomi.de"
 * instead of only a name. Matching is on folded text (case and accents ignored) but the ranges point into the
 * original text, so `Größe` is highlighted whole when `gross` was typed.
 */
import type { Entity, PropertyValue } from '../model/entity';
import { propertyLabel } from '../model/propertyLabel';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { foldText, isPhoneLike, phoneQueryDigits, phoneTerms, type QueryPart } from './searchTokens';

export type Highlight = Readonly<{
  field: string;
  label: string;
  text: string;
  /** [start, end) in `text`, ascending, not overlapping. */
  ranges: readonly (readonly [number, number])[];
}>;

/** Folds a text and remembers, for each folded character, the original index it came from. */
function foldWithMap(text: string): Readonly<{ folded: string; origin: number[] }> {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = foldText(char);
    folded += part;
    for (let i = 0; i < part.length; i++) origin.push(index);
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Ranges of `term` in `text` where it starts a word (or anywhere, for whole values like e-mails and URLs). */
function rangesOf(text: string, term: string): [number, number][] {
  const { folded, origin } = foldWithMap(text);
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(term, from);
    if (at < 0) break;
    const before = at === 0 ? '' : folded.charAt(at - 1);
    const wholeValue = /[@./]/.test(term);
    if (wholeValue || before === '' || !/[\p{L}\p{N}]/u.test(before)) {
      const start = origin[at] ?? 0;
      const end = origin[at + term.length] ?? text.length;
      out.push([start, end]);
    }
    from = at + term.length;
  }
  return out;
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

/** The fields searched, in the order a match is reported: names first, then identifiers, then notes. */
function fieldsOf(entity: Entity & { note?: string }): { field: string; label: string; text: string }[] {
  const fields: { field: string; label: string; text: string }[] = [];
  for (const [prop, values] of Object.entries(
    entity.properties as Readonly<Record<string, readonly PropertyValue[]>>,
  )) {
    for (const { value } of values)
      fields.push({ field: prop, label: propertyLabel(prop), text: String(value) });
  }
  if (entity.tags.length > 0) fields.push({ field: 'tags', label: 'Tags', text: entity.tags.join(', ') });
  if (entity.note) fields.push({ field: 'note', label: 'Note', text: entity.note });
  return fields;
}

/** The first field that contains every part of the query (or the most of them), with the matched ranges. */
export function highlightMatch(
  entity: Entity & { note?: string },
  parts: readonly QueryPart[],
): Highlight | undefined {
  let best: Highlight | undefined;
  let bestCount = 0;
  for (const { field, label, text } of fieldsOf(entity)) {
    const ranges: [number, number][] = [];
    let count = 0;
    for (const part of parts) {
      const found =
        entity.kind === 'phone' && isPhoneLike(part.typed)
          ? phoneDigitsMatch(text, part.term)
          : rangesOf(text, part.term);
      if (found.length > 0) count += 1;
      ranges.push(...found);
    }
    if (count > bestCount) {
      best = { field, label, text, ranges: merge(ranges) };
      bestCount = count;
      if (count === parts.length) break;
    }
  }
  return best;
}

/** A phone matches when its digits contain the typed digits; the whole number is highlighted. */
function phoneDigitsMatch(text: string, digits: string): [number, number][] {
  const forms = phoneTerms(phoneQueryDigits(text), parsePhoneNumberFromString(text)?.nationalNumber);
  return forms.some((form) => form.startsWith(digits)) ? [[0, text.length]] : [];
}
