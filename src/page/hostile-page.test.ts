import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPageUrl } from '../../tests/fixtures/load-fixture';
import { domToMarkdown } from '../markdown/dom';
import { createPageWatch } from './page-watch';
import type { PageMessenger } from './send';

// Hostile policy pages in the content script: nothing on the page can make it throw, send markup, or send a URL.

const POLICY = 'https://www.facebook.com/privacy/policy/';
const SENTENCE = 'This Privacy Policy explains how Meta Platforms Ireland uses your information. ';

function watchWithLog() {
  const sent: unknown[] = [];
  const log: string[] = [];
  const messenger: PageMessenger = {
    pageSeen: async () => ({ recorded: true }),
    policyCaptured: async (data) => {
      sent.push(data);
      return { outcome: 'baseline' };
    },
  };
  const watch = createPageWatch({
    win: window,
    messenger,
    signal: new AbortController().signal,
    settle: { quietMs: 10, capMs: 100 },
    log: (line) => log.push(line),
  });
  return { watch, sent, log };
}

describe('hostile policy pages', () => {
  beforeEach(() => setPageUrl(POLICY));
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('refuses a policy nested 5,000 elements deep with a logged reason instead of throwing', async () => {
    const main = document.createElement('div');
    main.setAttribute('role', 'main');
    let parent: Element = main;
    for (let level = 0; level < 5000; level++) parent = parent.appendChild(document.createElement('div'));
    parent.textContent = SENTENCE.repeat(80);
    document.body.append(main);
    const { watch, sent, log } = watchWithLog();

    expect(await watch.visit(POLICY)).toBe('refused:unreadable');
    expect(sent).toEqual([]);
    expect(log).toEqual([expect.stringMatching(/^\[policy-watch\] capture refused \(unreadable\): .*call stack/)]);
  });

  it('keeps the words of markup and script payloads but never a script, attribute or URL', () => {
    const root = document.createElement('div');
    root.innerHTML = [
      '<p>Text &lt;script&gt;alert(1)&lt;/script&gt; as text.</p>',
      '<p><a href="javascript:alert(2)">Manage</a> <a href="jav&#x09;ascript:alert(3)">choices</a>.</p>',
      '<p onclick="alert(4)" data-x="&lt;svg onload=alert(5)&gt;">Plain.</p>',
      '<script>alert(6)</script><iframe srcdoc="<script>alert(7)</script>"></iframe>',
      '<img src=x onerror="alert(8)"><svg><script>alert(9)</script></svg><style>*{}</style>',
    ].join('');
    expect(domToMarkdown(root)).toBe('Text <script>alert(1)</script> as text.\n\n[Manage] [choices].\n\nPlain.');
  });
});
