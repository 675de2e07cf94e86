import { describe, expect, it } from 'vitest';
import { h, hIn, isSafeUrl, replaceChildren, safeText, UnsafeDomError } from './safe-dom';

// A policy text as an attacker would write it: markup, script, event handlers, script URLs, and invisible characters
// that reorder or hide words.
const HOSTILE =
  'We share data.<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
  '<a href="javascript:window.__pwned=3">click</a> pay\u200bment \u202Egnirahs\u202C end';

describe('h', () => {
  it('renders hostile policy text as inert text', () => {
    const el = h('p', { class: 'policy' }, HOSTILE);
    document.body.append(el);
    expect(el.querySelector('img, script, a')).toBeNull();
    // Only the two visible markers for the bidi controls (RLO, PDF) are elements.
    expect([...el.children].every((c) => c.className === 'hidden-char')).toBe(true);
    expect(el.textContent).toContain('<script>window.__pwned=2</script>');
    expect(el.textContent).toContain('<img src=x onerror=');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    el.remove();
  });

  it('strips zero-width characters and shows bidi controls visibly', () => {
    const el = h('p', null, HOSTILE);
    expect(el.textContent).toContain('payment');
    expect(el.textContent).not.toMatch(/[\u200b\u202e\u202c]/);
    const markers = [...el.querySelectorAll('.hidden-char')].map((m) => m.textContent);
    expect(markers).toEqual(['⟨RLO⟩', '⟨PDF⟩']);
  });

  it('sets text and safe attributes', () => {
    const a = h('a', { href: 'popup.html?route=meta-ai-facebook', target: '_blank', 'data-id': 7 }, 'Object');
    expect(a.getAttribute('href')).toBe('popup.html?route=meta-ai-facebook');
    expect(a.getAttribute('data-id')).toBe('7');
    expect(a.textContent).toBe('Object');
    const input = h('input', { type: 'checkbox', checked: true, disabled: false });
    expect(input.hasAttribute('checked')).toBe(true);
    expect(input.hasAttribute('disabled')).toBe(false);
  });

  it('refuses event-handler attributes in any case', () => {
    expect(() => h('div', { onclick: 'alert(1)' })).toThrow(UnsafeDomError);
    expect(() => h('img', { ONERROR: 'alert(1)' })).toThrow(UnsafeDomError);
    expect(() => h('div', { style: 'background:url(x)' })).toThrow(UnsafeDomError);
  });

  it('refuses script URLs, also when disguised', () => {
    expect(() => h('a', { href: 'javascript:alert(1)' })).toThrow(UnsafeDomError);
    expect(() => h('a', { href: ' JaVa\tScRiPt:alert(1)' })).toThrow(UnsafeDomError);
    expect(() => h('a', { href: 'data:text/html,<script>alert(1)</script>' })).toThrow(UnsafeDomError);
    expect(() => h('a', { href: 'vbscript:x' })).toThrow(UnsafeDomError);
  });

  it('refuses tags that execute or load things', () => {
    expect(() => h('script' as 'div')).toThrow(UnsafeDomError);
    expect(() => h('iframe' as 'div')).toThrow(UnsafeDomError);
  });

  it('flattens arrays and skips empty children', () => {
    const ul = h('ul', null, [h('li', null, 'a'), null, false, [h('li', null, 'b')]], undefined);
    expect(ul.children.length).toBe(2);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://www.facebook.com/help/contact/1', true],
    ['mailto:dpo@example.com', true],
    ['blob:chrome-extension://abc/123', true],
    ['#/diff/abc', true],
    ['popup.html?route=x', true],
    ['/options.html', true],
    ['javascript:void(0)', false],
    ['\u0001javascript:alert(1)', false],
    ['data:image/svg+xml,<svg onload=alert(1)>', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('replaceChildren and safeText', () => {
  it('replaces content without parsing markup', () => {
    const div = h('div', null, 'old');
    replaceChildren(div, '<b>new</b>');
    expect(div.querySelector('b')).toBeNull();
    expect(div.textContent).toBe('<b>new</b>');
  });

  it('returns a plain text node for ordinary text', () => {
    const node = safeText('Ordinary text');
    expect(node.nodeType).toBe(Node.TEXT_NODE);
  });
});

describe('listeners, form values and other documents', () => {
  it('adds a function as a listener, and refuses a handler written as a string', () => {
    let clicks = 0;
    const button = h('button', { type: 'button', onclick: () => clicks++ }, 'Go');
    button.click();
    expect(clicks).toBe(1);
    expect(button.getAttribute('onclick')).toBeNull();
    expect(() => h('button', { onclick: 'alert(1)' })).toThrow(UnsafeDomError);
    expect(() => h('a', { href: (() => undefined) as unknown as EventListener })).toThrow(UnsafeDomError);
  });

  it('sets a form control’s value as its current value', () => {
    const input = h('input', { type: 'email', value: 'me@example.org' });
    expect(input.value).toBe('me@example.org');
  });

  it('builds inside another document, with the same checks', () => {
    const other = document.implementation.createHTMLDocument('page');
    const p = hIn(other, 'p', { class: 'pw-note' }, 'Text \u202eevil');
    expect(p.ownerDocument).toBe(other);
    expect(p.textContent).toBe('Text ⟨RLO⟩evil');
    expect(() => hIn(other, 'script')).toThrow(UnsafeDomError);
  });
});
