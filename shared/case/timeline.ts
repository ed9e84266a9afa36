/**
 * A case's timeline: when things happened to what the case holds, assembled from the stored records.
 *
 * - captures: when a piece of evidence was captured (a screenshot, a saved page);
 * - listings: first seen (the earliest `firstSeen` or capture) and last seen (the latest capture);
 * - accounts: when a seller, social account or company was created;
 * - shipments: shipped, and seized (with port, quantity and outcome);
 * - notes: when the investigator wrote them.
 *
 * Dates come from many files in many forms; the import stored them as ISO 8601. A value that does not read as a
 * date between 1970 and 2100 is left out rather than drawn at a wrong place.
 */
import {
  caption,
  KINDS,
  type Entity,
  type EntityId,
  type Evidence,
  type EvidenceId,
  type Note,
  type NoteId,
  type PropertyValue,
} from '../model';

export const TIMELINE_KINDS = [
  'capture',
  'listingFirstSeen',
  'listingLastSeen',
  'accountCreated',
  'shipment',
  'seizure',
  'note',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_LABELS: Readonly<Record<TimelineKind, string>> = {
  capture: 'Captures',
  listingFirstSeen: 'Listing first seen',
  listingLastSeen: 'Listing last seen',
  accountCreated: 'Account created',
  shipment: 'Shipments',
  seizure: 'Seizures',
  note: 'Notes',
};

export type TimelineEvent = Readonly<{
  /** Stable within one assembly: kind plus what it is about. */
  key: string;
  kind: TimelineKind;
  /** ISO 8601 as stored. */
  at: string;
  /** Milliseconds since the epoch, for ordering and drawing. */
  time: number;
  title: string;
  detail: string;
  /** The entity, evidence or note the event is about, for a link. */
  target: Readonly<
    { type: 'entity'; id: EntityId } | { type: 'evidence'; id: EvidenceId } | { type: 'note'; id: NoteId }
  >;
}>;

/** An entity on the timeline: held by the case itself, or reached from one of its subjects (`via` names it). */
export type TimelineEntity = Readonly<{ entity: Entity; via?: string }>;

export type TimelineSources = Readonly<{
  entities: readonly TimelineEntity[];
  evidence: readonly Evidence[];
  notes: readonly Note[];
}>;

const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export function parseTime(value: string | number | undefined): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) && time >= EARLIEST && time < LATEST ? time : undefined;
}

function times(values: readonly PropertyValue[] | undefined): { at: string; time: number }[] {
  return (values ?? []).flatMap((v) => {
    const time = parseTime(v.value);
    return time === undefined ? [] : [{ at: String(v.value).trim(), time }];
  });
}

function first(values: readonly PropertyValue[] | undefined): string {
  const value = values?.[0]?.value;
  return value === undefined ? '' : String(value);
}

const joined = (...parts: string[]): string => parts.filter((p) => p !== '').join(' · ');

function entityEvents({ entity, via }: TimelineEntity): TimelineEvent[] {
  const props = entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>;
  const name = caption(entity);
  const target = { type: 'entity', id: entity.id } as const;
  const viaText = via === undefined ? '' : `via ${via}`;
  const events: TimelineEvent[] = [];
  const add = (kind: TimelineKind, point: { at: string; time: number }, title: string, detail: string) =>
    events.push({ key: `${kind}:${entity.id}:${point.at}`, kind, ...point, title, detail, target });
  switch (entity.kind) {
    case 'listing': {
      const captured = times(props.capturedAt);
      const seen = [...times(props.firstSeen), ...captured].sort((a, b) => a.time - b.time);
      const earliest = seen[0];
      const latest = captured.sort((a, b) => a.time - b.time).at(-1);
      const detail = joined(first(props.platform), first(props.brand), viaText);
      if (earliest) add('listingFirstSeen', earliest, `First seen: ${name}`, detail);
      if (latest && (!earliest || latest.time > earliest.time))
        add('listingLastSeen', latest, `Last seen: ${name}`, detail);
      break;
    }
    case 'seller':
    case 'socialAccount': {
      const created = times(props.createdAt).sort((a, b) => a.time - b.time)[0];
      if (created) {
        add(
          'accountCreated',
          created,
          `${KINDS[entity.kind].label} created: ${name}`,
          joined(first(props.platform), viaText),
        );
      }
      break;
    }
    case 'organization': {
      const created = times(props.incorporationDate).sort((a, b) => a.time - b.time)[0];
      if (created)
        add(
          'accountCreated',
          created,
          `Company incorporated: ${name}`,
          joined(first(props.country), viaText),
        );
      break;
    }
    case 'shipment': {
      const shipped = times(props.shippedAt).sort((a, b) => a.time - b.time)[0];
      const route = [first(props.originCountry), first(props.destinationCountry)]
        .filter((c) => c !== '')
        .join(' → ');
      if (shipped)
        add(
          'shipment',
          shipped,
          `Shipped: ${name}`,
          joined(first(props.carrier), route, first(props.declaredContent), viaText),
        );
      const seized = times(props.seizedAt).sort((a, b) => a.time - b.time)[0];
      if (seized) {
        const quantity = first(props.quantity);
        add(
          'seizure',
          seized,
          `Seized: ${name}`,
          joined(
            first(props.seizurePort),
            quantity === '' ? '' : `${quantity} items`,
            first(props.brandInfringed),
            first(props.seizureOutcome),
            viaText,
          ),
        );
      }
      break;
    }
    default:
      break;
  }
  return events;
}

