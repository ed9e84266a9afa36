import { describe, expect, it } from 'vitest';
import { findNetworks } from '../networks';
import { projectAccounts } from '../projection';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings';
import { createTestGraph } from '../testkit';
import { suggestEmailLocalParts } from './emailLocalPart';

function mailboxes(addresses: readonly string[]) {
  const g = createTestGraph();
  const file = g.file('marketplace-sellers_amazon-de.csv');
  const sellers = addresses.map((address, i) => {
    const seller = g.seller('amazon.de', `A${i}XYZ`, { storefrontName: `Shop ${i}` }, file.row(2 + i));
    g.link('uses', seller, g.email(address, file.row(2 + i)), 'E-Mail', file.row(2 + i));
    return seller;
  });
  const projection = projectAccounts(g.index(), DEFAULT_ANALYSIS_SETTINGS);
  return { sellers, found: suggestEmailLocalParts(projection, findNetworks(projection).networkOf) };
}

describe('the same mailbox name on different domains', () => {
  it('suggests lena.fischer95 at Gmail and at web.de', () => {
    const { sellers, found } = mailboxes(['Lena.Fischer95@gmail.com', 'lena.fischer95@web.de']);
    expect(found).toHaveLength(1);
    expect([found[0]?.a, found[0]?.b].sort()).toEqual([...sellers].sort());
    expect(found[0]?.score).toBe(0.7);
    expect(found[0]?.reason).toMatch(
      /lena\.fischer95@gmail\.com and lena\.fischer95@web\.de|lena\.fischer95@web\.de and lena\.fischer95@gmail\.com/,
    );
  });

  it('says nothing about generic mailboxes, short ones, or one domain', () => {
    expect(mailboxes(['info@kometa-trade.pl', 'info@nordlicht-vertriebs.de']).found).toEqual([]);
    expect(mailboxes(['service24@kometa-trade.pl', 'service24@nordlicht-vertriebs.de']).found).toEqual([]);
    expect(mailboxes(['jing@qq.com', 'jing@163.com']).found).toEqual([]);
  });
});
