import { unzipSync, unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pseudonymizer } from './pseudonyms';
import {
  ADDRESS,
  BR_EMAIL,
  EMAIL,
  EMAIL_IN_NOTE,
  HIDDEN_EMAIL,
  PHONE,
  PHONE_IN_NOTE,
  SAVED_VIEW,
  testInput,
  testOptions,
  writeToMemory,
} from './testBundle';
import { AUDIT_OMITTED_WHEN_REDACTED } from './writeBundle';

const SECRETS = [
  EMAIL,
  EMAIL_IN_NOTE,
  PHONE,
  PHONE_IN_NOTE,
  BR_EMAIL,
  HIDDEN_EMAIL,
  ADDRESS,
  'Тверская',
  'Tverskaia',
  '4951234567',
];

/** The text of a file as a reader would get at it: a PDF's compressed page streams are inflated too. */
function readable(path: string, bytes: Uint8Array): string {
  const raw = new TextDecoder('latin1').decode(bytes);
  let text = new TextDecoder().decode(bytes);
  if (path.endsWith('.pdf')) {
    for (const match of raw.matchAll(/stream\r?\n/g)) {
      const start = match.index + match[0].length;
      const end = raw.indexOf('endstream', start);
      try {
        text += new TextDecoder('latin1').decode(unzlibSync(bytes.subarray(start, end)));
      } catch {
        // not a deflated stream
      }
    }
  }
  return text.toLowerCase();
}

describe('redaction', () => {
  it('leaves no original e-mail, phone or address in any file of the bundle', async () => {
    const written = await writeToMemory(
      testInput({ views: [SAVED_VIEW] }),
      testOptions({ redact: true, includeEvidence: false }),
    );
    const files = unzipSync(written.zip);
    expect(Object.keys(files)).not.toContain('audit/log.jsonl');
    for (const [path, bytes] of Object.entries(files)) {
      const text = readable(path, bytes);
      for (const secret of SECRETS)
        expect(text.includes(secret.toLowerCase()), `${secret} in ${path}`).toBe(false);
    }
    // the check can fail: without redaction the same scan finds them
    const plain = unzipSync((await writeToMemory(testInput(), testOptions({ includeEvidence: false }))).zip);
    expect(readable('report.pdf', plain['report.pdf'] ?? new Uint8Array())).toContain(EMAIL);
    expect(readable('data/case.json', plain['data/case.json'] ?? new Uint8Array())).toContain(PHONE_IN_NOTE);
  });

  it('gives one value one pseudonym everywhere: ids, links, notes, report', async () => {
    const files = unzipSync(
      (await writeToMemory(testInput(), testOptions({ redact: true, includeEvidence: false }))).zip,
    );
    const pseudonym = pseudonymizer(testInput().case.id).pseudonym('email', EMAIL);
    expect(pseudonym).toMatch(/^email-[0-9a-f]{10}@redacted\.invalid$/);
    const text = (path: string) => new TextDecoder().decode(files[path]);
    expect(text('data/entities.jsonl')).toContain(`"id":"email:${pseudonym}"`);
    expect(text('data/links.jsonl')).toContain(`email:${pseudonym}`);
    expect(text('data/case.json')).toContain(`wrote to ${pseudonym}`);
    expect(text('report.html')).toContain(pseudonym);
    const phone = pseudonymizer(testInput().case.id).pseudonym('phone', PHONE);
    expect(text('data/case.json')).toContain(`Called ${phone}`);
    expect(text('data/case.json')).toContain(
      `Office at ${pseudonymizer(testInput().case.id).pseudonym('address', ADDRESS)}`,
    );
  });

  it('says in the manifest what it did and what it could not do', async () => {
    const { manifest } = await writeToMemory(
      testInput(),
      testOptions({ redact: true, includeEvidence: true }),
    );
    expect(manifest.auditIncluded).toBe(false);
    expect(manifest.auditOmittedReason).toBe(AUDIT_OMITTED_WHEN_REDACTED);
    expect(manifest.redaction?.evidenceIncluded).toBe(true);
    expect(manifest.redaction?.note).toMatch(/originals.*ARE included/);
    expect(manifest.redaction?.pseudonyms).toBeGreaterThanOrEqual(5);
    expect(manifest.auditHead?.seq).toBe(12);
  });
});

describe('pseudonyms', () => {
  it('are the same for spellings of one value and differ between cases', () => {
    const a = pseudonymizer('case-a');
    expect(a.pseudonym('email', ' Prodazhi@ROMASHKA-shop.ru ')).toBe(a.pseudonym('email', EMAIL));
    expect(a.pseudonym('phone', PHONE_IN_NOTE)).toBe(a.pseudonym('phone', PHONE));
    expect(a.pseudonym('phone', PHONE)).toMatch(/^\+000 [0-9a-f]{10}$/);
    expect(a.pseudonym('address', ADDRESS)).toMatch(/^address [0-9a-f]{10}$/);
    expect(pseudonymizer('case-b').pseudonym('email', EMAIL)).not.toBe(a.pseudonym('email', EMAIL));
    expect(a.count()).toBe(3);
  });
});
