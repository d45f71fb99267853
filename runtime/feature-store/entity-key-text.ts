/**
 * An entity key value as the stores keep it: a non-empty string as is, a whole number in decimal.
 *
 * @param value the key value as received
 * @returns the key text, or undefined when the value cannot be a key (missing, empty, fractional, other types)
 * @example
 * entityKeyText(42);   // '42'
 * entityKeyText('');   // undefined
 */
export function entityKeyText(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}
