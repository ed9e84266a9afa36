/**
 * `threat-intel.stix.json`: a STIX 2.1 bundle from a brand-protection intelligence feed — identities for the
 * operations' front companies, user-accounts for their storefronts and social accounts, e-mail addresses, shop
 * domains resolving to IPv4 addresses, storefront URLs, indicators with simple patterns, and relationships
 * (`uses`, `related-to`) between them. SDO ids come from the seed; observable ids are the UUIDv5 STIX prescribes.
 */
import type { DemoFile } from '../demoFile';
import { utf8 } from '../csv';
import { scoId, uuid4 } from '../identifiers/uuid';
import { pushTo, type Recorder } from '../recorder';
import { createRandom, type Random } from '../random';
import { CAPTURED_AT, type Operation, type World, type WorldIdentifier } from '../world';

export const STIX_FILE = 'threat-intel.stix.json';

type StixObject = Readonly<Record<string, unknown>> & Readonly<{ type: string; id: string }>;

/** Which operations the feed has written up: most, not all, and not the same as Aleph's. */
export function inStix(operation: Operation): boolean {
  return operation.index % 3 !== 1;
}

const TIMESTAMP = `${CAPTURED_AT}T08:00:00.000Z`;

type Bundle = Readonly<{
  objects: StixObject[];
  sdo(type: string, properties: Record<string, unknown>): string;
  sco(type: string, contributing: Record<string, string>, properties?: Record<string, unknown>): string;
  relate(source: string, kind: 'uses' | 'related-to', target: string): void;
}>;

function createBundle(random: Random, producer: string | undefined): Bundle {
  const objects: StixObject[] = [];
  const seen = new Set<string>();
  const bundle: Bundle = {
    objects,
    sdo: (type, properties) => {
      const id = `${type}--${uuid4(random)}`;
      objects.push({
        type,
        spec_version: '2.1',
        id,
        created: TIMESTAMP,
        modified: TIMESTAMP,
        ...(producer !== undefined ? { created_by_ref: producer } : {}),
        ...properties,
      });
      return id;
    },
    sco: (type, contributing, properties = {}) => {
      const id = scoId(type, contributing);
      // The same observable reported twice is one object: its id is derived from its value.
      if (!seen.has(id)) {
        seen.add(id);
        objects.push({ type, spec_version: '2.1', id, ...contributing, ...properties });
      }
      return id;
    },
    relate: (source, kind, target) => {
      bundle.sdo('relationship', { relationship_type: kind, source_ref: source, target_ref: target });
    },
  };
  return bundle;
}

/** Unique addresses from the documentation ranges (RFC 5737, RFC 3849): realistic, and never anyone's server. */
function addressAllocator(
  random: Random,
): () => Readonly<{ type: 'ipv4-addr' | 'ipv6-addr'; value: string }> {
  const pool = random.shuffle(
    ['192.0.2', '198.51.100', '203.0.113'].flatMap((net) =>
      Array.from({ length: 254 }, (_, i) => `${net}.${i + 1}`),
    ),
  );
  let next = 0;
  return () => {
    const v4 = pool[next++];
    return v4 !== undefined
      ? { type: 'ipv4-addr', value: v4 }
      : { type: 'ipv6-addr', value: `2001:db8:${next.toString(16)}::1` };
  };
}

export function writeStix(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', STIX_FILE);
  const nextAddress = addressAllocator(random.fork('addresses'));
  const producerBundle = createBundle(random.fork('producer'), undefined);
  const producer = producerBundle.sdo('identity', {
    name: 'Nordvik Group Brand Protection',
    identity_class: 'organization',
    sectors: ['retail'],
  });
  const bundle = createBundle(random.fork('objects'), producer);
  const record = (id: string, identifier: WorldIdentifier, raw: string): void => {
    recorder.use(identifier, {
      file: STIX_FILE,
      locator: { path: id },
      field: 'value',
      raw,
      link: 'uses',
      subject: { type: 'object', id },
    });
  };

  for (const operation of world.operations.filter(inStix)) {
    const first = bundle.objects.length;
    const fronts = operation.storefronts.flatMap((index) => world.storefronts[index] ?? []);
    const company = operation.companies[0]?.name ?? operation.id;
    const actor = bundle.sdo('identity', {
      name: company,
      identity_class: 'organization',
      description: 'Suspected operator of counterfeit storefronts',
    });
    const host = nextAddress();
    const ipId = bundle.sco(host.type, { value: host.value });
    const domainId = bundle.sco('domain-name', { value: operation.domain.key }, { resolves_to_refs: [ipId] });
    record(domainId, operation.domain, operation.domain.key);
    bundle.relate(domainId, 'related-to', actor);
    const domainIndicator = bundle.sdo('indicator', {
      name: `Shop domain of ${company}`,
      indicator_types: ['attribution'],
      pattern: `[domain-name:value = '${operation.domain.key}']`,
      pattern_type: 'stix',
      valid_from: TIMESTAMP,
    });
    bundle.relate(domainIndicator, 'related-to', actor);

    for (const front of random.sample(fronts, 2)) {
      const account = bundle.sco(
        'user-account',
        { account_type: front.platform, user_id: front.sellerId, account_login: front.sellerId },
        { display_name: front.name },
      );
      bundle.relate(actor, 'uses', account);
      const urlId = bundle.sco('url', { value: front.url.href });
      record(urlId, front.url, front.url.href);
      bundle.relate(urlId, 'related-to', account);
      const email = front.contact.email;
      if (email !== undefined && email.key !== world.hub.email.key) {
        const emailId = bundle.sco('email-addr', { value: email.key });
        record(emailId, email, email.key);
        bundle.relate(account, 'related-to', emailId);
        const indicator = bundle.sdo('indicator', {
          name: `Contact e-mail of ${front.name}`,
          indicator_types: ['attribution'],
          pattern: `[email-addr:value = '${email.key}']`,
          pattern_type: 'stix',
          valid_from: TIMESTAMP,
        });
        bundle.relate(indicator, 'related-to', actor);
      }
    }
    for (const index of operation.socials) {
      const social = world.socials[index];
      if (social === undefined) continue;
      const account = bundle.sco(
        'user-account',
        { account_type: social.platform, account_login: social.handle },
        { display_name: social.displayName },
      );
      bundle.relate(actor, 'uses', account);
    }
    for (const object of bundle.objects.slice(first))
      pushTo(recorder.objectIds.stix, operation.index, object.id);
  }

  // Indicators that belong to no operation: a phishing domain and a spam sender.
  const phishing = bundle.sco('domain-name', { value: 'nordvik-outlet-sale.example' });
  const spam = bundle.sco('email-addr', { value: 'promo@brand-deals.example' });
  bundle.relate(phishing, 'related-to', spam);

  const document = {
    type: 'bundle',
    id: `bundle--${uuid4(random.fork('bundle'))}`,
    objects: [...producerBundle.objects, ...bundle.objects],
  };
  return {
    name: STIX_FILE,
    bytes: utf8(`${JSON.stringify(document, null, 2)}\n`),
    description:
      'A STIX 2.1 bundle from a brand-protection intelligence feed: identities of front companies, user-accounts ' +
      'of storefronts and social accounts, e-mail addresses, shop domains resolving to IP addresses, URLs, ' +
      'indicators with simple patterns, and uses / related-to relationships between them.',
  };
}
