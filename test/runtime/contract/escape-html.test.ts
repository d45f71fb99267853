import { escapeHtml } from '../../../runtime/contract/escape-html';

describe('escapeHtml', () => {
  test('covers the JSDoc example', () => {
    expect(escapeHtml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  test('escapes the five characters that end an element or a quoted attribute, and nothing else', () => {
    expect(escapeHtml(`<img src='x' onerror="y">&é`)).toBe('&lt;img src=&#39;x&#39; onerror=&quot;y&quot;&gt;&amp;é');
  });
});