function evidenceEvents(evidence: Evidence): TimelineEvent[] {
  const time = parseTime(evidence.capturedAt);
  if (time === undefined || evidence.capturedAt === undefined) return [];
  return [
    {
      key: `capture:${evidence.id}`,
      kind: 'capture',
      at: evidence.capturedAt,
      time,
      title: `Captured: ${evidence.name}`,
      detail: joined(
        evidence.sourceUrl ?? '',
        evidence.capturedBy === undefined ? '' : `by ${evidence.capturedBy}`,
      ),
      target: { type: 'evidence', id: evidence.id },
    },
  ];
}

/** The note's first line, without Markdown's heading and emphasis marks, as its title on the timeline. */
export function noteTitle(body: string): string {
  const line = body.split('\n').find((l) => l.trim() !== '') ?? '';
  const plain = line
    .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*)/, '')
    .replace(/[*_`]/g, '')
    .trim();
  return plain.length > 80 ? `${plain.slice(0, 79)}…` : plain;
}

function noteEvents(note: Note): TimelineEvent[] {
  const time = parseTime(note.createdAt);
  if (time === undefined) return [];
  return [
    {
      key: `note:${note.id}`,
      kind: 'note',
      at: note.createdAt,
      time,
      title: `Note: ${noteTitle(note.body)}`,
      detail: `by ${note.author}`,
      target: { type: 'note', id: note.id },
    },
  ];
}

/** Every event of the case, oldest first (ties in a fixed order: kind, then title). */
export function assembleTimeline(sources: TimelineSources): TimelineEvent[] {
  const seen = new Set<string>();
  const events: TimelineEvent[] = [];
  const push = (event: TimelineEvent) => {
    if (seen.has(event.key)) return;
    seen.add(event.key);
    events.push(event);
  };
  for (const entity of sources.entities) entityEvents(entity).forEach(push);
  for (const evidence of sources.evidence) evidenceEvents(evidence).forEach(push);
  for (const note of sources.notes) noteEvents(note).forEach(push);
  const order = new Map(TIMELINE_KINDS.map((kind, i) => [kind, i]));
  return events.sort(
    (a, b) =>
      a.time - b.time ||
      (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
}

export type TimelineFilter = Readonly<{
  kinds: ReadonlySet<TimelineKind>;
  /** Inclusive bounds, `YYYY-MM-DD` (a day) or empty for none. */
  from: string;
  to: string;
  /** Words that must all appear in the title or detail. */
  text: string;
}>;

export function filterTimeline(events: readonly TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  const from = filter.from === '' ? undefined : parseTime(filter.from);
  // `to` is a day: everything on that day is in.
  const toDay = filter.to === '' ? undefined : parseTime(filter.to);
  const to = toDay === undefined ? undefined : toDay + 86_400_000 - 1;
  const words = filter.text
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return events.filter((event) => {
    if (!filter.kinds.has(event.kind)) return false;
    if (from !== undefined && event.time < from) return false;
    if (to !== undefined && event.time > to) return false;
    if (words.length === 0) return true;
    const haystack = `${event.title} ${event.detail}`.toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export type TimelineTick = Readonly<{ time: number; label: string }>;

/**
 * Axis ticks for a span: years, months or days, whichever gives two to about twelve marks, each on a calendar
 * boundary (UTC) so the marks read as dates.
 */
export function timelineTicks(start: number, end: number): TimelineTick[] {
  const span = Math.max(end - start, 1);
  const day = 86_400_000;
  const ticks: TimelineTick[] = [];
  const from = new Date(start);
  if (span > 3 * 365 * day) {
    const step = Math.max(1, Math.ceil(span / (365 * day) / 10));
    for (let y = from.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= end; y += step) {
      ticks.push({ time: Date.UTC(y, 0, 1), label: String(y) });
    }
  } else if (span > 60 * day) {
    const step = Math.max(1, Math.ceil(span / (30 * day) / 10));
    for (let m = from.getUTCMonth() + 1, y = from.getUTCFullYear(); Date.UTC(y, m, 1) <= end; m += step) {
      const time = Date.UTC(y, m, 1);
      const d = new Date(time);
      ticks.push({ time, label: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` });
    }
  } else {
    const step = Math.max(1, Math.ceil(span / day / 10));
    const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1);
    for (let time = first; time <= end; time += step * day) {
      ticks.push({ time, label: new Date(time).toISOString().slice(0, 10) });
    }
  }
  return ticks;
}
