/** Messages between the page and the hashing worker. */
export type HashRequest = Readonly<{ type: 'chunk'; bytes: Uint8Array }> | Readonly<{ type: 'finish' }>;
export type HashResponse =
  Readonly<{ type: 'digest'; sha256: string }> | Readonly<{ type: 'error'; message: string }>;
