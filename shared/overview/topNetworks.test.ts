import { describe, expect, it } from 'vitest';
import type { Network, NetworkTie } from '../analysis';
import type { EntityId, EntityKind } from '../model';
import { describeTies, shorten, topNetworks } from './topNetworks';

const tie = (kind: EntityKind, value: string, members: number): NetworkTie => ({
  id: `${kind}:${value}` as EntityId,
  kind,
  value,
  members,
});

const network = (rank: number, size: number, ties: readonly NetworkTie[] = []): Network => ({
  id: `net-${rank}`,
  rank,
  score: 100 - rank,
  scoreReason: '',
  size,
  members: [],
  ties,
  listings: rank * 10,
  shipments: rank,
  seizures: rank - 1,
});

describe('shorten', () => {
  it('keeps short values and cuts long ones with an ellipsis', () => {
    expect(shorten('a@b.example')).toBe('a@b.example');
    const long = 'https://shop.example/listing/1234567890/very-long-title';
    expect(shorten(long)).toHaveLength(32);
    expect(shorten(long).endsWith('…')).toBe(true);
  });
});

describe('describeTies', () => {
  it('names the first ties with their kind and reach, then how many more', () => {
    const ties = [tie('paymentAccount', 'DE89370400440532013000', 5), tie('email', 'x@y.example', 3)];
    expect(describeTies(ties)).toBe('DE89370400440532013000 (Payment account, 5), x@y.example (E-mail, 3)');
    expect(describeTies([...ties, tie('phone', '+4930123', 2), tie('url', 'u', 2)])).toBe(
      'DE89370400440532013000 (Payment account, 5), x@y.example (E-mail, 3) and 2 more',
    );
  });

  it('cuts a photo’s hash shorter than other values', () => {
    expect(describeTies([tie('image', '3475d4d3fb7658db5f8dc85fa49279a0', 3)])).toBe(
      '3475d4d3fb7… (Image, 3)',
    );
  });

  it('says so when nothing shared holds the network together', () => {
    expect(describeTies([])).toMatch(/^no shared identifier/);
  });
});

describe('topNetworks', () => {
  it('takes the first networks by the report’s rank, whatever order they come in', () => {
    const networks = [6, 3, 1, 5, 2, 4].map((rank) => network(rank, 20 - rank));
    const top = topNetworks(networks);
    expect(top.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(top[0]).toEqual({
      id: 'net-1',
      rank: 1,
      size: 19,
      listings: 10,
      seizures: 0,
      tieCount: 0,
      heldBy: expect.stringMatching(/^no shared identifier/) as unknown,
    });
    expect(topNetworks(networks, 2)).toHaveLength(2);
  });

  it('counts every tie, though it names only a few', () => {
    const ties = [tie('email', 'a@x.example', 4), tie('phone', '+4930', 3), tie('address', 'x', 2)];
    const [first] = topNetworks([network(1, 4, ties)]);
    expect(first?.tieCount).toBe(3);
    expect(first?.heldBy).toBe('a@x.example (E-mail, 4), +4930 (Phone, 3) and 1 more');
  });
});
