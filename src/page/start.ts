import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function startPageWatch(_ctx: ContentScriptContext): void {}
