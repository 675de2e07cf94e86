// Watching a platform page for late rendering and changes: every mutation (debounced) and every change event (a
// checkbox's checked state changes without any DOM mutation) triggers one look at the page; a time cap tells when to
// stop waiting for the form. The guides stop it when they close or the walkthrough is over.

export interface WatchOptions {
  /** How long to wait for a late-rendered form before giving up on it. */
  formTimeoutMs: number;
  /** Mutations are gathered this long before the page is looked at again. */
  debounceMs: number;
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = { formTimeoutMs: 15_000, debounceMs: 200 };

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private formTimer: ReturnType<typeof setTimeout> | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onEvent = () => this.schedule();

  constructor(
    private readonly doc: Document,
    private readonly options: WatchOptions,
  ) {}

  start(check: () => void, onTimeout: () => void): void {
    this.check = check;
    const view = this.doc.defaultView;
    if (view) {
      this.observer = new view.MutationObserver(this.onEvent);
      this.observer.observe(this.doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'aria-checked', 'aria-pressed', 'checked'],
      });
    }
    this.doc.addEventListener('change', this.onEvent, true);
    this.formTimer = setTimeout(onTimeout, this.options.formTimeoutMs);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.doc.removeEventListener('change', this.onEvent, true);
    clearTimeout(this.formTimer);
    clearTimeout(this.checkTimer);
    this.checkTimer = undefined;
  }

  private check: () => void = () => {};

  private schedule(): void {
    if (this.checkTimer !== undefined) return;
    this.checkTimer = setTimeout(() => {
      this.checkTimer = undefined;
      this.check();
    }, this.options.debounceMs);
  }
}
