import { describe, expect, it } from 'vitest';
import { mediaTypeEssence, previewKind } from './previewKind';

describe('how evidence is previewed', () => {
  it.each([
    ['image/png', 'listing-photo.png', 'image'],
    ['image/jpeg', 'IMG_2041.JPG', 'image'],
    ['image/webp', 'thumb.webp', 'image'],
    // SVG can carry script, but an <img> never runs it: it is shown as a picture only.
    ['image/svg+xml', 'logo.svg', 'image'],
    ['application/pdf', 'Rechnung 2026-0042.pdf', 'pdf'],
    ['text/html; charset=utf-8', 'seller-page.html', 'html'],
    ['TEXT/HTML', 'index.htm', 'html'],
    ['application/xhtml+xml', 'page.xhtml', 'html'],
    ['multipart/related', 'Nike Air Max 90 – Shop.mhtml', 'mhtml'],
    ['multipart/related; type="text/html"', 'capture', 'mhtml'],
    ['message/rfc822', 'listing.mht', 'mhtml'],
    ['message/rfc822', 'offer.eml', 'text'],
    ['text/plain', 'notes.txt', 'text'],
    ['text/csv', 'sellers.csv', 'text'],
    ['application/json', 'profile.json', 'text'],
    ['application/x-ndjson', 'profiles.jsonl', 'text'],
    ['application/ld+json', 'product.jsonld', 'text'],
    ['application/xml', 'feed.xml', 'text'],
    ['application/octet-stream', 'screenshot.png', 'image'],
    ['application/octet-stream', 'saved.MHT', 'mhtml'],
    ['', 'scan.pdf', 'pdf'],
    ['application/octet-stream', 'capture.tar.gz', 'none'],
    ['application/octet-stream', 'README', 'none'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'listings.xlsx', 'none'],
    ['application/zip', 'photos.zip', 'none'],
    ['image/tiff', 'scan.tiff', 'none'],
    ['image/heic', 'IMG_0001.HEIC', 'none'],
    ['video/mp4', 'unboxing.mp4', 'none'],
  ] as const)('%s named %s: %s', (mediaType, name, kind) => {
    expect(previewKind(mediaType, name)).toBe(kind);
  });

  it('trusts a specific declared type over the name, so a renamed file is never shown as something richer', () => {
    expect(previewKind('text/plain', 'page.html')).toBe('text');
    expect(previewKind('image/png', 'page.html')).toBe('image');
  });

  it('reads the essence of a media type', () => {
    expect(mediaTypeEssence(' Text/HTML ; charset=UTF-8')).toBe('text/html');
  });
});
