/**
 * What every normalizer returns. A normalized `value` is the comparison key an identifier's id is built from
 * (`entityId('email', value)`), so the same e-mail written two ways in two files becomes one node; a `reason` is a
 * short sentence shown to the investigator in the reject list, naming what is wrong with the raw value.
 */
export type Normalized = Readonly<{ ok: true; value: string }> | Readonly<{ ok: false; reason: string }>;

/** A value that could not be used, and why. Shared by every result type of this folder. */
export type Rejected = Readonly<{ ok: false; reason: string }>;

export const accept = (value: string): Normalized => ({ ok: true, value });

export const reject = (reason: string): Rejected => ({ ok: false, reason });
