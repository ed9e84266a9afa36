/**
 * The STIX 2.1 objects Casegraph reads, checked once at the edge. Objects are loose: STIX allows custom `x_`
 * properties and we read only what we use. Anything else (malware, campaign, marking-definition…) is reported as
 * unused rather than failing the bundle.
 */
import { z } from 'zod';

const id = z.string().trim().min(1);
const text = z.string().optional();

const observable = <T extends string>(type: T) =>
  z.looseObject({ type: z.literal(type), id, value: z.string() });

const StixObjectSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('identity'),
    id,
    name: text,
    identity_class: text,
    contact_information: text,
  }),
  z.looseObject({
    type: z.literal('user-account'),
    id,
    user_id: text,
    account_login: text,
    account_type: text,
    display_name: text,
    account_created: text,
    // Not in the standard vocabulary: producers in brand protection name the marketplace this way.
    x_platform: text,
    x_service: text,
  }),
  z.looseObject({ type: z.literal('email-addr'), id, value: z.string(), belongs_to_ref: text }),
  observable('domain-name'),
  observable('url'),
  observable('ipv4-addr'),
  observable('ipv6-addr'),
  z.looseObject({ type: z.literal('indicator'), id, pattern: z.string(), pattern_type: text }),
  z.looseObject({
    type: z.literal('relationship'),
    id,
    relationship_type: z.string().trim().min(1),
    source_ref: id,
    target_ref: id,
  }),
]);

/** A STIX object of a type Casegraph reads. */
export type StixObject = z.infer<typeof StixObjectSchema>;
export type StixType = StixObject['type'];
export type StixObjectOf<T extends StixType> = Extract<StixObject, { type: T }>;

const STIX_TYPES: ReadonlySet<string> = new Set<StixType>([
  'identity',
  'user-account',
  'email-addr',
  'domain-name',
  'url',
  'ipv4-addr',
  'ipv6-addr',
  'indicator',
  'relationship',
]);

const Envelope = z.looseObject({ type: z.string().trim().min(1), id: z.string().trim().min(1) });

export type StixParse =
  | Readonly<{ ok: true; object: StixObject }>
  /** A STIX object of a type Casegraph does not use; its id is still worth knowing for the references to it. */
  | Readonly<{ ok: false; problem: 'unused'; type: string; id: string }>
  | Readonly<{ ok: false; problem: 'invalid'; reason: string; id?: string }>;

export function parseStixObject(object: unknown): StixParse {
  const envelope = Envelope.safeParse(object);
  if (!envelope.success) {
    return { ok: false, problem: 'invalid', reason: 'not a STIX object: it needs a "type" and an "id"' };
  }
  const { type, id: objectId } = envelope.data;
  if (!STIX_TYPES.has(type)) return { ok: false, problem: 'unused', type, id: objectId };
  const parsed = StixObjectSchema.safeParse(object);
  if (parsed.success) return { ok: true, object: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : ` (${issue.path.join('.')})`;
  return { ok: false, problem: 'invalid', id: objectId, reason: `not a valid STIX ${type}${where}` };
}
