/** `slot.field`, or `$account.field` for the row's main account. */
export type HeaderTarget = `${string}.${string}`;

/** Targets with the column names that mean them, first match wins within a slot. */
export type HeaderSynonyms = ReadonlyArray<readonly [HeaderTarget, readonly string[]]>;
