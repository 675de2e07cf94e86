import type { Language } from '../../analysis/types';
import { t } from '../../i18n/guide';
import type { GuideRoute } from '../../platforms/compact-routes';
import { allPhrases, hasPasswordField } from '../field-finder';
import { type GuideEvent, type GuideState, INITIAL_STATE, nextState } from '../guide-state';
import { findVisiblePhrase } from '../page-text';
import { findSettingToggle, isOptedOut } from '../setting-finder';
import { type EvidenceStatus, GuideView } from './guide-view';
import { Highlight } from './highlight';
import { DEFAULT_WATCH_OPTIONS, PageWatcher, type WatchOptions } from './page-watcher';

// The in-page guide on a settings route (LinkedIn's "Data for Generative AI Improvement", X's Grok setting): points at
// the toggle and notices when the user switches it off. Same state machine as the forms: the toggle found is
// "ready-to-submit" (the user's move), the toggle seen off is "confirmed". It never flips the toggle itself.

export interface SettingGuideServices {
  recordEvidence(input: { confirmationText: string }): Promise<void>;
}

export class SettingGuideController {
  state: GuideState = INITIAL_STATE;
  private toggle: HTMLElement | null = null;
  /** The setting was already off when the page showed it: nothing to notice, the user may still record it. */
  private alreadyOff = false;
  private evidence: EvidenceStatus = { kind: 'pending' };
  private readonly label: string;
  private readonly view: GuideView;
  private readonly highlight: Highlight;
  private readonly watcher: PageWatcher;

  constructor(
    private readonly doc: Document,
    private readonly route: GuideRoute,
    platformName: string,
    private readonly lang: Language,
    container: HTMLElement,
    private readonly services: SettingGuideServices,
    private readonly onClose: () => void = () => {},
    options: WatchOptions = DEFAULT_WATCH_OPTIONS,
  ) {
    const labels = route.setting?.labels;
    this.label = labels?.[lang][0] ?? labels?.en[0] ?? '';
    this.watcher = new PageWatcher(doc, options);
    this.view = new GuideView(container, route, platformName, lang, {
      next: () => {},
      back: () => {},
      close: () => {
        this.stop();
        this.onClose();
      },
      showSubmit: () => {
        if (!this.toggle) return;
        this.highlight.show(this.toggle);
        this.toggle.focus();
      },
      recordSetting: () => this.dispatch({ type: 'confirmation-seen', text: this.evidenceText() }),
      focusField: () => this.toggle?.focus(),
      fillEmail: () => {},
      insertReason: () => {},
      setReason: () => {},
      stepByStep: () => {},
      answerUnsure: () => {},
    });
    this.highlight = new Highlight(container);
  }

  start(): void {
    this.dispatch({ type: 'page-loaded' });
    this.check();
    this.watcher.start(
      () => this.check(),
      () => this.dispatch({ type: 'form-timeout' }),
    );
  }

  stop(): void {
    this.watcher.stop();
    this.highlight.hide();
  }

  check(): void {
    const setting = this.route.setting;
    if (!setting) return;
    const toggle = findSettingToggle(this.doc, setting.labels);
    if (!toggle) {
      if (hasPasswordField(this.doc) || findVisiblePhrase(this.doc, allPhrases(this.route.loginMarkers))) {
        this.dispatch({ type: 'login-wall' });
      }
      return;
    }
    this.toggle = toggle;
    const off = isOptedOut(toggle, setting.optedOutWhen);
    if (this.state.kind !== 'ready-to-submit') {
      this.alreadyOff = off;
      this.dispatch({ type: 'form-found', fieldCount: 0 });
    } else if (off && !this.alreadyOff) {
      // The user switched it off while we watched.
      this.dispatch({ type: 'confirmation-seen', text: this.evidenceText() });
    } else if (!off && this.alreadyOff) {
      this.alreadyOff = false;
      this.render();
    }
  }

  private evidenceText(): string {
    return t('guide.setting.evidence', this.lang, { setting: this.label });
  }

  private dispatch(event: GuideEvent): void {
    const before = this.state;
    this.state = nextState(this.state, event);
    if (this.state === before) return;
    if (this.state.kind === 'confirmed') void this.saveEvidence();
    this.render();
  }

  private render(): void {
    const s = this.state;
    this.view.render({
      state: s,
      step: null,
      submitLabel: null,
      evidence: this.evidence,
      setting: { label: this.label, alreadyOff: this.alreadyOff },
    });
    if (s.kind === 'ready-to-submit' && this.toggle && !this.alreadyOff) {
      if (this.highlight.current !== this.toggle) this.highlight.show(this.toggle);
    } else {
      this.highlight.hide();
    }
  }

  private async saveEvidence(): Promise<void> {
    this.stop();
    if (this.state.kind !== 'confirmed') return;
    try {
      await this.services.recordEvidence({ confirmationText: this.state.confirmationText });
      this.evidence = { kind: 'saved' };
    } catch (error) {
      this.evidence = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    this.render();
  }
}
