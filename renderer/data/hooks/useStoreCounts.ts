import { countStore, type StoreCounts } from '../repositories/stats';
import { useLiveData } from './useLiveData';

export function useStoreCounts(): StoreCounts | undefined {
  return useLiveData(countStore);
}
