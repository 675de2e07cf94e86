// A frame drawn around a field of the page (inside our shadow root, so the page's styles cannot hide or restyle it
// and the page's layout is not touched). It follows the field while the page scrolls or re-renders.

const FOLLOW_INTERVAL_MS = 300;
/** Space between the framed element and the frame, on every side (the frame's box is the element's grown by this). */
export const HIGHLIGHT_PAD = 4;

export class Highlight {
  private readonly frame: HTMLElement;
  private target: Element | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly follow = () => this.place();

  constructor(
    private readonly layer: HTMLElement,
    private readonly onMove: (rect: DOMRect | null) => void = () => {},
  ) {
    const doc = layer.ownerDocument;
    this.frame = doc.createElement('div');
    this.frame.className = 'pw-highlight';
    this.frame.setAttribute('aria-hidden', 'true');
    this.frame.hidden = true;
    layer.append(this.frame);
  }

  /** Frame this element and bring it into view. */
  show(target: Element): void {
    this.target = target;
    this.frame.hidden = false;
    target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    this.place();
    if (this.timer === null) {
      const view = this.layer.ownerDocument.defaultView;
      view?.addEventListener('scroll', this.follow, true);
      view?.addEventListener('resize', this.follow);
      this.timer = setInterval(this.follow, FOLLOW_INTERVAL_MS);
    }
  }

  hide(): void {
    this.target = null;
    this.frame.hidden = true;
    this.stopFollowing();
    this.onMove(null);
  }

  get current(): Element | null {
    return this.target;
  }

  private place(): void {
    if (!this.target?.isConnected) {
      this.frame.hidden = true;
      return;
    }
    const rect = this.target.getBoundingClientRect();
    const pad = HIGHLIGHT_PAD;
    Object.assign(this.frame.style, {
      top: `${rect.top - pad}px`,
      left: `${rect.left - pad}px`,
      width: `${rect.width + 2 * pad}px`,
      height: `${rect.height + 2 * pad}px`,
    });
    this.frame.hidden = false;
    this.onMove(rect);
  }

  private stopFollowing(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    const view = this.layer.ownerDocument.defaultView;
    view?.removeEventListener('scroll', this.follow, true);
    view?.removeEventListener('resize', this.follow);
  }
}
