import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { diffElements } from './elementDiff';

const node = (id: string, label = id): ElementDefinition => ({ group: 'nodes', data: { id, label } });

describe('element diff', () => {
  const seller = node('seller:romashka', 'Ромашка 🌼');
  const phone = node('phone:+74951234567');
  const before = new Map([
    [seller.data.id as string, seller],
    [phone.data.id as string, phone],
  ]);

  it('finds nothing when the same definitions come back', () => {
    expect(diffElements(before, [seller, phone])).toEqual({ changed: [], removed: [], structural: false });
  });

  it('lists a definition that is a new object, without calling it structural', () => {
    const moved = { ...seller, position: { x: 10, y: 20 } };
    expect(diffElements(before, [moved, phone])).toEqual({
      changed: [moved],
      removed: [],
      structural: false,
    });
  });

  it('lists what came and what went', () => {
    const email = node('email:shop@example.ru');
    const diff = diffElements(before, [seller, email]);
    expect(diff.changed).toEqual([email]);
    expect(diff.removed).toEqual(['phone:+74951234567']);
    expect(diff.structural).toBe(true);
  });
});
