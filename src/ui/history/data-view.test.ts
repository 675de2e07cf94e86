import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageStatusItem } from '../../settings';
import { renderDataSection } from './data-view';

describe('data section: storage notice', () => {
  beforeEach(() => fakeBrowser.reset());

  async function notice(): Promise<HTMLElement> {
    const section = renderDataSection('en', () => {});
    document.body.replaceChildren(section);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return section.querySelector<HTMLElement>('#storage-status')!;
  }

  it('stays hidden when the history never ran out of storage', async () => {
    expect((await notice()).hidden).toBe(true);
  });

  it('says when storage ran out, how many versions pruning removed, and when a capture still could not be kept', async () => {
    await storageStatusItem.setValue({ at: '2026-11-20T10:00:00.000Z', removed: 7, full: true });
    const el = await notice();
    expect(el.hidden).toBe(false);
    expect(el.textContent).toContain('7 older versions were removed');
    expect(el.textContent).toContain('could not be kept');
  });
});
