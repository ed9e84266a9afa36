/** Compiles the truth from the world and from what the file writers recorded. */
import { compileAuthorization, compilePricing } from './compileSignals';
import type { Recorded, Recorder } from './recorder';
import type {
  DemoTruth,
  SocialRef,
  StorefrontRef,
  TruthHub,
  TruthHubRole,
  TruthIdentifier,
  TruthOperation,
  TruthSocialAccount,
} from './truth';
import type { Storefront, World, WorldIdentifier } from './world';

const storefrontRef = (front: Storefront): StorefrontRef => ({
  platform: front.platform,
  sellerId: front.sellerId,
});

type Group = { identifier: WorldIdentifier; occurrences: Recorded[] };

function groupOccurrences(recorder: Recorder): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const occurrence of recorder.occurrences) {
    const id = `${occurrence.identifier.kind}\u001f${occurrence.identifier.key}`;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, { identifier: occurrence.identifier, occurrences: [occurrence] });
    else group.occurrences.push(occurrence);
  }
  return groups;
}

function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

const storefrontKey = (ref: StorefrontRef): string => `${ref.platform}\u001f${ref.sellerId}`;
const socialKey = (ref: SocialRef): string => `${ref.platform}\u001f${ref.handle}`;

function describe(group: Group): TruthIdentifier {
  const storefronts: StorefrontRef[] = [];
  const socials: SocialRef[] = [];
  for (const { subject } of group.occurrences) {
    if (subject.type === 'storefront')
      storefronts.push({ platform: subject.platform, sellerId: subject.sellerId });
    if (subject.type === 'social') socials.push({ platform: subject.platform, handle: subject.handle });
  }
  return {
    kind: group.identifier.kind,
    normalized: group.identifier.key,
    raw: [...new Set(group.occurrences.map((o) => o.raw))],
    storefronts: distinct(storefronts, storefrontKey),
    socialAccounts: distinct(socials, socialKey),
    occurrences: group.occurrences.map(({ identifier: _identifier, ...occurrence }) => occurrence),
  };
}

export function compileTruth(world: World, recorder: Recorder): DemoTruth {
  const storefrontsByKey = new Map(world.storefronts.map((front) => [storefrontKey(front), front]));
  const socialsByKey = new Map(world.socials.map((social) => [socialKey(social), social]));
  const shipmentsByTracking = new Map(world.shipments.map((shipment) => [shipment.trackingNumber, shipment]));
  const hubRoles = new Map<string, TruthHubRole>([
    [`email\u001f${world.hub.email.key}`, 'marketplace support e-mail'],
    [`address\u001f${world.hub.address.key}`, 'marketplace support address'],
    [`address\u001f${world.forwarder.address.key}`, 'freight forwarder address'],
  ]);

  const shared = new Map<number, TruthIdentifier[]>();
  const via = new Map<string, TruthSocialAccount['via'][number][]>();
  const hubs: TruthHub[] = [];

  for (const [id, group] of groupOccurrences(recorder)) {
    const described = describe(group);
    const fronts = described.storefronts.flatMap((ref) => storefrontsByKey.get(storefrontKey(ref)) ?? []);
    const operations = new Set(fronts.map((front) => front.operation));
    const role = hubRoles.get(id);
    if (role !== undefined) {
      const trackingNumbers = distinct(
        group.occurrences.flatMap((o) => (o.subject.type === 'shipment' ? [o.subject.trackingNumber] : [])),
        (t) => t,
      );
      const shipmentOperations = trackingNumbers.map((t) => shipmentsByTracking.get(t)?.operation);
      const operationIds = [...new Set([...fronts.map((f) => f.operation), ...shipmentOperations])]
        .flatMap((index) => {
          const operation = index === undefined ? undefined : world.operations[index];
          return operation === undefined ? [] : [operation.id];
        })
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      hubs.push({
        role,
        kind: described.kind,
        normalized: described.normalized,
        raw: described.raw,
        storefronts: described.storefronts,
        operations: operationIds,
        honestSellers: fronts.filter((front) => front.operation === undefined).map(storefrontRef),
        trackingNumbers,
      });
      continue;
    }
    if (operations.size > 1) {
      throw new Error(`Planted identifier ${described.normalized} joins storefronts of different operations`);
    }
    const [operation] = [...operations];
    if (operation === undefined) continue;
    if (described.storefronts.length >= 2) {
      const list = shared.get(operation) ?? [];
      list.push(described);
      shared.set(operation, list);
    }
    for (const ref of described.socialAccounts) {
      const social = socialsByKey.get(socialKey(ref));
      if (social?.operation !== operation) continue;
      const links = distinct(
        group.occurrences
          .filter((o) => o.subject.type === 'social' && socialKey(o.subject) === socialKey(ref))
          .map((o) => o.link),
        (link) => link,
      );
      const list = via.get(socialKey(ref)) ?? [];
      for (const link of links) list.push({ kind: described.kind, normalized: described.normalized, link });
      via.set(socialKey(ref), list);
    }
  }

  const usedPhotos = new Set(
    recorder.occurrences.filter((o) => o.identifier.kind === 'image').map((o) => o.identifier.key),
  );
  const operations: TruthOperation[] = world.operations.map((operation) => ({
    id: operation.id,
    home: operation.home,
    companies: operation.companies.map((company) => company.name),
    marketplaces: operation.marketplaces,
    storefronts: operation.storefronts.flatMap((index) => {
      const front = world.storefronts[index];
      return front === undefined ? [] : [storefrontRef(front)];
    }),
    socialAccounts: operation.socials.flatMap((index) => {
      const social = world.socials[index];
      if (social === undefined) return [];
      const ref: SocialRef = { platform: social.platform, handle: social.handle };
      return [{ ...ref, via: via.get(socialKey(ref)) ?? [] }];
    }),
    sharedIdentifiers: shared.get(operation.index) ?? [],
    images: operation.photos
      .filter((photo) => usedPhotos.has(photo.key))
      .map((photo) => ({
        sha256: photo.key,
        perceptualHash: photo.perceptualHash,
        product: `${photo.product.brand} ${photo.product.name}`,
        ...(photo.variantOf !== undefined ? { variantOf: photo.variantOf } : {}),
      })),
    waybills: operation.shipments.flatMap((index) => world.shipments[index]?.trackingNumber ?? []),
    seizures: world.seizures.flatMap((seizure) =>
      seizure.operation === operation.index && seizure.trackingNumber !== undefined
        ? [{ seizureId: seizure.id, trackingNumber: seizure.trackingNumber }]
        : [],
    ),
    ftmIds: recorder.objectIds.ftm.get(operation.index) ?? [],
    stixIds: recorder.objectIds.stix.get(operation.index) ?? [],
    evidence: recorder.evidence.get(operation.index) ?? [],
  }));

  return {
    seed: world.seed,
    sellers: world.sellers,
    listingsPerSeller: world.listingsPerSeller,
    operations,
    honestSellers: world.storefronts.filter((front) => front.operation === undefined).map(storefrontRef),
    unrelatedSocialAccounts: world.socials
      .filter((social) => social.operation === undefined)
      .map((social) => ({ platform: social.platform, handle: social.handle })),
    hubs,
    otherWaybills: world.shipments.filter((s) => s.operation === undefined).map((s) => s.trackingNumber),
    otherSeizures: world.seizures.filter((s) => s.operation === undefined).map((s) => s.id),
    pricing: compilePricing(world, recorder),
    authorization: compileAuthorization(world, recorder),
    noise: { duplicates: recorder.duplicates, rejects: recorder.rejects, brokenLines: recorder.brokenLines },
  };
}
