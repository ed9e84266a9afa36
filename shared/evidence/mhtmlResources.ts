/**
 * Puts an MHTML archive's own images and stylesheets back into its page, so the capture looks like what the
 * investigator saw: images become `data:` URLs (the only images the inert frame's policy allows) and stylesheet
 * links become `<style>` blocks. Nothing else changes: anything the archive did not capture stays a dead link, and
 * the sandbox, not this rewriting, is what keeps the page inert.
 */
import { decodeHtmlBytes } from './charset';
import type { MhtmlDocument, MhtmlPart } from './mhtml';
import { encodeBase64 } from './transferEncoding';

/** Image types a browser shows in `<img>`; an SVG there is only a picture (no script runs in an image). */
const SHOWN_IMAGES: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/svg+xml',
  'image/x-icon',
  'image/vnd.microsoft.icon',
]);

export type ResourceOptions = Readonly<{
  /** Larger images stay out: they would make the frame's document huge for little gain in a preview. */
  maxImageBytes?: number;
}>;

export type PageWithResources = Readonly<{ html: string; images: number; stylesheets: number }>;

/** The names a page may use for a part: its Content-Location and its `cid:` URL. */
function namesOf(part: MhtmlPart): string[] {
  return [part.contentLocation, part.contentId === undefined ? undefined : `cid:${part.contentId}`].filter(
    (name): name is string => name !== undefined && name !== '',
  );
}

/** An attribute value as written in HTML, with the one entity that routinely appears in URLs decoded. */
const unescapeUrl = (value: string): string => value.replace(/&amp;/gi, '&');

const URL_REFERENCE =
  /(\b(?:src|poster|background)\s*=\s*)(["']?)([^"'\s>]+)\2|(url\(\s*)(["']?)([^"')\s]+)\5(\s*\))/gi;
const SRCSET = /(\bsrcset\s*=\s*)(["'])([^"']*)\2/gi;

function replaceImageUrls(text: string, images: ReadonlyMap<string, string>, used: Set<string>): string {
  const lookup = (url: string): string | undefined => {
    const found = images.get(url) ?? images.get(unescapeUrl(url));
    if (found !== undefined) used.add(found);
    return found;
  };
  return text
    .replace(
      URL_REFERENCE,
      (
        match,
        attr?: string,
        q1?: string,
        url1?: string,
        open?: string,
        q2?: string,
        url2?: string,
        close?: string,
      ) => {
        if (attr !== undefined && url1 !== undefined) {
          const data = lookup(url1);
          return data === undefined ? match : `${attr}${q1 || '"'}${data}${q1 || '"'}`;
        }
        const data = url2 === undefined ? undefined : lookup(url2);
        // The original quote (or none) is kept: a style attribute's own quotes must not be closed by ours.
        return data === undefined ? match : `${open ?? 'url('}${q2 ?? ''}${data}${q2 ?? ''}${close ?? ')'}`;
      },
    )
    .replace(SRCSET, (match, attr: string, quote: string, list: string) => {
      const candidates = list.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        const data = lookup(url);
        return data === undefined ? undefined : [data, ...descriptor].join(' ');
      });
      if (candidates.every((candidate) => candidate === undefined)) return match;
      const rewritten = candidates.map(
        (candidate, index) => candidate ?? (list.split(',')[index] ?? '').trim(),
      );
      return `${attr}${quote}${rewritten.join(', ')}${quote}`;
    });
}

const LINK_TAG = /<link\b[^>]*>/gi;
const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match?.[1] ?? match?.[2] ?? match?.[3];
};

/** The page's HTML with the archive's images and stylesheets inlined. */
export function pageWithResources(document: MhtmlDocument, options: ResourceOptions = {}): PageWithResources {
  const maxImageBytes = options.maxImageBytes ?? 5 * 1024 * 1024;
  const images = new Map<string, string>();
  const stylesheets = new Map<string, string>();
  for (const part of document.parts) {
    if (part === document.page) continue;
    if (SHOWN_IMAGES.has(part.mediaType) && part.bytes.length <= maxImageBytes) {
      const data = `data:${part.mediaType};base64,${encodeBase64(part.bytes)}`;
      for (const name of namesOf(part)) images.set(name, data);
    } else if (part.mediaType === 'text/css') {
      const css = decodeHtmlBytes(part.bytes, part.charset ? `text/css; charset=${part.charset}` : '').text;
      for (const name of namesOf(part)) stylesheets.set(name, css);
    }
  }

  const usedImages = new Set<string>();
  let stylesheetCount = 0;
  const withStyles = document.html.replace(LINK_TAG, (tag) => {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (!rel.includes('stylesheet') || href === undefined) return tag;
    const css = stylesheets.get(href) ?? stylesheets.get(unescapeUrl(href));
    if (css === undefined) return tag;
    stylesheetCount++;
    const media = attribute(tag, 'media');
    // `</style` inside the CSS would end the block early and turn the rest into markup.
    const safe = css.replace(/<\/(style)/gi, '<\\/$1');
    return `<style${media === undefined ? '' : ` media="${media.replace(/"/g, '&quot;')}"`}>${safe}</style>`;
  });
  const html = replaceImageUrls(withStyles, images, usedImages);
  return { html, images: usedImages.size, stylesheets: stylesheetCount };
}
