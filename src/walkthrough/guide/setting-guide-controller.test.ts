import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPlatform } from '../../platforms/registry';
import { SettingGuideController } from './setting-guide-controller';

const route = getPlatform('linkedin')!.objectionRoutes.find((r) => r.kind === 'setting')!;
const SETTING = `<div id="root"><span id="l">Use my data for training content creation AI models</span>
  <input type="checkbox" role="switch" aria-labelledby="l" CHECKED></div>`;

function setUp() {
  const host = document.createElement('div');
  document.documentElement.append(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  const recorded: string[] = [];
  const controller = new SettingGuideController(
    document,
    route,
    'LinkedIn',
    'en',
    container,
    {
      recordEvidence: async ({ confirmationText }) => {
        recorded.push(confirmationText);
      },
    },
    () => host.remove(),
    { formTimeoutMs: 1000, debounceMs: 10 },
  );
  return { controller, container, recorded };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  for (const host of document.documentElement.querySelectorAll(':scope > div')) host.remove();
});

describe('SettingGuideController', () => {
  it('points at the switch and records when the user turns it off, never turning it off itself', async () => {
    document.body.innerHTML = SETTING.replace('CHECKED', 'checked');
    const { controller, container, recorded } = setUp();
    controller.start();
    const toggle = document.querySelector<HTMLInputElement>('input')!;
    expect(controller.state.kind).toBe('ready-to-submit');
    expect(container.textContent).toContain('Switch off “Use my data for training content creation AI models”');
    expect(toggle.checked).toBe(true);

    toggle.click(); // the user
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('confirmed');
    expect(recorded).toEqual(['“Use my data for training content creation AI models”: off']);
    expect(container.textContent).toContain('The setting is off');
  });

  it('does not record a setting that was already off unless the user asks', async () => {
    document.body.innerHTML = SETTING.replace('CHECKED', '');
    const { controller, container, recorded } = setUp();
    controller.start();
    expect(container.textContent).toContain('is already off');
    await vi.advanceTimersByTimeAsync(50);
    expect(recorded).toEqual([]);
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Keep this in my evidence log')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(recorded).toHaveLength(1);
  });
});
