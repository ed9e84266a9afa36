/**
 * Colours must not jump when the chart grows: after an expansion Louvain numbers the communities afresh, so each new
 * community takes the number (the colour) of the earlier community most of its nodes were in, biggest overlaps
 * first; a community of only new nodes gets a number no earlier one had.
 */
export function alignCommunities(
  previous: Readonly<Record<string, number>>,
  next: Readonly<Record<string, number>>,
): Record<string, number> {
  const overlap = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const [id, community] of Object.entries(next)) {
    if (community < 0) continue;
    sizes.set(community, (sizes.get(community) ?? 0) + 1);
    const before = previous[id];
    if (before === undefined || before < 0) continue;
    const key = `${community}|${before}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  }
  const pairs = [...overlap]
    .map(([key, count]) => {
      const [now, before] = key.split('|').map(Number) as [number, number];
      return { now, before, count };
    })
    .sort((a, b) => b.count - a.count || a.now - b.now || a.before - b.before);
  const mapping = new Map<number, number>();
  const taken = new Set<number>();
  for (const { now, before } of pairs) {
    if (mapping.has(now) || taken.has(before)) continue;
    mapping.set(now, before);
    taken.add(before);
  }
  let fresh = Math.max(-1, ...Object.values(previous), ...taken) + 1;
  for (const community of [...sizes.keys()].sort((a, b) => a - b))
    if (!mapping.has(community)) {
      while (taken.has(fresh)) fresh += 1;
      mapping.set(community, fresh);
      taken.add(fresh);
    }
  return Object.fromEntries(
    Object.entries(next).map(([id, community]) => [
      id,
      community < 0 ? -1 : (mapping.get(community) ?? community),
    ]),
  );
}
