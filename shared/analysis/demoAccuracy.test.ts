/**
 * The demo investigation, imported as check-file would (every table, FollowTheMoney and STIX file through the real
 * pipeline, mapping guessed from the headers) and analysed: are the planted operations found exactly, and are the
 * planted hubs folded rather than merging them? Precision and recall are over pairs of storefronts: a pair is
 * predicted when both are in one network, true when both belong to one operation.
 */
import { describe, expect, it } from 'vitest';
import { generateDemo, type DemoResult } from '../demo/generate';
import type { StorefrontRef } from '../demo/truth';
import { importFilesIntoMemory, type MemoryImportResult } from '../import/memoryImport';
import { demoPlanChoices } from '../demo/demoFile';
import { bytesSource } from '../import/parse';
import { createLogger } from '../log';
import { entityId, type EntityId, type ImportId } from '../model';
import { normalizeAddress, normalizeEmail } from '../normalize';
import { makeDecision } from './decision';
import { buildGraphIndex, type GraphIndex } from './graphIndex';
import { findNetworks } from './networks';
import { projectAccounts } from './projection';
import { analyze } from './report';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

const log = createLogger('demoAccuracy');

/** The app's "Load demo investigation": 40 storefronts, seed 7 (renderer/features/overview/useLoadDemo.ts). */
const DEMO = { sellers: 40, seed: 7 } as const;

const demo = generateDemo(DEMO);
const DATA_FILE = /\.(csv|tsv|xlsx|json|jsonl)$/;

async function importDemo(
  result: DemoResult,
  how: 'guessed' | 'intended',
  run = 'first',
): Promise<MemoryImportResult> {
  const files = result.files
    .filter((file) => DATA_FILE.test(file.name))
    .map((file) => ({
      name: file.name,
      source: bytesSource(file.name, file.bytes),
      ...(file.sheet === undefined ? {} : { sheet: file.sheet }),
      ...(how === 'intended'
        ? demoPlanChoices(file)
        : file.options?.region === undefined
          ? {}
          : { region: file.options.region }),
    }));
  return importFilesIntoMemory(files, {
    now: () => (run === 'first' ? '2026-03-01T10:00:00.000Z' : '2026-04-01T10:00:00.000Z'),
    importId: (_, i) => `${run}-${i}` as ImportId,
  });
}

const storefrontId = (ref: StorefrontRef): EntityId => entityId('seller', ref.platform, ref.sellerId);

type Score = {
  precision: number;
  recall: number;
  truePairs: number;
  falsePairs: number;
  missedPairs: number;
};

/** Pairwise precision and recall of storefront membership against the planted operations. */
function scoreStorefronts(index: GraphIndex, networkOf: Int32Array): Score {
  const operationOf = new Map<EntityId, string>();
  for (const operation of demo.truth.operations)
    for (const storefront of operation.storefronts) operationOf.set(storefrontId(storefront), operation.id);
  for (const honest of demo.truth.honestSellers)
    operationOf.set(storefrontId(honest), `honest ${honest.sellerId}`);
  const storefronts = [...operationOf.keys()];
  let truePairs = 0;
  let falsePairs = 0;
  let missedPairs = 0;
  const networkAt = (id: EntityId): number => networkOf[index.indexOf.get(id) ?? -1] ?? -1;
  storefronts.forEach((a, i) => {
    for (const b of storefronts.slice(i + 1)) {
      const same = operationOf.get(a) === operationOf.get(b);
      const joined = networkAt(a) >= 0 && networkAt(a) === networkAt(b);
      if (same && joined) truePairs += 1;
      else if (joined) falsePairs += 1;
      else if (same) missedPairs += 1;
    }
  });
  return {
    precision: truePairs / Math.max(1, truePairs + falsePairs),
    recall: truePairs / Math.max(1, truePairs + missedPairs),
    truePairs,
    falsePairs,
    missedPairs,
  };
}

/** The ids the app gives every spelling of a planted hub. */
function hubIds(): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const hub of demo.truth.hubs) {
    const spellings = hub.raw.map((raw) => {
      const normalized = hub.kind === 'email' ? normalizeEmail(raw) : normalizeAddress(raw);
      return normalized.ok ? `${hub.kind}:${normalized.value}` : `rejected: ${raw}`;
    });
    ids.set(hub.role, new Set(spellings));
  }
  return ids;
}

