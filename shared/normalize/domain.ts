/**
 * Domains as comparison keys: the registrable part (`shop.example.co.uk` -> `example.co.uk`), so a seller's
 * storefront URL, its e-mail and a link in a bio meet on one domain node. Hosting platforms' own suffixes count as
 * public (see host.ts), so `best-replicas.myshopify.com` is its own domain rather than everyone's `myshopify.com`.
 */
import { cleanCell } from './cell';
import { isIpHost, registrableDomain, toAsciiHost } from './host';
import { parseLooseUrl } from './looseUrl';
import { accept, reject, type Normalized, type Rejected } from './result';

const LABEL = /^(?:domain|dom[ií]nio|dominio|domaine)\s*:\s*/iu;
const HAS_SCHEME_OR_PATH = /^[a-z][a-z0-9+.-]*:\/\/|[/?#]/i;

/** The host a value names, whether it is written as a bare host, a URL or an e-mail address. */
function hostIn(text: string): Readonly<{ ok: true; host: string }> | Rejected {
  if (!HAS_SCHEME_OR_PATH.test(text)) {
    const bare = (text.includes('@') ? text.slice(text.lastIndexOf('@') + 1) : text).replace(/:\d+$/, '');
    if (isIpHost(bare)) return { ok: true, host: bare };
    const ascii = toAsciiHost(bare);
    return ascii === undefined
      ? reject(`not a domain: "${bare}" is not a host name`)
      : { ok: true, host: ascii };
  }
  const parsed = parseLooseUrl(text);
  return parsed.ok ? { ok: true, host: parsed.url.hostname } : parsed;
}

/** The registrable domain of a bare domain, a URL or an e-mail address, lower-case and in punycode. */
export function normalizeDomain(raw: string): Normalized {
  const text = cleanCell(raw)
    .replace(LABEL, '')
    .replace(/^[<"'(]+|[>"').,;:!?]+$/g, '');
  if (text === '') return reject('empty');
  const found = hostIn(text);
  if (!found.ok) return found;
  const { host } = found;
  if (isIpHost(host)) return reject('an IP address, not a domain');
  const domain = registrableDomain(host);
  return domain === undefined
    ? reject(`no public suffix: "${host}" is not a registrable domain`)
    : accept(domain);
}

/** The host of a URL (`https://WWW.Shop.de:8080/x` -> `www.shop.de`), or `undefined` when it is not a web URL. */
export function hostOf(url: string): string | undefined {
  const parsed = parseLooseUrl(url);
  return parsed.ok ? parsed.url.hostname : undefined;
}
