/**
 * All look-alike suggestions, minus what the analyst already decided: a rejected pair stays hidden for that kind
 * of suggestion, a confirmed pair is merged (it is in one network, so nothing is suggested about it).
 */
import type { DecisionBook } from '../decision';
import type { NetworkSet } from '../networks';
import type { Projection } from '../projection';
import { suggestEmailLocalParts } from './emailLocalPart';
import { suggestListingText } from './listingText';
import { suggestNames } from './names';
import { suggestPhotos } from './photos';
import type { Suggestion } from './types';

export function suggestLookAlikes(
  projection: Projection,
  networks: NetworkSet,
  decisions: DecisionBook,
): Suggestion[] {
  const { networkOf } = networks;
  const all = [
    ...suggestNames(projection, networkOf),
    ...suggestPhotos(projection, networkOf),
    ...suggestListingText(projection, networkOf),
    ...suggestEmailLocalParts(projection, networkOf),
  ];
  return all
    .filter((s) => s.score >= projection.settings.suggestions.minScore)
    .filter((s) => !decisions.isConfirmed(s.pairKey) && !decisions.isRejected(s.pairKey, s.kind))
    .sort(
      (x, y) =>
        y.score - x.score ||
        (x.pairKey < y.pairKey ? -1 : x.pairKey > y.pairKey ? 1 : x.kind < y.kind ? -1 : 1),
    );
}

export type { Suggestion, SuggestionEvidence, SuggestionKind } from './types';
export { SUGGESTION_KINDS } from './types';
