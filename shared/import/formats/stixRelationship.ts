/**
 * A STIX relationship -> links between the drafts its two ends became.
 *
 * STIX producers use relationship types loosely, so the kinds of the two ends decide the link, and the type only
 * says whether the relation is one of control at all:
 *
 * - `uses`, `owns`, `attributed-to`, `indicates` (control or use):
 *   - account or party ↔ identifier: `uses`, from the account or party to the identifier, whichever end is which
 *     (an indicator `indicates` a seller: the seller uses the e-mail the indicator names);
 *   - party ↔ account: `operates`, from the party to the account;
 *   - party ↔ party: `owns` -> `operates` source -> target, `attributed-to` -> `operates` target -> source (the
 *     target is the one responsible), `uses` / `indicates` -> `mentions`;
 *   - any other pair (account ↔ account, identifier ↔ identifier): `mentions` source -> target.
 * - `related-to` and every other type: `mentions` source -> target.
 *
 * `related-to` is STIX's "some link": like FtM's UnknownLink it becomes the weak `mentions`, so a vague assertion
 * never fuses two operations into one network. The link's role is `stix:<relationship_type>`.
 */
import { KINDS, kindOfId, type EntityId } from '../../model';
import type { LinkDraft } from '../types';

/** Relationship types that assert control or use, as opposed to a vague association. */
const CONTROL_TYPES: ReadonlySet<string> = new Set(['uses', 'owns', 'attributed-to', 'indicates']);

type End = 'identifier' | 'account' | 'party' | 'other';

function endOf(id: EntityId): End {
  const group = KINDS[kindOfId(id)].group;
  return group === 'identifier' || group === 'account' || group === 'party' ? group : 'other';
}

/** The link for one pair of resolved ends. */
export function stixLink(relationshipType: string, source: EntityId, target: EntityId): LinkDraft {
  const weak: LinkDraft = { kind: 'mentions', from: source, to: target };
  if (!CONTROL_TYPES.has(relationshipType)) return weak;
  const [s, t] = [endOf(source), endOf(target)];
  const holder = (end: End): boolean => end === 'account' || end === 'party';
  if (holder(s) && t === 'identifier') return { kind: 'uses', from: source, to: target };
  if (s === 'identifier' && holder(t)) return { kind: 'uses', from: target, to: source };
  if (s === 'party' && t === 'account') return { kind: 'operates', from: source, to: target };
  if (s === 'account' && t === 'party') return { kind: 'operates', from: target, to: source };
  if (s === 'party' && t === 'party') {
    if (relationshipType === 'owns') return { kind: 'operates', from: source, to: target };
    if (relationshipType === 'attributed-to') return { kind: 'operates', from: target, to: source };
  }
  return weak;
}
