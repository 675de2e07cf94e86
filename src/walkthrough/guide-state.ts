// The objection walkthrough as a state machine. Pure: the popup drives the first steps (idle → opening), the in-page
// guide the rest; views render a state and send events, nothing else decides what comes next.

export type GuideState =
  | { kind: 'idle' }
  | { kind: 'opening' }
  | { kind: 'waiting-for-form' }
  | { kind: 'login-required' }
  /** The platform asks a question first ("Is your request about AI at Meta?"): which of the route's branches. */
  | { kind: 'branch'; branchIndex: number }
  | { kind: 'filling'; fieldIndex: number; fieldCount: number }
  /** Everything is filled or optional: one panel shows what will be sent; only the platform's Send is left. */
  | { kind: 'one-panel'; fieldCount: number }
  /** The form was sent and the platform asks for the code it emailed. */
  | { kind: 'verifying' }
  | { kind: 'ready-to-submit'; fieldCount: number }
  | { kind: 'confirmed'; confirmationText: string }
  | { kind: 'not-recognised' }
  /** A form on the route's path that asks for something else (access, DPO, contact, login help): hands off. */
  | { kind: 'look-alike'; request: string }
  /** A form whose words do not say whether it is an objection: the user is asked. */
  | { kind: 'unsure' }
  /** The user pressed the button that sends; the guide waits for what the page does. */
  | { kind: 'sending' }
  /** The page answered the press with an error (or a validation error on the form): not sent yet. */
  | { kind: 'not-sent'; error: string };

export type GuideEvent =
  /** The user pressed "Object now". */
  | { type: 'open' }
  /** The form's page is showing (the guide started on it). */
  | { type: 'page-loaded' }
  /** The page asks to log in (login markers or a password field) and the form is not there. */
  | { type: 'login-wall' }
  /** The platform's question before the form is showing. */
  | { type: 'branch-seen'; branchIndex: number }
  /**
   * The form's fields were found; count of fields the guide walks through. `onePanel`: nothing is left to fill but
   * what the panel itself offers (the email is there, the rest optional).
   */
  | { type: 'form-found'; fieldCount: number; onePanel?: boolean }
  /** The user asks for the field-by-field walk instead of the one panel. */
  | { type: 'step-by-step' }
  /** The form is gone and a field for the emailed code is showing. */
  | { type: 'verification-seen' }
  /** Waited long enough and found neither the form nor a login wall. */
  | { type: 'form-timeout' }
  | { type: 'next' }
  | { type: 'back' }
  /** The platform's confirmation screen is showing. */
  | { type: 'confirmation-seen'; text: string }
  /** A form that is not an objection is showing. */
  | { type: 'look-alike-seen'; request: string }
  /** A form that cannot be told is showing. */
  | { type: 'unsure-seen' }
  /** The screen shows nothing the guide recognises (between two screens, loading). */
  | { type: 'nothing-seen' }
  /** The user's own press of the button that sends. */
  | { type: 'send-pressed' }
  /** After that press, the page shows an error. */
  | { type: 'send-failed'; error: string };

export const INITIAL_STATE: GuideState = { kind: 'idle' };

