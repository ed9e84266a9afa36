/**
 * One FollowTheMoney entity as it arrives in a JSONL line: `{id, schema, properties: {prop: [values]}}`.
 * Checked once here; the mappers then read values through `values()` and never touch the raw object.
 */
import { z } from 'zod';

/** A parsed FollowTheMoney entity. Property values are always lists of text; references are other entities' ids. */
export type FtmEntity = Readonly<{
  id: string;
  schema: string;
  properties: Readonly<Record<string, readonly string[]>>;
}>;

export type FtmEntityResult =
  Readonly<{ ok: true; entity: FtmEntity }> | Readonly<{ ok: false; reason: string }>;

// Properties are read leniently: the spec says lists of strings, but exports in the wild write a single string or a
// number now and then, and refusing the whole entity for that would lose its good values.
const RawEntity = z.object({
  id: z.string().trim().min(1),
  schema: z.string().trim().min(1),
  properties: z.record(z.string(), z.unknown()).optional(),
});

export function parseFtmEntity(object: unknown): FtmEntityResult {
  const parsed = RawEntity.safeParse(object);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'not a FollowTheMoney entity: it needs an "id", a "schema" and "properties"',
    };
  }
  const properties: Record<string, readonly string[]> = {};
  for (const [prop, raw] of Object.entries(parsed.data.properties ?? {})) {
    const list = textValues(raw);
    if (list.length > 0) properties[prop] = list;
  }
  return { ok: true, entity: { id: parsed.data.id, schema: parsed.data.schema, properties } };
}

/** The non-blank values of a property, in order, each once. */
export function values(entity: FtmEntity, ...props: readonly string[]): readonly string[] {
  const found = props.flatMap((prop) => entity.properties[prop] ?? []);
  return props.length === 1 ? found : [...new Set(found)];
}

function textValues(raw: unknown): string[] {
  const list: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  const texts = list
    .map((value) =>
      typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '',
    )
    .filter((value) => value !== '');
  return [...new Set(texts)];
}
