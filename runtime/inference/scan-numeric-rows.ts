import { type FeatureBatchSpec } from './to-feature-batch';
import { type FeatureBatch } from './types';

const FLOAT32_MAX = 3.4028234663852886e38;
/** Exact powers of ten (10^22 is the largest a double holds exactly). */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Up to this many rows, the exact values are kept as they are read (cheaper than parsing them again). */
const EAGER_ROWS = 16;

let scratch32 = new Float32Array(4096);
let scratch64 = new Float64Array(4096);

/** The reused value buffer of the model's element type, grown to at least `size`. */
function scratch(float32: boolean, size: number): Float32Array | Float64Array {
  if (float32) {
    if (scratch32.length < size) scratch32 = new Float32Array(Math.max(size, scratch32.length * 2));
    return scratch32;
  }
  if (scratch64.length < size) scratch64 = new Float64Array(Math.max(size, scratch64.length * 2));
  return scratch64;
}

/** Views of one float32, to step to its neighbours. */
const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const COLON = 0x3a;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;


const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= ZERO && c <= 0x39;

/** V8's own conversion of the number text at [start, end): the exact double JSON.parse computes. */
function exactNumber(b: Uint8Array, start: number, end: number): number {
  let text = '';
  for (let k = start; k < end; k++) text += String.fromCharCode(b[k]!);
  return Number(text);
}

/**
 * 16-19 significant digits into a float32 model: `m` x 10^e with three roundings is within 2^-51
 * (relative) of the correctly rounded double JSON.parse computes, so both round to the same float32
 * unless a float32 rounding boundary (the midpoint between f and a neighbour, exact in a double)
 * lies that close. Answers the value, or NaN when it cannot tell.
 */
function nearFloat32(m: number, e: number): number {
  const x = e < 0 ? m / POW10[-e]! : m * POW10[e]!;
  if (!(x > 1e-30 && x < 1e38)) return NaN;
  F32[0] = x;
  const f = F32[0]!;
  const bits = U32[0]!;
  U32[0] = bits + 1;
  const up = F32[0]!;
  U32[0] = bits - 1;
  const down = F32[0]!;
  const margin = x * 2 ** -48;
  return (f + down) / 2 + margin < x && x < (f + up) / 2 - margin ? x : NaN;
}

/**
 * The fast path for the common request: a body that is exactly `{"<key>": [[n, ...], ...]}` (or,
 * when `spec.allowSingleRow`, `{"<key>": [n, ...]}`), ASCII, with every row holding `spec.features`
 * finite numbers in range and at most `spec.maxBatch` rows. It reads the bytes straight into the
 * typed matrix without building JSON values. Anything else (other keys, strings, wrong counts,
 * non-ASCII, a BOM, an empty batch, too many rows) answers null, and the caller uses the general
 * parser, which produces the documented error: accepted bodies get exactly the values the general
 * path computes (`JSON.parse`, then the model's element type), so answers are the same.
 *
 * @param body the raw request body (already within the size limit)
 * @param key the one field (`features`, `instances`)
 * @param spec feature count, batch limit, element type, single-row form allowed or not
 * @returns the batch, its `source` rows parsed from the body text only when read; or null
 * @example
 * scanNumericRows(Buffer.from('{"features":[[1,2],[3,4]]}'), 'features', { features: 2, maxBatch: 10, type: 'float32', allowSingleRow: true });
 * // { rows: 2, single: false, data: Float32Array [1, 2, 3, 4], source: [[1, 2], [3, 4]] }
 */
