/**
 * The drafts, links and rejects one FollowTheMoney entity or STIX object yields, gathered while it is mapped.
 * Identifiers go through `identifierDraft`, the very function the CSV mapper uses, so an e-mail from a STIX bundle
 * and the same e-mail from a seller export get one id.
 */
import type { EntityId, IdentifierKind, LinkKind, SourceLocator } from '../../model';
import { identifierDraft, type IdentifierContext } from '../mapping/identifiers';
import type { EntityDraft, LinkDraft, MappedRecord, RejectDraft } from '../types';

/** How an identifier found on a record is attached to the record's own entity. */
export type IdentifierUse = Readonly<{
  /** The field it came from, named in a reject when the value is unusable. */
  field: string;
  /** The entity that uses it; without one the identifier is stored on its own (a STIX observable). */
  from?: EntityId;
  link?: LinkKind;
  /** Kept on the link (`ftm:email`, `stix:contact_information`) so the graph can say why two nodes connect. */
  role?: string;
  /** More values for the identifier's own properties (`holder`, `provider` of a payment account). */
  extra?: Readonly<Record<string, readonly string[]>>;
}>;

export type Collector = Readonly<{
  entity: (draft: EntityDraft) => void;
  link: (link: LinkDraft) => void;
  reject: (reject: RejectDraft) => void;
  /** Normalizes `raw` as `kind`; a usable value becomes a draft (and a link), an unusable one a reject. */
  identifier: (
    kind: IdentifierKind,
    raw: string,
    use: IdentifierUse,
    context: IdentifierContext,
  ) => EntityDraft | undefined;
  result: (locator: SourceLocator) => MappedRecord;
}>;

export function createCollector(): Collector {
  const entities = new Map<EntityId, EntityDraft>();
  const links = new Map<string, LinkDraft>();
  const rejects: RejectDraft[] = [];

  // One record can name the same value twice (an FtM `email` and the same address inside `website`); the store
  // would merge them anyway, but one draft per id keeps the record's own output easy to read and to test.
  const entity = (draft: EntityDraft): void => {
    const known = entities.get(draft.id);
    entities.set(draft.id, known === undefined ? draft : mergeDrafts(known, draft));
  };
  const link = (draft: LinkDraft): void => {
    if (draft.from === draft.to) return;
    links.set([draft.kind, draft.from, draft.to, draft.role ?? ''].join('\u001f'), draft);
  };
  const reject = (draft: RejectDraft): void => {
    rejects.push(draft);
  };

  return {
    entity,
    link,
    reject,
    identifier: (kind, raw, use, context) => {
      const result = identifierDraft(kind, raw, context);
      if (!result.ok) {
        reject({ field: use.field, value: raw, reason: result.reason });
        return undefined;
      }
      const draft = use.extra === undefined ? result.draft : withExtra(result.draft, use.extra);
      entity(draft);
      if (use.from !== undefined) {
        link({
          kind: use.link ?? 'uses',
          from: use.from,
          to: draft.id,
          ...(use.role === undefined ? {} : { role: use.role }),
        });
      }
      return draft;
    },
    result: (locator) => ({ locator, entities: [...entities.values()], links: [...links.values()], rejects }),
  };
}

function withExtra(draft: EntityDraft, extra: Readonly<Record<string, readonly string[]>>): EntityDraft {
  const properties: Record<string, readonly (string | number)[]> = { ...draft.properties };
  for (const [prop, values] of Object.entries(extra)) {
    if (values.length > 0) properties[prop] = unique([...(properties[prop] ?? []), ...values]);
  }
  return { ...draft, properties };
}

function mergeDrafts(a: EntityDraft, b: EntityDraft): EntityDraft {
  const properties: Record<string, readonly (string | number)[]> = { ...a.properties };
  for (const [prop, values] of Object.entries(b.properties)) {
    properties[prop] = unique([...(properties[prop] ?? []), ...values]);
  }
  return { ...a, properties };
}

function unique(values: readonly (string | number)[]): (string | number)[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const text = String(value);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
