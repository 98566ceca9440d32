import { describe, expect, it } from 'vitest';
import { html } from './html.js';

describe('html', () => {
  it('escapes values and keeps nested templates as markup', () => {
    const name = '<script>alert("x")</script> & \'co\'';
    const items = ['a<b', 'c'].map((text) => html`<li>${text}</li>`);
    expect(String(html`<p title="${name}">${name}</p><ul>${items}</ul>`)).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p><ul><li>a&lt;b</li><li>c</li></ul>',
    );
  });

  it('writes nothing for null, undefined and false, and numbers as text', () => {
    expect(String(html`${null}${undefined}${false}${0}`)).toBe('0');
  });
});