export function scanNumericRows(body: Uint8Array, key: string, spec: FeatureBatchSpec): FeatureBatch | null {
  const b = body;
  const n = b.length;
  const F = spec.features;
  const float32 = spec.type === 'float32';
  const limit = float32 ? FLOAT32_MAX : Number.MAX_VALUE;
  const kb = keyBytes(key);
  let i = 0;
  // {"<key>": [
  while (i < n && isWs(b[i]!)) i++;
  if (b[i++] !== LBRACE) return null;
  while (i < n && isWs(b[i]!)) i++;
  if (b[i++] !== QUOTE) return null;
  for (let k = 0; k < kb.length; k++) if (b[i++] !== kb[k]) return null;
  if (b[i++] !== QUOTE) return null;
  while (i < n && isWs(b[i]!)) i++;
  if (b[i++] !== COLON) return null;
  while (i < n && isWs(b[i]!)) i++;
  const valueStart = i;
  if (b[i++] !== OPEN) return null;
  while (i < n && isWs(b[i]!)) i++;
  const single = b[i] !== OPEN;
  if (single && !spec.allowSingleRow) return null;
  // A row takes at least 2F + 1 bytes: room for the most rows the body can hold, in a buffer reused
  // across requests (the scan is synchronous); the answer is an exact-size copy.
  const maxRows = Math.min(spec.maxBatch, Math.ceil(n / (2 * F + 1)));
  const values = scratch(float32, maxRows * F);
  // Small requests keep the exact doubles as read (for logs) while every value is exact; larger ones
  // parse them from the body text only if a log record is written.
  let exact: number[] | undefined = maxRows <= EAGER_ROWS ? [] : undefined;
  let rows = 0;
  let at = 0;
  for (;;) {
    if (rows === spec.maxBatch) return null;
    if (!single) {
      while (i < n && isWs(b[i]!)) i++;
      if (b[i++] !== OPEN) return null;
    }
    for (let j = 0; j < F; j++) {
      while (i < n && isWs(b[i]!)) i++;
      if (j > 0) {
        if (b[i++] !== COMMA) return null;
        while (i < n && isWs(b[i]!)) i++;
      }
      // One JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
      const start = i;
      const neg = b[i] === MINUS;
      if (neg) i++;
      let mantissa = 0; // the first 15 significant digits, exact
      let tail = 0; // significant digits 16-19, exact
      let tailDigits = 0;
      let significant = 0;
      let scale = 0; // decimal exponent of the last digit kept
      let c = i < n ? b[i]! : 0;
      if (c === ZERO) {
        c = ++i < n ? b[i]! : 0;
        if (isDigit(c)) return null; // a leading zero
      } else if (c > ZERO && c <= 0x39) {
        do {
          significant++;
          if (significant <= 15) mantissa = mantissa * 10 + (c - ZERO);
          else if (significant <= 19) { tail = tail * 10 + (c - ZERO); tailDigits++; }
          c = ++i < n ? b[i]! : 0;
        } while (isDigit(c));
      } else {
        return null;
      }
      if (c === DOT) {
        c = ++i < n ? b[i]! : 0;
        if (!isDigit(c)) return null;
        do {
          scale--;
          if (significant > 0 || c !== ZERO) {
            significant++;
            if (significant <= 15) mantissa = mantissa * 10 + (c - ZERO);
            else if (significant <= 19) { tail = tail * 10 + (c - ZERO); tailDigits++; }
          }
          c = ++i < n ? b[i]! : 0;
        } while (isDigit(c));
      }
      let exp = 0;
      if (c === 0x65 || c === 0x45) {
        c = ++i < n ? b[i]! : 0;
        const expNeg = c === MINUS;
        if (expNeg || c === 0x2b) c = ++i < n ? b[i]! : 0;
        if (!isDigit(c)) return null;
        do {
          if (exp < 100000) exp = exp * 10 + (c - ZERO);
          c = ++i < n ? b[i]! : 0;
        } while (isDigit(c));
        if (expNeg) exp = -exp;
      }
      const e = scale + exp;
      let v: number;
      if (significant === 0) {
        v = 0;
      } else if (significant <= 15 && e >= -22 && e <= 22) {
        // Clinger's fast path: an exact integer below 2^53 times or over an exact power of ten is
        // one correctly rounded operation, the same double JSON.parse computes.
        v = e < 0 ? mantissa / POW10[-e]! : mantissa * POW10[e]!;
      } else if (float32 && significant <= 19 && e >= -22 && e <= 22) {
        v = nearFloat32(mantissa * POW10[tailDigits]! + tail, e);
        if (v !== v) v = exactNumber(b, neg ? start + 1 : start, i);
        else exact = undefined; // right in float32, not the exact double
      } else {
        v = exactNumber(b, neg ? start + 1 : start, i);
      }
      if (!(v <= limit)) return null;
      if (neg) v = -v;
      values[at++] = v;
      exact?.push(v);
    }
    while (i < n && isWs(b[i]!)) i++;
    if (b[i++] !== CLOSE) return null;
    rows++;
    if (single) break;
    while (i < n && isWs(b[i]!)) i++;
    const sep = b[i++];
    if (sep === CLOSE) break;
    if (sep !== COMMA) return null;
  }
  const valueEnd = i;
  while (i < n && isWs(b[i]!)) i++;
  if (b[i++] !== RBRACE) return null;
  while (i < n && isWs(b[i]!)) i++;
  if (i !== n) return null;
  const data = values.slice(0, at);
  if (exact) {
    const source = Array.from({ length: rows }, (_, r) => exact!.slice(r * F, (r + 1) * F));
    return { rows, data, single, source };
  }
  return new ScannedBatch(rows, data, single, b, valueStart, valueEnd);
}

/** A batch read from the bytes; the rows as the client sent them (exact doubles, for logs) are parsed from the body text on first read. */
class ScannedBatch implements FeatureBatch {
  readonly lazySource = true;
  private parsed?: number[][];
  constructor(
    readonly rows: number,
    readonly data: Float32Array | Float64Array,
    readonly single: boolean,
    private readonly body: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get source(): readonly (readonly number[])[] {
    if (!this.parsed) {
      const text = Buffer.from(this.body.buffer, this.body.byteOffset + this.start, this.end - this.start).toString('latin1');
      this.parsed = this.single ? [JSON.parse(text) as number[]] : (JSON.parse(text) as number[][]);
    }
    return this.parsed;
  }
}

const KEYS = new Map<string, Uint8Array>();
function keyBytes(key: string): Uint8Array {
  let k = KEYS.get(key);
  if (!k) { k = Buffer.from(key, 'latin1'); KEYS.set(key, k); }
  return k;
}
