/**
 * URLs as comparison keys: the same page shared from an app, an ad and a search result should be one node.
 *
 * What changes: the scheme is added when missing (`https`), scheme and host are lower-case (the host in punycode,
 * see host.ts), `www.`, default ports, credentials, fragments, a trailing slash and tracking parameters go, the
 * remaining query parameters are sorted. What stays: `http` vs `https` (a different address, and sometimes a
 * different site), the case of the path (paths are case-sensitive), other subdomains (`m.`, `de.`), and a
 * `#/…` or `#!…` fragment, which single-page shops use as their real path.
 */
import { getDomainWithoutSuffix } from 'tldts';
import { parseLooseUrl } from './looseUrl';
import { accept, type Normalized } from './result';
import { isTrackingParam } from './trackingParams';

const HASH_ROUTE = /^#!?\//;

/** Lower-case hex digits of `%c3%a4` and upper-case ones are the same byte; pick one spelling. */
const upperPercentEncoding = (text: string): string =>
  text.replace(/%[0-9a-f]{2}/gi, (hex) => hex.toUpperCase());

/** The comparison key of a web address; non-web schemes (`javascript:`, `data:`, `file:`…) are rejected. */
export function normalizeUrl(raw: string): Normalized {
  const parsed = parseLooseUrl(raw);
  if (!parsed.ok) return parsed;
  const { url } = parsed;
  const hostname =
    url.hostname.startsWith('www.') && url.hostname.indexOf('.', 4) !== -1
      ? url.hostname.slice(4)
      : url.hostname;
  const site = getDomainWithoutSuffix(hostname, { allowPrivateDomains: true }) ?? undefined;
  const params = new URLSearchParams(url.search);
  for (const name of [...new Set(params.keys())]) {
    if (isTrackingParam(name, site)) params.delete(name);
  }
  // Stable: values of a repeated parameter keep their order, which can matter (`?size=38&size=39`).
  params.sort();
  const query = params.toString();
  const fragment = HASH_ROUTE.test(url.hash) ? url.hash : '';
  const trimmedPath = upperPercentEncoding(url.pathname.replace(/\/+$/, ''));
  const path = trimmedPath === '' && fragment !== '' ? '/' : trimmedPath;
  const port = url.port === '' ? '' : `:${url.port}`;
  return accept(`${url.protocol}//${hostname}${port}${path}${query === '' ? '' : `?${query}`}${fragment}`);
}
