import { browser } from 'wxt/browser';
import { h } from '../../dom/safe-dom';
import { exportEvidence, listEvidence } from '../../history/evidence';
import { languageOf, t } from '../../i18n';
import { PLATFORMS } from '../../platforms/registry';
import { loadKnownDeadlines } from '../../walkthrough/deadline-reminders';
import { evidencePage } from './evidence-view';

// The evidence page (evidence.html): the log, a JSON download and the browser's print dialog (print CSS in
// evidence-page.css makes the table fit the paper).
export async function startEvidencePage(root: HTMLElement): Promise<void> {
  const lang = languageOf(browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  document.title = t('evidence.title', lang);
  try {
    const [records, deadlines] = await Promise.all([listEvidence(), loadKnownDeadlines()]);
    root.replaceChildren(
      ...evidencePage(
        records,
        PLATFORMS,
        lang,
        new Date(),
        { downloadJson: () => void downloadJson(), print: () => window.print() },
        deadlines,
      ),
    );
    root.setAttribute('data-ready', String(records.length));
    // A link to one record (from the overview): the table is drawn after load, so the browser could not scroll to it.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch (error) {
    console.warn('[policy-watch] evidence page:', error);
    root.replaceChildren(h('p', { class: 'error' }, t('popup.error', lang, { error: String(error) })));
  }
}

async function downloadJson(): Promise<void> {
  const file = await exportEvidence();
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: `policy-watch-evidence-${file.exportedAt.slice(0, 10)}.json` });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