export function nextState(state: GuideState, event: GuideEvent): GuideState {
  // The confirmation screen ends the walkthrough whatever step the user was at: they may well have pressed the
  // platform's button before reaching our last step.
  if (event.type === 'confirmation-seen') {
    return ['idle', 'opening', 'look-alike', 'unsure'].includes(state.kind)
      ? state
      : { kind: 'confirmed', confirmationText: event.text };
  }
  const screen = onAnyScreen(state, event);
  if (screen) return screen;
  switch (state.kind) {
    case 'idle':
      return event.type === 'open'
        ? { kind: 'opening' }
        : event.type === 'page-loaded'
          ? { kind: 'waiting-for-form' }
          : state;
    case 'opening':
      return event.type === 'page-loaded' ? { kind: 'waiting-for-form' } : state;
    case 'waiting-for-form':
    case 'login-required':
    case 'not-recognised':
    case 'look-alike':
    case 'unsure':
    case 'sending':
    case 'not-sent':
    case 'branch':
      // A login wall can give way to the form (the user logged in in this tab), and a late-rendered form can still
      // turn up after we gave up on it. The question before the form gives way to the form once answered.
      if (event.type === 'form-found') return startFilling(event.fieldCount, event.onePanel === true);
      if (event.type === 'branch-seen') {
        return state.kind === 'branch' && state.branchIndex === event.branchIndex
          ? state
          : { kind: 'branch', branchIndex: event.branchIndex };
      }
      if (event.type === 'login-wall') return { kind: 'login-required' };
      if (event.type === 'verification-seen') return { kind: 'verifying' };
      if (event.type === 'form-timeout' && state.kind === 'waiting-for-form') return { kind: 'not-recognised' };
      return state;
    case 'one-panel':
      if (event.type === 'form-found') return startFilling(event.fieldCount, event.onePanel === true);
      if (event.type === 'branch-seen') return { kind: 'branch', branchIndex: event.branchIndex };
      if (event.type === 'step-by-step') return startFilling(state.fieldCount, false);
      if (event.type === 'login-wall') return { kind: 'login-required' };
      if (event.type === 'verification-seen') return { kind: 'verifying' };
      return state;
    case 'verifying':
      if (event.type === 'form-found') return startFilling(event.fieldCount, event.onePanel === true);
      return event.type === 'login-wall' ? { kind: 'login-required' } : state;
    case 'filling':
      if (event.type === 'form-found') return startFilling(event.fieldCount, event.onePanel === true);
      if (event.type === 'branch-seen') return { kind: 'branch', branchIndex: event.branchIndex };
      if (event.type === 'next') {
        const next = state.fieldIndex + 1;
        return next < state.fieldCount
          ? { ...state, fieldIndex: next }
          : { kind: 'ready-to-submit', fieldCount: state.fieldCount };
      }
      if (event.type === 'back') return state.fieldIndex > 0 ? { ...state, fieldIndex: state.fieldIndex - 1 } : state;
      if (event.type === 'login-wall') return { kind: 'login-required' };
      if (event.type === 'verification-seen') return { kind: 'verifying' };
      return state;
    case 'ready-to-submit':
      if (event.type === 'form-found') return startFilling(event.fieldCount, event.onePanel === true);
      if (event.type === 'branch-seen') return { kind: 'branch', branchIndex: event.branchIndex };
      if (event.type === 'back' && state.fieldCount > 0) {
        return { kind: 'filling', fieldIndex: state.fieldCount - 1, fieldCount: state.fieldCount };
      }
      if (event.type === 'login-wall') return { kind: 'login-required' };
      if (event.type === 'verification-seen') return { kind: 'verifying' };
      return state;
    case 'confirmed':
      return state;
  }
}

/**
 * What any screen change means wherever the user is (the page moved on: each screen is recognised on its own), and
 * the user's press of the sending button. Null: the state's own rules decide.
 */
function onAnyScreen(state: GuideState, event: GuideEvent): GuideState | null {
  if (state.kind === 'idle' || state.kind === 'opening' || state.kind === 'confirmed') return null;
  const waitingForAnswer = state.kind === 'sending';
  switch (event.type) {
    case 'look-alike-seen':
      return state.kind === 'look-alike' && state.request === event.request
        ? state
        : { kind: 'look-alike', request: event.request };
    case 'unsure-seen':
      return state.kind === 'unsure' ? state : { kind: 'unsure' };
    case 'nothing-seen':
      // Between two screens the panel says it waits, instead of showing the last screen's step; after a press,
      // the page is loading its answer.
      return waitingForAnswer || ['waiting-for-form', 'not-recognised', 'login-required'].includes(state.kind)
        ? state
        : { kind: 'waiting-for-form' };
    case 'send-pressed':
      return ['filling', 'one-panel', 'ready-to-submit', 'verifying', 'not-sent'].includes(state.kind)
        ? { kind: 'sending' }
        : state;
    case 'send-failed':
      return waitingForAnswer || state.kind === 'not-sent' ? { kind: 'not-sent', error: event.error } : state;
    default:
      return null;
  }
}

function startFilling(fieldCount: number, onePanel: boolean): GuideState {
  if (onePanel && fieldCount > 0) return { kind: 'one-panel', fieldCount };
  return fieldCount > 0 ? { kind: 'filling', fieldIndex: 0, fieldCount } : { kind: 'ready-to-submit', fieldCount };
}
