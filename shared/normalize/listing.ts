/**
 * Marketplace listing URLs reduced to the item they show. A listing is shared with slugs, locale paths and
 * tracking junk (`amazon.de/-/en/Nike-Air/dp/B0C1234567/ref=sr_1_3?…`); its item id is what stays the same, so two
 * files that saw the same listing key it alike.
 *
 * `platform` is the registrable domain (`amazon.de`, `ebay.co.uk`, `mercadolivre.com.br`): the same item id on
 * two Amazon sites is two listings. `url` is the shortest address that opens the item, already in the form
 * `normalizeUrl` gives, so it can key a `url` node as it is.
 */
import { parse } from 'tldts';
import { parseLooseUrl } from './looseUrl';

/** A marketplace listing, identified by its platform and the platform's own item id. */
export type CanonicalListing = Readonly<{
  /** The registrable domain of the marketplace site (`amazon.de`). */
  platform: string;
  /** The platform's item id: an ASIN, an eBay item number, `MLB1234567890`, `shopId.itemId` on Shopee. */
  itemId: string;
  /** The canonical URL of the item on that site. */
  url: string;
}>;

type Site = Readonly<{ domain: string; url: URL }>;

/** A rule: the item id and canonical URL of a listing on one marketplace, or `undefined` when the URL is not one. */
type Rule = (site: Site) => Readonly<{ itemId: string; url: string }> | undefined;

const group = (pattern: RegExp, text: string, index = 1): string | undefined => pattern.exec(text)?.[index];

