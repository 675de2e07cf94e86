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
  | { kind: 'not-recognised' };

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
  | { type: 'confirmation-seen'; text: string };

export const INITIAL_STATE: GuideState = { kind: 'idle' };

export function nextState(state: GuideState, event: GuideEvent): GuideState {
  // The confirmation screen ends the walkthrough whatever step the user was at: they may well have pressed the
  // platform's button before reaching our last step.
  if (event.type === 'confirmation-seen') {
    return state.kind === 'idle' || state.kind === 'opening'
      ? state
      : { kind: 'confirmed', confirmationText: event.text };
  }
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
      if (event.type === 'form-timeout' && state.kind === 'waiting-for-form') return { kind: 'not-recognised' };
      return state;
    case 'one-panel':
      if (event.type === 'step-by-step') return startFilling(state.fieldCount, false);
      if (event.type === 'login-wall') return { kind: 'login-required' };
      if (event.type === 'verification-seen') return { kind: 'verifying' };
      return state;
    case 'verifying':
      return event.type === 'login-wall' ? { kind: 'login-required' } : state;
    case 'filling':
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

function startFilling(fieldCount: number, onePanel: boolean): GuideState {
  if (onePanel && fieldCount > 0) return { kind: 'one-panel', fieldCount };
  return fieldCount > 0 ? { kind: 'filling', fieldIndex: 0, fieldCount } : { kind: 'ready-to-submit', fieldCount };
}
