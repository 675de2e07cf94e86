import { describe, expect, it } from 'vitest';
import { fillReactInput } from './fill-react-input';

// Imitates what React does to a controlled input: an own `value` property on the instance that records writes into a
// tracker, and a root listener that only reports a change when the DOM value differs from the tracker.
function controlledLikeReact(el: HTMLInputElement | HTMLTextAreaElement, onChange: (v: string) => void) {
  const proto = Object.getPrototypeOf(el);
  const native = Object.getOwnPropertyDescriptor(proto, 'value')!;
  let tracked = el.value;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(v: string) {
      tracked = v;
      native.set!.call(this, v);
    },
  });
  document.body.addEventListener('input', (event) => {
    if (event.target !== el) return;
    const current = native.get!.call(el) as string;
    if (current !== tracked) {
      tracked = current;
      onChange(current);
    }
  });
}

describe('fillReactInput', () => {
  it('makes a React-controlled input report the new value', () => {
    document.body.innerHTML = '<form><input type="email" /></form>';
    const input = document.querySelector('input')!;
    const seen: string[] = [];
    controlledLikeReact(input, (v) => seen.push(v));

    // The naive way is ignored by the page: the tracker already holds the value.
    input.value = 'naive@example.org';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).toEqual([]);

    fillReactInput(input, 'me@example.org');
    expect(seen).toEqual(['me@example.org']);
    expect(input.value).toBe('me@example.org');
  });

  it('fills a textarea and fires bubbling input and change events', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea')!;
    const events: string[] = [];
    document.addEventListener('input', () => events.push('input'));
    document.addEventListener('change', () => events.push('change'));
    fillReactInput(area, 'My reason');
    expect(area.value).toBe('My reason');
    expect(events).toEqual(['input', 'change']);
  });
});
