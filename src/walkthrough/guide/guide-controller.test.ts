import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { facebookAiRoute } from '../test-routes';
import { GuideController, type GuideServices } from './guide-controller';

const route = facebookAiRoute();

const FORM = `
  <div role="main">
    <div><span id="l1">Email address</span><div><input type="text" aria-labelledby="l1"></div></div>
    <div><div>Please tell us how this processing impacts you. (Optional)</div><div><textarea></textarea></div></div>
    <div role="button" tabindex="0"><span>Send</span></div>
  </div>`;

function setUp(services: Partial<GuideServices> = {}) {
  // As in the extension: the panel lives in a shadow root, out of the page's querySelector reach.
  const host = document.createElement('div');
  document.documentElement.append(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  const recorded: unknown[] = [];
  const remembered: (string | null)[] = [];
  const controller = new GuideController(
    document,
    route,
    'Facebook',
    'en',
    container,
    {
      emailToFill: async () => null,
      rememberEmail: async (email) => {
        remembered.push(email);
      },
      recordEvidence: async (input) => {
        recorded.push(input);
      },
      ...services,
    },
    () => host.remove(),
    { formTimeoutMs: 1000, debounceMs: 10 },
  );
  const panel = () => container.querySelector('.pw-panel')!;
  const click = (text: string) => {
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
    if (!button) throw new Error(`no button "${text}" in: ${panel().textContent}`);
    button.click();
  };
  return { controller, container, panel, click, recorded, remembered };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  vi.useRealTimers();
  for (const host of document.documentElement.querySelectorAll(':scope > div')) host.remove();
});

describe('GuideController on a Meta-like form', () => {
  it('waits for the late-rendered form, walks through the fields and records the confirmation', async () => {
    const { controller, panel, click, recorded, container } = setUp();
    await controller.start();
    expect(controller.state.kind).toBe('waiting-for-form');
    expect(panel().textContent).toContain('Looking for the form');

    document.getElementById('root')!.innerHTML = FORM;
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state).toEqual({ kind: 'filling', fieldIndex: 0, fieldCount: 2 });
    expect(panel().textContent).toContain('Required');

    // The email is required: Next refuses while the page's field is empty.
    click('Next');
    expect(controller.state.kind).toBe('filling');
    expect(panel().textContent).toContain('This field is required');

    (container.querySelector('#pw-email') as HTMLInputElement).value = 'me@example.org';
    click('Fill in this address');
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelector<HTMLInputElement>('#root input')!.value).toBe('me@example.org');
    click('Next');
    expect(controller.state).toEqual({ kind: 'filling', fieldIndex: 1, fieldCount: 2 });
    expect(panel().textContent).toContain('Optional');

    click('Insert this reason');
    expect(document.querySelector('textarea')!.value).toContain('Article 21(1) GDPR');
    click('Next');
    expect(controller.state.kind).toBe('ready-to-submit');
    expect(panel().textContent).toContain('“Send”');

    // The user presses Meta's button; the page swaps the form for its confirmation.
    document.getElementById('root')!.innerHTML =
      '<div role="main"><h2>We’ve received your request</h2><p>We’ll review your objection.</p></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('confirmed');
    expect(recorded).toEqual([
      { accountEmail: 'me@example.org', confirmationText: 'We’ve received your request\nWe’ll review your objection.' },
    ]);
    expect(panel().textContent).toContain('saved in your evidence log');
    expect(panel().textContent).toContain('Repeat this for each Facebook account');
  });

  it('fills the address the user saved, and remembers a new one only when asked', async () => {
    document.getElementById('root')!.innerHTML = FORM;
    const { controller, container, click, remembered } = setUp({ emailToFill: async () => 'saved@example.org' });
    await controller.start();
    expect(document.querySelector<HTMLInputElement>('#root input')!.value).toBe('saved@example.org');
    // The email was all the form needed (the reason is optional): one panel, Send framed.
    expect(controller.state.kind).toBe('one-panel');
    expect(container.textContent).toContain('filled in the address you saved');
    expect(container.querySelector('.pw-highlight')!.hasAttribute('hidden')).toBe(false);

    (container.querySelector('#pw-email') as HTMLInputElement).value = 'other@example.org';
    (container.querySelector('#pw-remember') as HTMLInputElement).checked = false;
    click('Use this address');
    await vi.advanceTimersByTimeAsync(0);
    expect(remembered).toEqual([null]);
  });

  it('says so when the user must log in first', async () => {
    document.getElementById('root')!.innerHTML = '<h2>You must log in to continue.</h2><input type="password">';
    const { controller, panel } = setUp();
    await controller.start();
    expect(controller.state.kind).toBe('login-required');
    expect(panel().textContent).toContain('Log in first');
  });

  it('falls back to the route’s steps when no form shows up in time', async () => {
    const { controller, panel } = setUp();
    await controller.start();
    await vi.advanceTimersByTimeAsync(1100);
    expect(controller.state.kind).toBe('not-recognised');
    expect(panel().querySelectorAll('ol li').length).toBe(route.steps.length);
  });

  it('never clicks the platform’s submit button', async () => {
    document.getElementById('root')!.innerHTML = FORM;
    const submit = document.querySelector<HTMLElement>('[role=button]')!;
    const clicked = vi.fn();
    submit.addEventListener('click', clicked);
    const { controller, click, container } = setUp({ emailToFill: async () => 'saved@example.org' });
    await controller.start();
    click('Go field by field instead');
    click('Next');
    click('Next');
    click('Show me the button');
    expect(document.activeElement).toBe(submit);
    expect(clicked).not.toHaveBeenCalled();
    expect(container.querySelector('.pw-highlight')!.hasAttribute('hidden')).toBe(false);
  });

  it('one panel: the reason picked from the templates goes into the form, and nothing is sent', async () => {
    document.getElementById('root')!.innerHTML = FORM;
    const submit = document.querySelector<HTMLElement>('[role=button]')!;
    const clicked = vi.fn();
    submit.addEventListener('click', clicked);
    const { controller, container } = setUp({ emailToFill: async () => 'saved@example.org' });
    await controller.start();
    const picker = container.querySelector<HTMLSelectElement>('#pw-reason-template')!;
    picker.value = 'creative-work';
    picker.dispatchEvent(new Event('change'));
    expect(document.querySelector<HTMLTextAreaElement>('#root textarea')!.value).toContain('creative work');
    picker.value = '';
    picker.dispatchEvent(new Event('change'));
    expect(document.querySelector<HTMLTextAreaElement>('#root textarea')!.value).toBe('');
    expect(clicked).not.toHaveBeenCalled();
  });

  it('goes field by field when the page marks the reason required (the June 2024 form)', async () => {
    document.getElementById('root')!.innerHTML = FORM.replace('<textarea', '<textarea aria-required="true"');
    const { controller } = setUp({ emailToFill: async () => 'saved@example.org' });
    await controller.start();
    expect(controller.state.kind).toBe('filling');
  });
});
