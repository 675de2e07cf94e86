// What the user does on the page, as the browser reports it (trusted events only, so nothing a script does counts):
// a press of the button that sends (click, or Enter/Space on it) and typing in a field. The guide's claims rest on
// these: "you sent it" only after the user's own press, "filled in by the platform" only if the user did not type.

export class UserActs {
  /** When the user last pressed the button that sends (ms since the epoch), or null. */
  pressedAt: number | null = null;
  private readonly onClick = (event: Event) => this.pressed(event);
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') this.pressed(event);
  };
  private readonly onInput = (event: Event) => {
    if (this.isUser(event) && isElement(event.target)) this.onType(event.target);
  };

  constructor(
    private readonly doc: Document,
    /** Is this element (or one of its ancestors) the button that sends, as the screen shows it now? */
    private readonly sends: (target: Element) => boolean,
    private readonly onPress: () => void,
    /** The user typed into this element (the caller knows which field it is, even if the page re-renders it). */
    private readonly onType: (target: Element) => void,
    /** The browser's own events only (tests of the pure parts pass their own judge). */
    private readonly isUser: (event: Event) => boolean = (event) => event.isTrusted,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.doc.addEventListener('click', this.onClick, true);
    this.doc.addEventListener('keydown', this.onKey, true);
    this.doc.addEventListener('input', this.onInput, true);
  }

  stop(): void {
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.removeEventListener('input', this.onInput, true);
  }

  private pressed(event: Event): void {
    // Only the browser's own events: a page (or a test) calling .click() is not the user.
    if (!this.isUser(event) || !isElement(event.target)) return;
    if (!this.sends(event.target)) return;
    this.pressedAt = this.now();
    this.onPress();
  }
}

// nodeType, not instanceof: the page's nodes are not the content script's classes in every browser.
function isElement(target: EventTarget | null): target is Element {
  return target !== null && (target as Node).nodeType === 1;
}
