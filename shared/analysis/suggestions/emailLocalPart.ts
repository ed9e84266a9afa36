/**
 * The same mailbox name on different domains: `lena.fischer95@gmail.com` and `lena.fischer95@web.de` are likely
 * one person; `info@…` and `service@…` say nothing. Addresses are grouped by their local part (one map lookup
 * each), generic and short local parts are left out, and a group larger than `maxBlockSize` is skipped.
 */
import { emailDomain, emailLocalPart } from '../../normalize';
import { CODE, IS_ACCOUNT_CODE, LINK } from '../codes';
import { captionAt, idAt, type GraphIndex } from '../graphIndex';
import type { Projection } from '../projection';
import { createPairCollector } from './collect';
import type { Suggestion } from './types';

function usersOf(index: GraphIndex, email: number): number[] {
  const users: number[] = [];
  for (let e = index.offsets[email] ?? 0; e < (index.offsets[email + 1] ?? 0); e++) {
    const kind = index.linkKinds[index.adjacentLink[e] ?? 0];
    const other = index.adjacent[e] ?? 0;
    if ((kind === LINK.uses || kind === LINK.mentions) && IS_ACCOUNT_CODE[index.kinds[other] ?? 0] === 1)
      users.push(other);
  }
  return users;
}

export function suggestEmailLocalParts(projection: Projection, networkOf: Int32Array): Suggestion[] {
  const { index, settings } = projection;
  const generic = new Set(settings.suggestions.genericLocalParts.map((p) => p.toLowerCase()));
  const byLocal = new Map<string, number[]>();
  for (let node = 0; node < index.size; node++) {
    if (index.kinds[node] !== CODE.email) continue;
    const local = emailLocalPart(captionAt(index, node));
    // `info`, `service`, and also `info.shop` or `service24`: generic words with a number or a suffix.
    const stem = local.split(/[.+_-]/)[0]?.replace(/\d+$/, '') ?? '';
    if (local.length < settings.suggestions.localPartMinLength || generic.has(local) || generic.has(stem))
      continue;
    const list = byLocal.get(local);
    if (list) list.push(node);
    else byLocal.set(local, [node]);
  }
  const collector = createPairCollector(index, 'emailLocalPart', networkOf);
  for (const [local, emails] of byLocal) {
    if (emails.length < 2 || emails.length > settings.suggestions.maxBlockSize) continue;
    // A name with digits or separators (`lena.fischer95`) is far less likely to be taken twice by chance.
    const score = /[\d._-]/.test(local) ? 0.7 : 0.6;
    for (let x = 0; x < emails.length; x++) {
      for (let y = x + 1; y < emails.length; y++) {
        const first = emails[x] ?? 0;
        const second = emails[y] ?? 0;
        const domains = [emailDomain(captionAt(index, first)), emailDomain(captionAt(index, second))];
        if (domains[0] === domains[1]) continue;
        const detail = `${captionAt(index, first)} and ${captionAt(index, second)}`;
        for (const a of usersOf(index, first))
          for (const b of usersOf(index, second))
            collector.add(a, b, score, { a: idAt(index, first), b: idAt(index, second), detail });
      }
    }
  }
  return collector.finish(
    (scores) => Math.max(...scores),
    (entry) => `The same mailbox name on different domains: ${entry.evidence[0]?.detail ?? ''}`,
  );
}
