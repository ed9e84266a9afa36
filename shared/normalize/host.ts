/**
 * Host names as the rest of this folder compares them: lower-case ASCII, with internationalized names in their
 * punycode form (`bücher.de` -> `xn--bcher-kva.de`). One spelling per host means a domain written in Unicode in one
 * file and in punycode in another is one node; and punycode makes a Cyrillic look-alike of a brand's domain
 * (`аpple.com` with a Cyrillic `а`) visibly different from the real one.
 */
import { parse } from 'tldts';

const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** True for an IPv4 address (`185.12.44.3`) or a bracketed IPv6 one (`[2001:db8::1]`), as URLs write hosts. */
export const isIpHost = (host: string): boolean => DOTTED_QUAD.test(host) || host.startsWith('[');

/** Letters, digits, marks, dots, hyphens and underscores: anything else cannot be a host name. */
const HOST_CHARS = /^[\p{L}\p{N}\p{M}._-]+$/u;

/** The ASCII (punycode) form of a host name, or `undefined` when it is not a valid one. */
export function toAsciiHost(host: string): string | undefined {
  const trimmed = host.trim().replace(/\.$/, '');
  if (!HOST_CHARS.test(trimmed)) return undefined;
  try {
    return new URL(`http://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The top-level names RFC 2606 reserves for documentation and testing. They are in no public suffix list, but
 * training data, exercises and tool documentation use them as stand-ins for real shops (`replica-bags.example`), and
 * an investigator loading such a file expects them to behave like any other domain.
 */
const DOCUMENTATION_TLDS = new Set(['example', 'test']);

function documentationDomain(host: string): string | undefined {
  const labels = host.split('.');
  if (labels.length < 2 || !DOCUMENTATION_TLDS.has(labels[labels.length - 1] ?? '')) return undefined;
  return labels.slice(-2).join('.');
}

/**
 * The registrable domain of a host (`shop.example.co.uk` -> `example.co.uk`), or `undefined` when the host has no
 * known public suffix (`localhost`, `printer.local`), is an IP address or is itself a suffix (`co.uk`).
 *
 * Private suffixes count (`best-replicas.myshopify.com` stays itself, not `myshopify.com`): every shop on a hosting
 * platform would otherwise become one domain node, a hub that links thousands of unrelated sellers.
 */
export function registrableDomain(host: string): string | undefined {
  const documentation = documentationDomain(host);
  if (documentation !== undefined) return documentation;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp === true || parsed.domain === null) return undefined;
  if (parsed.isIcann !== true && parsed.isPrivate !== true) return undefined;
  return parsed.domain;
}
