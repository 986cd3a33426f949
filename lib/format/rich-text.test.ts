// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { isRichText, sanitizeRichText } from './rich-text';

function parse(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder;
}

describe('sanitizeRichText', () => {
  it('keeps formatting: bold, italics, lists, paragraphs and line breaks', () => {
    const html = '<p>A <b>bold</b> and <i>slanted</i> word<br>next</p><ul><li>one</li></ul>';

    const out = sanitizeRichText(html);

    expect(out).toBe(html);
  });

  it('drops scripts, styles, forms and frames with what they contain', () => {
    const out = sanitizeRichText(
      '<p>ok</p><script>window.pwned = 1</script><style>p{}</style>' +
        '<form action="https://evil.example"><input name="x"><button>Go</button></form>' +
        '<iframe src="https://evil.example"></iframe><object data="x"></object>',
    );

    const root = parse(out);
    expect(
      root.querySelectorAll('script, style, form, input, button, iframe, object'),
    ).toHaveLength(0);
    expect(root.textContent).toContain('ok');
    expect(out).not.toContain('pwned');
  });

  it('removes every event handler and inline style', () => {
    const out = sanitizeRichText(
      '<p onclick="alert(1)" style="color:red" onmouseover="x()">Click <b onfocus="y()">me</b></p>',
    );

    const attributes = [...parse(out).querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].map((a) => a.name),
    );
    expect(attributes).toEqual([]);
    expect(parse(out).textContent).toBe('Click me');
  });

  it('opens http, https and mailto links in a new tab without a way back to the panel', () => {
    const out = sanitizeRichText(
      '<a href="https://acme.example/spec">spec</a> <a href="mailto:qa@acme.example">mail</a>',
    );

    const links = [...parse(out).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://acme.example/spec',
      'mailto:qa@acme.example',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['an encoded javascript:', 'jav&#x09;ascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', '/apex/Page'],
    ['vbscript:', 'vbscript:msgbox'],
  ])('keeps the text of a %s link but not its target', (_, href) => {
    const out = sanitizeRichText(`<a href="${href}">open</a>`);

    const link = parse(out).querySelector('a');
    expect(link?.hasAttribute('href') ?? false).toBe(false);
    expect(link?.hasAttribute('target') ?? false).toBe(false);
    expect(parse(out).textContent).toBe('open');
  });

  it('replaces images by their alt text so nothing loads from another host', () => {
    const out = sanitizeRichText(
      '<p>Before <img src="https://tracker.example/p.gif" alt="Line 3 photo"> after</p>' +
        '<img src=x onerror="window.pwned = 1"><img src="data:image/png;base64,AAAA" alt=" ">',
    );

    const root = parse(out);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.textContent).toBe('Before [Line 3 photo] after');
    expect(out).not.toMatch(/tracker|onerror|pwned|src=/);
  });

  it('drops svg and math, which could smuggle markup past an HTML allow-list', () => {
    const out = sanitizeRichText(
      '<svg><a href="javascript:alert(1)"><text>x</text></a></svg><math><mi>y</mi></math>z',
    );

    expect(parse(out).querySelectorAll('svg, math, a')).toHaveLength(0);
    expect(out).not.toContain('javascript');
  });

  it('turns plain text into escaped text, not markup', () => {
    const out = sanitizeRichText('1 < 2 & 3 > 2');

    expect(parse(out).textContent).toBe('1 < 2 & 3 > 2');
    expect(parse(out).children).toHaveLength(0);
  });
});

describe('isRichText', () => {
  it('is true only for text areas Salesforce stores as HTML', () => {
    expect(isRichText({ type: 'textarea', htmlFormatted: true })).toBe(true);
    expect(isRichText({ type: 'textarea', htmlFormatted: false })).toBe(false);
    expect(isRichText({ type: 'string', htmlFormatted: true })).toBe(false);
  });
});