describe('the demo investigation', () => {
  for (const how of ['guessed', 'intended'] as const) {
    it(`finds every planted operation exactly, mapping ${how === 'guessed' ? 'guessed from the headers' : 'as the demo loader does'}`, async () => {
      const store = await importDemo(demo, how);
      const index = buildGraphIndex(store.entities.values(), store.links.values());
      const projection = projectAccounts(index, DEFAULT_ANALYSIS_SETTINGS);
      const { networks, networkOf } = findNetworks(projection);
      const score = scoreStorefronts(index, networkOf);
      log.info(
        `storefront pairs (${how} mapping): precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
          `(${score.truePairs} found, ${score.falsePairs} wrongly joined, ${score.missedPairs} missed); ` +
          `${networks.length} networks, hubs: ${projection.hubs.map((h) => `${h.value} (${h.accounts}, ${h.reason})`).join('; ')}`,
      );
      expect(score).toMatchObject({ precision: 1, recall: 1, falsePairs: 0, missedPairs: 0 });
      // Every operation is one network of its own, with nothing of another operation in it.
      for (const operation of demo.truth.operations) {
        const positions = new Set(
          operation.storefronts.map((s) => networkOf[index.indexOf.get(storefrontId(s)) ?? -1]),
        );
        expect(positions.size, operation.id).toBe(1);
        expect([...positions][0], operation.id).toBeGreaterThanOrEqual(0);
      }
      // Honest storefronts stay alone, even those that share the marketplace's support e-mail and address.
      for (const honest of demo.truth.honestSellers)
        expect(networkOf[index.indexOf.get(storefrontId(honest)) ?? -1], honest.sellerId).toBe(-1);
    });
  }

  it('lists the support e-mail, the support address and the freight forwarder as hubs, each spelling one node', async () => {
    const store = await importDemo(demo, 'guessed');
    const projection = projectAccounts(
      buildGraphIndex(store.entities.values(), store.links.values()),
      DEFAULT_ANALYSIS_SETTINGS,
    );
    const listed = new Set<string>(projection.hubs.map((hub) => hub.id));
    for (const [role, ids] of hubIds()) {
      // One node per hub: every spelling the files use normalizes to the same key.
      expect([...ids], role).toHaveLength(1);
      for (const id of ids) expect(listed.has(id), `${role}: ${id}`).toBe(true);
    }
    expect(projection.hubs).toHaveLength(demo.truth.hubs.length);
  });

  it('flags the planted underpriced listings and unauthorized sellers, and nothing else', async () => {
    const store = await importDemo(demo, 'guessed');
    const report = analyze(buildGraphIndex(store.entities.values(), store.links.values()));
    const flagged = new Set(
      report.signals.filter((s) => s.kind === 'underpriced').flatMap((s) => s.items.map((i) => i.id)),
    );
    const planted = demo.truth.pricing.underpriced;
    const listingId = (u: (typeof planted)[number]): EntityId => entityId('listing', u.platform, u.listingId);
    // Prices in another currency than the catalogue's are skipped rather than converted at a guessed rate.
    const sameCurrency = planted.filter((u) => u.currency === 'EUR').map(listingId);
    expect([...flagged].sort()).toEqual([...sameCurrency].sort());
    const unauthorized = new Set(
      report.signals.filter((s) => s.kind === 'unauthorizedBrand').map((s) => s.account),
    );
    expect([...unauthorized].sort()).toEqual(
      demo.truth.authorization.unauthorized.map((u) => storefrontId(u.storefront)).sort(),
    );
    log.info(
      `signals: ${flagged.size} of ${planted.length} planted underpriced listings flagged (${sameCurrency.length} priced in EUR, ` +
        `the others skipped for their currency); ${unauthorized.size} unauthorized sellers`,
    );
  });

  it('keeps a confirmed pair merged and a rejected suggestion hidden after the same files are imported again', async () => {
    const first = await importDemo(demo, 'guessed');
    const before = analyze(buildGraphIndex(first.entities.values(), first.links.values()));
    const [toConfirm, toReject] = before.suggestions.filter(
      (s, i, all) => all.findIndex((o) => o.pairKey === s.pairKey) === i,
    );
    expect(toConfirm).toBeDefined();
    expect(toReject).toBeDefined();
    const decide = (suggestion: typeof toConfirm, verdict: 'confirmed' | 'rejected') =>
      makeDecision({
        a: suggestion?.a ?? ('' as EntityId),
        b: suggestion?.b ?? ('' as EntityId),
        verdict,
        suggestionKind: suggestion?.kind ?? 'name',
        reason:
          verdict === 'confirmed'
            ? 'Same Impressum on both storefronts'
            : 'Different owners, different warehouses',
        examiner: 'L. Fischer',
        decidedAt: '2026-03-02T10:00:00Z',
      });
    const decisions = [decide(toConfirm, 'confirmed'), decide(toReject, 'rejected')];
    // A fresh import of the same files: new import ids, a later clock, the index rebuilt from scratch.
    const again = await importDemo(demo, 'guessed', 'second');
    const index = buildGraphIndex(again.entities.values(), again.links.values());
    const after = analyze(index, DEFAULT_ANALYSIS_SETTINGS, decisions);
    const networkWith = (id: EntityId | undefined) =>
      after.networks.find((n) => n.members.some((m) => m.id === id));
    expect(networkWith(toConfirm?.a)?.id).toBeDefined();
    expect(networkWith(toConfirm?.a)?.id).toBe(networkWith(toConfirm?.b)?.id);
    expect(after.suggestions.some((s) => s.pairKey === toReject?.pairKey && s.kind === toReject.kind)).toBe(
      false,
    );
    expect(after.suggestions.some((s) => s.pairKey === toConfirm?.pairKey)).toBe(false);
  });
});
