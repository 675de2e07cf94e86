import { describe, expect, it } from 'vitest';
import { getPlatform } from '../platforms/registry';
import { findSettingToggle, isOptedOut } from './setting-finder';

const route = getPlatform('linkedin')!.objectionRoutes.find((r) => r.kind === 'setting')!;
const setting = route.setting!;

describe('findSettingToggle', () => {
  it('finds LinkedIn’s switch by the text that labels it, and reads its position', () => {
    document.body.innerHTML = `
      <div><input type="checkbox" role="switch" aria-label="Dark mode" checked></div>
      <div class="artdeco-toggle"><span id="l">Use my data for training content creation AI models</span>
        <input type="checkbox" role="switch" aria-labelledby="l" checked></div>`;
    const toggle = findSettingToggle(document, setting.labels);
    expect(toggle?.getAttribute('aria-labelledby')).toBe('l');
    expect(isOptedOut(toggle!, setting.optedOutWhen)).toBe(false);
    (toggle as HTMLInputElement).checked = false;
    expect(isOptedOut(toggle!, setting.optedOutWhen)).toBe(true);
  });

  it('reads ARIA switches that are not inputs', () => {
    document.body.innerHTML =
      '<div role="switch" aria-checked="false" aria-label="Meine Daten für das Training von KI-Modellen zur Erstellung von Inhalten verwenden"></div>';
    const toggle = findSettingToggle(document, setting.labels);
    expect(toggle).not.toBeNull();
    expect(isOptedOut(toggle!, 'off')).toBe(true);
  });

  it('finds nothing when the setting is not on the page', () => {
    document.body.innerHTML = '<input type="checkbox" aria-label="Show profile photos">';
    expect(findSettingToggle(document, setting.labels)).toBeNull();
  });
});
