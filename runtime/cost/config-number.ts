/**
 * A number from synthesized configuration: numbers and numeric strings (`memory_in_mbs: "256"`);
 * `undefined` for a `${...}` reference resolved only at deploy, or a missing value.
 *
 * @example
 * configNumber('256'); // 256
 * configNumber('${var.size}'); // undefined
 */
export function configNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}
