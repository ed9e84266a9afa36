import { describe, expect, it } from 'vitest';
import { networkCentrality } from './centrality';
import { findNetworks } from './networks';
import { projectAccounts } from './projection';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';
import { createTestGraph } from './testkit';

/**
 * Two crews of one operation: three storefronts on a German phone, three on a Chinese one, and the company that
 * owns a storefront in each crew (a FollowTheMoney ownership record).
 */
function twoCrews() {
  const g = createTestGraph();
  const file = g.file('marketplace-sellers_amazon-de.csv');
  const ftm = g.file('aleph-entities.ftm.jsonl');
  const crew = (phone: string, ids: readonly string[], firstRow: number) =>
    ids.map((id, i) => {
      const row = file.row(firstRow + i);
      const seller = g.seller('ebay.de', id, { storefrontName: id }, row);
      g.link('uses', seller, g.phone(phone, row), 'Telefon', row);
      return seller;
    });
  const german = crew('030 83986051', ['toplager84', 'top_shop_express', 'trend-shop-de88'], 2);
  const chinese = crew('+86 755 8209 1528', ['topkiste80', 'mega_kiste_de91', 'schnaeppchen-ecke'], 5);
  const owner = g.organization('Xinda International (HK) Limited', {}, ftm.row(7));
  g.link('operates', owner, german[0] ?? ('' as never), 'ftm:Ownership', ftm.row(7));
  g.link('operates', owner, chinese[0] ?? ('' as never), 'ftm:Ownership', ftm.row(8));
  return { g, german, chinese, owner };
}

describe('centrality and communities', () => {
  it('finds the two crews and names the company that bridges them', () => {
    const { g, german, chinese, owner } = twoCrews();
    const projection = projectAccounts(g.index(), DEFAULT_ANALYSIS_SETTINGS);
    const [network] = findNetworks(projection).networks;
    expect(network?.size).toBe(7);
    const result = networkCentrality(projection, network ?? (undefined as never));
    const communityOf = (id: string) => result.members.find((m) => m.id === id)?.community;
    expect(new Set(german.map(communityOf)).size).toBe(1);
    expect(new Set(chinese.map(communityOf)).size).toBe(1);
    expect(communityOf(german[1] ?? '')).not.toBe(communityOf(chinese[1] ?? ''));
    // The owner lies on every route from one crew to the other.
    expect(result.members[0]?.id).toBe(owner);
    expect(result.members[0]?.degree).toBe(2);
    expect(result.bridges[0]?.id).toBe(owner);
    expect(result.bridges[0]?.communities).toHaveLength(2);
    expect(result.modularity).toBeGreaterThan(0.3);
  });

  it('gives the same communities every run (seeded)', () => {
    const { g } = twoCrews();
    const projection = projectAccounts(g.index(), DEFAULT_ANALYSIS_SETTINGS);
    const [network] = findNetworks(projection).networks;
    const once = networkCentrality(projection, network ?? (undefined as never));
    const twice = networkCentrality(projection, network ?? (undefined as never));
    expect(twice).toEqual(once);
  });
});
