/**
 * Quotes a dimension value for an MQL filter (`{model_name = "..."}`): wraps it in double quotes
 * and escapes backslashes and double quotes, so a value cannot end the string and inject MQL.
 *
 * @param value - the dimension value
 * @returns the quoted value
 * @throws Error naming `quoteMqlValue` when the value is empty or holds a control character (a
 *   newline or tab cannot be part of a dimension value)
 * @example
 * quoteMqlValue('fraud "v2"'); // '"fraud \\"v2\\""'
 */
export function quoteMqlValue(value: string): string {
  if (value.length === 0) throw new Error('quoteMqlValue: a dimension value must not be empty');
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(value);
  if (control) throw new Error(`quoteMqlValue: ${JSON.stringify(value)} holds the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}; dimension values are printable text`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
