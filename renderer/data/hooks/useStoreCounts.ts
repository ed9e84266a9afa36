import type { EntityKind } from '@shared/model';
import { countKinds, countStore, kindsPresent, type StoreCounts } from '../repositories/stats';
import { useLiveData } from './useLiveData';

export function useStoreCounts(): StoreCounts | undefined {
  return useLiveData(countStore);
}

/** Which kinds have entities, without counting them. */
export function useKindsPresent(): EntityKind[] | undefined {
  return useLiveData(kindsPresent);
}

/** How many entities of each kind, once `wanted`: a page that must not wait for counting asks later. */
export function useKindCounts(
  kinds: readonly EntityKind[] | undefined,
  wanted: boolean,
): Partial<Record<EntityKind, number>> | undefined {
  return useLiveData(
    async (db) => (wanted && kinds ? countKinds(db, kinds) : undefined),
    [wanted, kinds?.join()],
  );
}