/** `/dp/ASIN`, `/gp/product/ASIN`, `/-/de/dp/ASIN`, `/Slug/dp/ASIN/ref=…`, the mobile `/gp/aw/d/ASIN`. */
const AMAZON = /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin|o\/asin)\/([a-z0-9]{10})(?=[/?#]|$)/i;
const EBAY = /\/itm\/(?:[^/?#]+\/)?(\d{9,15})(?=[/?#]|$)/;
/** Mercado Livre/Libre site ids: MLB (Brazil), MLA (Argentina), MLM (Mexico), MCO, MLC, MLU, MPE… */
const MERCADO_ITEM = /\/(M[A-Z]{2})-(\d{6,})(?=[-/?#_]|$)/;
const MERCADO_CATALOG = /\/p\/(M[A-Z]{2})(\d{6,})(?=[/?#]|$)/;
const MERCADO_ID = /^(M[A-Z]{2})-?(\d{6,})$/;
const ALIEXPRESS = /\/item\/(?:[^/?#]+\/)?(\d{6,})\.html/;
const ETSY = /\/listing\/(\d{5,})(?=[/?#]|$)/;
const WISH = /\/product\/([0-9a-f]{24})(?=[/?#]|$)/i;
const TEMU = /-g-(\d{6,})\.html/;
const SHOPEE_SLUG = /-i\.(\d+)\.(\d+)(?=[/?#]|$)/;
const SHOPEE_PATH = /\/product\/(\d+)\/(\d+)(?=[/?#]|$)/;
const ALLEGRO = /\/oferta\/(?:[^/?#]*-)?(\d{8,})(?=[/?#]|$)/;
const OZON = /\/product\/(?:[^/?#]*-)?(\d{5,})(?=[/?#]|$)/;
const WILDBERRIES = /\/catalog\/(\d{5,})\/detail\.aspx/i;

const mercado: Rule = ({ domain, url }) => {
  // Item pages live on `produto.` (Brazil) or `articulo.` (Spanish-speaking sites).
  const itemHost = domain === 'mercadolivre.com.br' ? `produto.${domain}` : `articulo.${domain}`;
  const item = MERCADO_ITEM.exec(url.pathname);
  if (item?.[1] !== undefined && item[2] !== undefined) {
    return { itemId: `${item[1]}${item[2]}`, url: `https://${itemHost}/${item[1]}-${item[2]}` };
  }
  const catalog = MERCADO_CATALOG.exec(url.pathname);
  if (catalog?.[1] === undefined || catalog[2] === undefined) return undefined;
  // A catalog page (`/p/MLB19615425`) shows a product many sellers offer; `wid` names the offer it opened on.
  const offer = MERCADO_ID.exec(url.searchParams.get('wid') ?? '');
  if (offer?.[1] !== undefined && offer[2] !== undefined) {
    return { itemId: `${offer[1]}${offer[2]}`, url: `https://${itemHost}/${offer[1]}-${offer[2]}` };
  }
  return { itemId: `${catalog[1]}${catalog[2]}`, url: `https://${domain}/p/${catalog[1]}${catalog[2]}` };
};

const shopee: Rule = ({ domain, url }) => {
  const match = SHOPEE_SLUG.exec(url.pathname) ?? SHOPEE_PATH.exec(url.pathname);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  // Shopee item ids are unique per shop only, so the key carries both.
  return { itemId: `${match[1]}.${match[2]}`, url: `https://${domain}/product/${match[1]}/${match[2]}` };
};

const simple =
  (
    pattern: RegExp,
    canonical: (domain: string, id: string) => string,
    normalizeId = (id: string) => id,
  ): Rule =>
  ({ domain, url }) => {
    const raw = group(pattern, url.pathname);
    if (raw === undefined) return undefined;
    const itemId = normalizeId(raw);
    return { itemId, url: canonical(domain, itemId) };
  };

const temu: Rule = ({ domain, url }) => {
  const itemId = group(TEMU, url.pathname) ?? /^\d{6,}$/.exec(url.searchParams.get('goods_id') ?? '')?.[0];
  return itemId === undefined
    ? undefined
    : { itemId, url: `https://${domain}/goods.html?goods_id=${itemId}` };
};

const ebay: Rule = ({ domain, url }) => {
  // The old `ViewItem` links carry the item number in `item=`.
  const itemId = group(EBAY, url.pathname) ?? /^\d{9,15}$/.exec(url.searchParams.get('item') ?? '')?.[0];
  return itemId === undefined ? undefined : { itemId, url: `https://${domain}/itm/${itemId}` };
};

/** Rules by the label of the registrable domain: `amazon` covers amazon.de, amazon.co.uk, amazon.com.br… */
const RULES: Readonly<Record<string, Rule>> = {
  amazon: simple(
    AMAZON,
    (domain, id) => `https://${domain}/dp/${id}`,
    (id) => id.toUpperCase(),
  ),
  ebay,
  mercadolivre: mercado,
  mercadolibre: mercado,
  aliexpress: simple(ALIEXPRESS, (domain, id) => `https://${domain}/item/${id}.html`),
  etsy: simple(ETSY, (domain, id) => `https://${domain}/listing/${id}`),
  wish: simple(
    WISH,
    (domain, id) => `https://${domain}/product/${id}`,
    (id) => id.toLowerCase(),
  ),
  temu,
  shopee,
  allegro: simple(ALLEGRO, (domain, id) => `https://${domain}/oferta/${id}`),
  ozon: simple(OZON, (domain, id) => `https://${domain}/product/${id}`),
  wildberries: simple(WILDBERRIES, (domain, id) => `https://${domain}/catalog/${id}/detail.aspx`),
};

/** The platform and item id of a marketplace listing URL, or `undefined` when it is not one we know. */
export function canonicalListing(raw: string): CanonicalListing | undefined {
  const parsed = parseLooseUrl(raw);
  if (!parsed.ok) return undefined;
  const { url } = parsed;
  const { domain, domainWithoutSuffix } = parse(url.hostname);
  if (domain === null || domainWithoutSuffix === null) return undefined;
  const rule = RULES[domainWithoutSuffix];
  const found = rule?.({ domain, url });
  return found === undefined ? undefined : { platform: domain, ...found };
}
