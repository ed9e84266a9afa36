/**
 * Append-only typed arrays and a string pool: the index is built from batches of unknown total size, and plain JS
 * arrays of numbers would cost 8+ bytes per entry where a Uint32Array costs 4.
 */
type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = new (length: number) => T;

export class Growable<T extends TypedArray> {
  private data: T;
  length = 0;

  /** `fill` is what unset slots read as (NaN for "unknown" in a date column, 0 elsewhere). */
  constructor(
    private readonly make: TypedArrayConstructor<T>,
    private readonly fill = 0,
    initial = 1024,
  ) {
    this.data = new make(initial);
    if (fill !== 0) this.data.fill(fill);
  }

  push(value: number): number {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length] = value;
    this.length += 1;
    return this.length - 1;
  }

  /** Sets a slot, growing (with zeros) to reach it. */
  set(index: number, value: number): void {
    if (index >= this.data.length) this.grow(index + 1);
    if (index >= this.length) this.length = index + 1;
    this.data[index] = value;
  }

  get(index: number): number {
    return index < this.length ? (this.data[index] ?? this.fill) : this.fill;
  }

  /** The filled part, trimmed to `length` (or padded with `fill` to `size`): a copy the builder can hand out. */
  toArray(size = this.length): T {
    const out = new this.make(size);
    if (this.fill !== 0) out.fill(this.fill);
    out.set(this.data.subarray(0, Math.min(size, this.length)));
    return out;
  }

  /** Lets go of the buffer once its contents were handed out, so a finished builder holds no second copy. */
  release(): void {
    this.data = new this.make(0);
    this.length = 0;
  }

  private grow(atLeast: number): void {
    const next = new this.make(Math.max(atLeast, this.data.length * 2));
    if (this.fill !== 0) next.fill(this.fill);
    next.set(this.data);
    this.data = next;
  }
}

/** Interns strings to small integers; code 0 means "none", so a zero-filled column reads as empty. */
export class StringPool {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [''];

  intern(value: string | undefined): number {
    if (value === undefined || value === '') return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  get(code: number): string | undefined {
    return code === 0 ? undefined : this.values[code];
  }
}
