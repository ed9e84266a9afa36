import { describe, expect, it } from 'vitest';
import {
  describeAudit,
  describeProblem,
  problemCount,
  problemDetail,
  problemsOf,
  verdictOf,
} from './reviewSummary';
import type { BundleVerification, FileCheck } from './types';

const HEAD = '3f0a9c1e2d4b5a6978877665544332211ffeeddccbbaa99887766554433221100';
const A = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const B = '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752';

const intactFiles: FileCheck[] = [
  { path: 'data/case.json', status: 'intact', expectedSha256: A, actualSha256: A },
  { path: 'evidence/9f86d081-storefront.png', status: 'intact', expectedSha256: B, actualSha256: B },
];
const chain = { status: 'intact', entries: 214, head: HEAD } as const;

describe('verdictOf', () => {
  it('says a bundle is intact only when every file and the chain hold', () => {
    const verification: BundleVerification = { intact: true, files: intactFiles, audit: chain };
    expect(verdictOf(verification)).toEqual({
      tone: 'intact',
      headline: 'Everything in this bundle is intact',
    });
    expect(problemsOf(verification)).toEqual([]);
    expect(problemCount(verification)).toBe(0);
  });

  it('counts each kind of problem and names the broken chain entry', () => {
    const verification: BundleVerification = {
      intact: false,
      files: [
        intactFiles[0]!,
        { path: 'evidence/9f86d081-storefront.png', status: 'altered', expectedSha256: B, actualSha256: A },
        { path: 'data/links.csv', status: 'missing', expectedSha256: A },
        { path: 'evidence/../../payload.exe', status: 'unlisted', actualSha256: B },
      ],
      audit: { status: 'broken', atSeq: 12, reason: 'entry 12 was edited' },
    };
    expect(verdictOf(verification)).toEqual({
      tone: 'altered',
      headline:
        'This bundle was altered: 1 file differs from its manifest, 1 file is missing, 1 file is not in the manifest, the audit chain is broken at entry #12',
    });
    expect(problemsOf(verification).map((p) => p.path)).toEqual([
      'evidence/9f86d081-storefront.png',
      'data/links.csv',
      'evidence/../../payload.exe',
    ]);
    expect(problemCount(verification)).toBe(4);
  });

  it('uses plurals for several altered files', () => {
    const files: FileCheck[] = intactFiles.map((f) => ({ ...f, status: 'altered', actualSha256: HEAD }));
    expect(verdictOf({ intact: false, files, audit: chain }).headline).toBe(
      'This bundle was altered: 2 files differ from its manifest',
    );
  });

  it('does not call a bundle altered when only the chain could not be checked', () => {
    const verdict = verdictOf({
      intact: false,
      files: intactFiles,
      audit: { status: 'absent', reason: 'audit/log.jsonl is not in the bundle.' },
    });
    expect(verdict).toEqual({
      tone: 'unchecked',
      headline:
        'The files are intact, but the audit chain could not be checked: audit/log.jsonl is not in the bundle',
    });
  });
});

describe('sentences', () => {
  it('names the file and both hashes of an altered file', () => {
    expect(
      describeProblem({
        path: 'evidence/9f86d081-storefront.png',
        status: 'altered',
        expectedSha256: B,
        actualSha256: A,
      }),
    ).toBe(
      `evidence/9f86d081-storefront.png differs from its manifest: its SHA-256 is ${A}, the manifest says ${B}.`,
    );
    expect(describeProblem({ path: 'data/links.csv', status: 'missing' })).toMatch(
      /^data\/links\.csv is listed/,
    );
    expect(describeProblem({ path: 'notes.txt', status: 'unlisted' })).toMatch(/not in its manifest/);
  });

  it('says what is wrong without repeating the name, for a line that shows it', () => {
    expect(
      problemDetail({ path: 'data/links.csv', status: 'altered', expectedSha256: B, actualSha256: A }),
    ).toBe(`Its SHA-256 is ${A}; the manifest says ${B}.`);
    expect(problemDetail({ path: 'data/links.csv', status: 'missing' })).not.toContain('data/links.csv');
  });

  it('describes each audit result', () => {
    expect(describeAudit(chain)).toBe(`The audit chain is intact: 214 entries, head hash ${HEAD}.`);
    expect(
      describeAudit({ status: 'broken', atSeq: 7, reason: 'its hash does not match its content.' }),
    ).toBe('The audit chain is broken at entry #7: its hash does not match its content.');
    expect(describeAudit({ status: 'absent', reason: 'left out of a redacted bundle' })).toBe(
      'The audit chain is not included: left out of a redacted bundle.',
    );
  });
});
