/**
 * The key parts that identify the entity a slot describes, from the values the row gave it. Keys decide what
 * merges: the same seller id on the same platform in two files is one seller; so the rules are strict, and a slot
 * without a usable key is rejected rather than guessed.
 */
import { assertNever } from '../../assertNever';
import type { EntityKind } from '../../model';
import { canonicalListing, extractHandleFromUrl, normalizeName, normalizeUsername } from '../../normalize';

export type SlotValues = Readonly<Record<string, readonly (string | number)[]>>;

export type SlotKeyResult = Readonly<{ ok: true; parts: string[] }> | Readonly<{ ok: false; reason: string }>;

const first = (values: SlotValues, prop: string): string | undefined => {
  const value = values[prop]?.[0];
  return value === undefined ? undefined : String(value).trim() || undefined;
};

const compactId = (id: string): string => id.replace(/\s+/g, '');

export function slotKey(kind: EntityKind, values: SlotValues, platform: string | undefined): SlotKeyResult {
  const on = platform ?? 'unknown';
  switch (kind) {
    case 'seller': {
      const id = first(values, 'sellerId');
      if (id) return { ok: true, parts: [on, compactId(id)] };
      const url = first(values, 'storefrontUrl');
      if (url) return { ok: true, parts: [on, url] };
      const name = first(values, 'storefrontName');
      const normalized = name === undefined ? undefined : normalizeName(name);
      if (normalized?.ok) return { ok: true, parts: [on, normalized.value] };
      return { ok: false, reason: 'a seller needs a seller id, a storefront URL or a storefront name' };
    }
    case 'listing': {
      const id = first(values, 'listingId');
      const url = first(values, 'url');
      const canonical = url === undefined ? undefined : canonicalListing(url);
      if (id) return { ok: true, parts: [platform ?? canonical?.platform ?? 'unknown', compactId(id)] };
      if (canonical) return { ok: true, parts: [canonical.platform, canonical.itemId] };
      if (url) return { ok: true, parts: ['url', url] };
      return { ok: false, reason: 'a listing needs a listing id or a URL' };
    }
    case 'socialAccount': {
      const handle = first(values, 'handle');
      const fromUrl = (() => {
        const url = first(values, 'profileUrl');
        return url === undefined ? undefined : extractHandleFromUrl(url);
      })();
      if (handle) {
        const normalized = normalizeUsername(handle, platform);
        if (normalized.ok)
          return { ok: true, parts: [platform ?? fromUrl?.platform ?? 'unknown', normalized.value] };
        return { ok: false, reason: `the handle is not usable: ${normalized.reason}` };
      }
      if (fromUrl) return { ok: true, parts: [platform ?? fromUrl.platform, fromUrl.handle.toLowerCase()] };
      return { ok: false, reason: 'a social account needs a handle or a profile URL' };
    }
    case 'shipment': {
      const tracking = first(values, 'trackingNumber');
      if (tracking) return { ok: true, parts: [compactId(tracking).toUpperCase()] };
      const seizure = first(values, 'seizureId');
      if (seizure) return { ok: true, parts: ['seizure', compactId(seizure).toUpperCase()] };
      return { ok: false, reason: 'a shipment needs a tracking number (waybill) or a seizure id' };
    }
    case 'organization':
    case 'person': {
      const name = first(values, 'name');
      const normalized = name === undefined ? undefined : normalizeName(name);
      if (normalized?.ok) return { ok: true, parts: [normalized.value] };
      return { ok: false, reason: `a${kind === 'organization' ? 'n organization' : ' person'} needs a name` };
    }
    case 'product': {
      const brand = first(values, 'brand')?.toLowerCase();
      const item = first(values, 'gtin') ?? first(values, 'sku') ?? first(values, 'name');
      if (brand && item) return { ok: true, parts: [brand, item.toLowerCase()] };
      return { ok: false, reason: 'a product needs a brand and a GTIN, SKU or name' };
    }
    case 'email':
    case 'phone':
    case 'address':
    case 'paymentAccount':
    case 'ipAddress':
    case 'domain':
    case 'url':
    case 'username':
    case 'image':
      return { ok: false, reason: 'identifiers are mapped as fields of an account, not as slots' };
    default:
      return assertNever(kind, 'entity kind');
  }
}
