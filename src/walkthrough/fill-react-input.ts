// Filling a field so that the page's own script registers the value. React (Meta's pages) keeps its own copy of an
// input's value and ignores a plain `el.value = x` followed by an event when its copy already says x; calling the
// native setter from the element's prototype bypasses any instance-level override, and the bubbling 'input' event is
// what React's onChange listens to at the root. 'change' covers plain pages and other frameworks.

export type FillableField = HTMLInputElement | HTMLTextAreaElement;

export function isFillable(el: Element): el is FillableField {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  return el instanceof view.HTMLInputElement || el instanceof view.HTMLTextAreaElement;
}

export function fillReactInput(el: FillableField, value: string): void {
  const view = el.ownerDocument.defaultView;
  if (!view) throw new Error('the field is not in a window');
  // The prototype of the element's own window: a field inside an iframe has different constructors.
  const proto =
    el instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!setter) throw new Error('no native value setter');
  el.focus();
  setter.call(el, value);
  el.dispatchEvent(new view.Event('input', { bubbles: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
}
