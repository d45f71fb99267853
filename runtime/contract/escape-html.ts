/**
 * Escapes text for an HTML element or a quoted attribute value: `&`, `<`, `>`, `"` and `'`.
 *
 * @param text - the text to show as it is
 * @returns the text with those five characters as entities
 * @example
 * escapeHtml('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
