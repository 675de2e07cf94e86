import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { facebookAiRoute } from '../test-routes';
import { GuideController, type GuideServices } from './guide-controller';

const route = facebookAiRoute();

const FORM = `
  <div role="main">
    <h2>Object to your information being used for AI at Meta</h2>
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
    // happy-dom cannot make trusted events: the tests' own events stand for the user's.
    { formTimeoutMs: 1000, debounceMs: 10, isUserEvent: () => true },
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
    document.querySelector<HTMLElement>('#root [role=button]')!.click();
    expect(controller.state.kind).toBe('sending');
    document.getElementById('root')!.innerHTML =
      '<div role="main"><h2>We’ve received your request</h2><p>We’ll review your objection.</p></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('confirmed');
    expect(recorded).toEqual([
      {
        accountEmail: 'me@example.org',
        confirmationText: 'We’ve received your request\nWe’ll review your objection.',
        recognition: { outcome: 'form-replaced', knownPhrase: "We've received your request", secondsAfterPress: 0 },
      },
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

const PREFILLED_FORM = FORM.replace('<input type="text"', '<input type="text" value="meta@example.org"');
const send = () => document.querySelector<HTMLElement>('#root [role=button]')!.click();

describe('GuideController: the page decides what the form is and what the press did', () => {
  it('offers nothing, fills nothing and records nothing on a look-alike on the same path', async () => {
    document.getElementById('root')!.innerHTML = FORM.replace(
      'Object to your information being used for AI at Meta',
      'Contact our Data Protection Officer',
    ).replace('Please tell us how this processing impacts you. (Optional)', 'Your question for our DPO');
    const { controller, panel, recorded, container } = setUp({ emailToFill: async () => 'saved@example.org' });
    await controller.start();
    expect(controller.state).toEqual({ kind: 'look-alike', request: 'dpo' });
    expect(panel().textContent).toContain('a question to the data protection officer');
    expect(panel().textContent).not.toContain('One press left');
    expect(document.querySelector<HTMLInputElement>('#root input')!.value).toBe('');
    expect(container.querySelector('.pw-highlight')?.hasAttribute('hidden') ?? true).toBe(true);
    send();
    document.getElementById('root')!.innerHTML = '<div role="main"><h2>We’ve received your request</h2></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(recorded).toEqual([]);
  });

  it('asks the user when the page does not say, and goes on only when told it is the objection', async () => {
    document.getElementById('root')!.innerHTML = PREFILLED_FORM.replace(
      'Object to your information being used for AI at Meta',
      'Privacy Centre',
    ).replace('Please tell us how this processing impacts you. (Optional)', 'Details (optional)');
    const { controller, click } = setUp();
    await controller.start();
    expect(controller.state.kind).toBe('unsure');
    click('Yes, it is my objection');
    expect(controller.state.kind).toBe('one-panel');
  });

  it('follows a two-step flow: "Next" is not the last press, and the second screen is read on its own', async () => {
    document.getElementById('root')!.innerHTML =
      `<div role="main"><h2>Opposition à l’utilisation de vos informations pour l’IA</h2>
      <div><span>Adresse e-mail</span><input type="text" readonly value="meta@example.org"></div>
      <div role="button"><span>Suivant</span></div></div>`;
    const { controller, panel, recorded } = setUp();
    await controller.start();
    expect(controller.state.kind).toBe('one-panel');
    expect(panel().textContent).toContain('Next: “Suivant”');
    expect(panel().textContent).not.toContain('One press left');
    expect(panel().textContent).toContain('at least 2');

    document.getElementById('root')!.innerHTML = '<div role="main"><div role="progressbar"></div></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('waiting-for-form'); // never the old screen's step
    document.getElementById('root')!.innerHTML =
      `<div role="main"><h2>Opposition à l’utilisation de vos informations pour l’IA</h2>
      <div><textarea></textarea><span>Veuillez nous indiquer comment ce traitement vous affecte (facultatif)</span></div>
      <div role="button"><span>Envoyer</span></div></div>`;
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('one-panel');
    expect(panel().textContent).toContain('One press left');
    expect(panel().textContent).toContain('meta@example.org'); // given on the screen before
    send();
    document.getElementById('root')!.innerHTML =
      '<div role="main"><h2>C’est noté</h2><p>Votre demande nous est bien parvenue.</p></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(recorded).toMatchObject([
      { accountEmail: 'meta@example.org', recognition: { outcome: 'form-replaced', knownPhrase: null } },
    ]);
  });

  it('takes an error after the press for "not yet", then the next press that succeeds', async () => {
    document.getElementById('root')!.innerHTML = PREFILLED_FORM.replace(
      '<div role="button"',
      '<div role="alert" hidden id="err"></div><div role="button"',
    );
    const { controller, panel, recorded } = setUp();
    await controller.start();
    send();
    const error = document.getElementById('err')!;
    error.hidden = false;
    error.textContent = 'Something went wrong. Please try again.';
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('not-sent');
    expect(panel().textContent).toContain('Something went wrong. Please try again.');
    expect(recorded).toEqual([]);
    error.hidden = true;
    send();
    document.getElementById('root')!.innerHTML = '<div role="main"><p>Danke! Wir melden uns per E-Mail.</p></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('confirmed');
    expect(recorded).toHaveLength(1);
  });

  it('takes a message without an error beside the form, after the press, for the confirmation', async () => {
    document.getElementById('root')!.innerHTML = PREFILLED_FORM.replace(
      '<div role="button"',
      '<div role="status" id="note"></div><div role="button"',
    );
    const { controller, recorded } = setUp();
    await controller.start();
    send();
    document.getElementById('note')!.textContent = 'Envoi en cours…';
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('sending');
    document.getElementById('note')!.textContent = 'Merci, votre demande a été transmise à notre équipe.';
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).toBe('confirmed');
    expect(recorded).toMatchObject([
      {
        confirmationText: 'Merci, votre demande a été transmise à notre équipe.',
        recognition: { outcome: 'message-shown', knownPhrase: null },
      },
    ]);
  });

  it('records nothing when the form goes away without the user’s press', async () => {
    document.getElementById('root')!.innerHTML = PREFILLED_FORM;
    const { controller, recorded } = setUp();
    await controller.start();
    document.getElementById('root')!.innerHTML = '<div role="main"><h2>We’ve received your request</h2></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.state.kind).not.toBe('confirmed');
    expect(recorded).toEqual([]);
  });

  it('says the platform filled the email only when it was there first and the user did not type', async () => {
    document.getElementById('root')!.innerHTML = PREFILLED_FORM;
    const first = setUp();
    await first.controller.start();
    expect(first.container.textContent).toContain('filled it in from your account');
    first.controller.stop();

    document.getElementById('root')!.innerHTML = FORM;
    const typed = setUp();
    await typed.controller.start();
    const input = document.querySelector<HTMLInputElement>('#root input')!;
    input.value = 'typed@example.org';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    typed.controller.check();
    typed.click('Next');
    typed.click('Back');
    expect(typed.container.textContent).not.toContain('filled in typed@example.org');
    expect(typed.container.textContent).toContain('The field holds typed@example.org');
  });
});
