import { describe, expect, it } from 'vitest';
import type { Evidence, EvidenceId, Note, NoteId } from '../model';
import { testEntity } from './testEntities';
import {
  assembleTimeline,
  filterTimeline,
  noteTitle,
  timelineTicks,
  TIMELINE_KINDS,
  type TimelineKind,
} from './timeline';

const seller = testEntity('seller', 'sneakerdeals', {
  storefrontName: ['Sneaker Deals'],
  platform: ['amazon.de'],
  createdAt: ['2025-02-10'],
});
const listing = testEntity('listing', 'L1', {
  title: ['Air Max 90 OVP'],
  platform: ['ebay.de'],
  firstSeen: ['2025-03-01'],
  capturedAt: ['2025-03-15T10:00:00+01:00', '2025-06-02'],
});
const shipment = testEntity('shipment', 'RR123', {
  trackingNumber: ['RR123456789CN'],
  carrier: ['China Post'],
  originCountry: ['CN'],
  destinationCountry: ['DE'],
  shippedAt: ['2025-04-01'],
  seizedAt: ['2025-04-09'],
  seizurePort: ['Frankfurt'],
  quantity: [120],
});
const undated = testEntity('seller', 'nodate', { storefrontName: ['No Date'], createdAt: ['not a date'] });
const evidence: Evidence = {
  id: 'a'.repeat(64) as EvidenceId,
  name: 'storefront.png',
  otherNames: [],
  mediaType: 'image/png',
  size: 10,
  capturedAt: '2025-03-14T09:00:00Z',
  sourceUrl: 'https://amazon.de/shop/sneakerdeals',
  importedAt: '2026-01-01T00:00:00Z',
  importIds: [],
};
const note: Note = {
  id: 'n1' as NoteId,
  author: 'M. Keller',
  body: '## **Same IBAN** on both shops\n\nDetails…',
  createdAt: '2025-05-01T12:00:00Z',
  updatedAt: '2025-05-01T12:00:00Z',
};

describe('assembleTimeline', () => {
  const events = assembleTimeline({
    entities: [
      { entity: seller },
      { entity: listing, via: 'Sneaker Deals' },
      { entity: shipment },
      { entity: undated },
    ],
    evidence: [evidence],
    notes: [note],
  });

  it('finds every kind of event, oldest first', () => {
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ['accountCreated', '2025-02-10'],
      ['listingFirstSeen', '2025-03-01'],
      ['capture', '2025-03-14T09:00:00Z'],
      ['shipment', '2025-04-01'],
      ['seizure', '2025-04-09'],
      ['note', '2025-05-01T12:00:00Z'],
      ['listingLastSeen', '2025-06-02'],
    ]);
  });

  it('says what each event is about and where it came from', () => {
    const seizure = events.find((e) => e.kind === 'seizure');
    expect(seizure).toMatchObject({
      title: 'Seized: RR123456789CN',
      target: { type: 'entity', id: shipment.id },
    });
    expect(seizure?.detail).toBe('Frankfurt · 120 items');
    expect(events.find((e) => e.kind === 'listingFirstSeen')?.detail).toBe('ebay.de · via Sneaker Deals');
    expect(events.find((e) => e.kind === 'note')?.title).toBe('Note: Same IBAN on both shops');
  });

  it('leaves out values that are not dates and repeats nothing', () => {
    expect(events.some((e) => e.title.includes('No Date'))).toBe(false);
    const twice = assembleTimeline({
      entities: [{ entity: seller }, { entity: seller }],
      evidence: [],
      notes: [],
    });
    expect(twice).toHaveLength(1);
  });

  it('gives a listing seen once only a first-seen event', () => {
    const once = testEntity('listing', 'L2', { title: ['Once'], capturedAt: ['2025-01-01'] });
    const result = assembleTimeline({ entities: [{ entity: once }], evidence: [], notes: [] });
    expect(result.map((e) => e.kind)).toEqual(['listingFirstSeen']);
  });

  it('filters by kind, day range and words', () => {
    const all = new Set<TimelineKind>(TIMELINE_KINDS);
    expect(
      filterTimeline(events, { kinds: new Set(['seizure', 'shipment']), from: '', to: '', text: '' }),
    ).toHaveLength(2);
    expect(
      filterTimeline(events, { kinds: all, from: '2025-03-14', to: '2025-04-01', text: '' }).map(
        (e) => e.kind,
      ),
    ).toEqual(['capture', 'shipment']);
    expect(filterTimeline(events, { kinds: all, from: '', to: '', text: 'frankfurt SEIZED' })).toHaveLength(
      1,
    );
  });
});

describe('noteTitle', () => {
  it('uses the first non-empty line without Markdown marks, shortened', () => {
    expect(noteTitle('\n\n> _quoted_ text')).toBe('quoted text');
    expect(noteTitle('x'.repeat(100))).toHaveLength(80);
  });
});

describe('timelineTicks', () => {
  it('marks years, months or days depending on the span', () => {
    expect(timelineTicks(Date.UTC(2019, 5, 1), Date.UTC(2025, 5, 1)).map((t) => t.label)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(timelineTicks(Date.UTC(2025, 0, 15), Date.UTC(2025, 4, 20)).map((t) => t.label)).toEqual([
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
    ]);
    expect(timelineTicks(Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 4)).map((t) => t.label)).toEqual([
      '2025-01-02',
      '2025-01-03',
      '2025-01-04',
    ]);
  });
});
