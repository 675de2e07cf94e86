import { describe, expect, it } from 'vitest';
import { type GuideEvent, type GuideState, INITIAL_STATE, nextState } from './guide-state';

const run = (events: GuideEvent[], from: GuideState = INITIAL_STATE) => events.reduce(nextState, from);

describe('objection walkthrough state machine', () => {
  it('goes from the popup click through every field to the confirmation', () => {
    const states: GuideState[] = [];
    let state = INITIAL_STATE;
    for (const event of [
      { type: 'open' },
      { type: 'page-loaded' },
      { type: 'form-found', fieldCount: 2 },
      { type: 'next' },
      { type: 'next' },
      { type: 'confirmation-seen', text: 'We’ve received your request' },
    ] as GuideEvent[]) {
      state = nextState(state, event);
      states.push(state);
    }
    expect(states).toEqual([
      { kind: 'opening' },
      { kind: 'waiting-for-form' },
      { kind: 'filling', fieldIndex: 0, fieldCount: 2 },
      { kind: 'filling', fieldIndex: 1, fieldCount: 2 },
      { kind: 'ready-to-submit', fieldCount: 2 },
      { kind: 'confirmed', confirmationText: 'We’ve received your request' },
    ]);
  });

  it('steps back from ready-to-submit to the last field, and not before the first', () => {
    const ready = run([
      { type: 'page-loaded' },
      { type: 'form-found', fieldCount: 2 },
      { type: 'next' },
      { type: 'next' },
    ]);
    expect(nextState(ready, { type: 'back' })).toEqual({ kind: 'filling', fieldIndex: 1, fieldCount: 2 });
    const first = run([{ type: 'page-loaded' }, { type: 'form-found', fieldCount: 2 }]);
    expect(nextState(first, { type: 'back' })).toEqual(first);
  });

  it('asks to log in, then continues when the form appears after login', () => {
    const wall = run([{ type: 'page-loaded' }, { type: 'login-wall' }]);
    expect(wall).toEqual({ kind: 'login-required' });
    expect(nextState(wall, { type: 'form-timeout' })).toEqual(wall);
    expect(nextState(wall, { type: 'form-found', fieldCount: 1 })).toEqual({
      kind: 'filling',
      fieldIndex: 0,
      fieldCount: 1,
    });
  });

  it('gives up on an unrecognised form after the time cap, yet recovers if it renders later', () => {
    const lost = run([{ type: 'page-loaded' }, { type: 'form-timeout' }]);
    expect(lost).toEqual({ kind: 'not-recognised' });
    expect(nextState(lost, { type: 'form-found', fieldCount: 2 }).kind).toBe('filling');
  });

  it('goes straight to the submit step when the form has no field to explain', () => {
    expect(run([{ type: 'page-loaded' }, { type: 'form-found', fieldCount: 0 }])).toEqual({
      kind: 'ready-to-submit',
      fieldCount: 0,
    });
  });

  it('accepts the confirmation at any step on the page but not before the page is open', () => {
    const filling = run([{ type: 'page-loaded' }, { type: 'form-found', fieldCount: 2 }]);
    expect(nextState(filling, { type: 'confirmation-seen', text: 'Thanks' }).kind).toBe('confirmed');
    expect(nextState({ kind: 'opening' }, { type: 'confirmation-seen', text: 'Thanks' })).toEqual({ kind: 'opening' });
  });

  it('stays confirmed', () => {
    const done: GuideState = { kind: 'confirmed', confirmationText: 'x' };
    expect(nextState(done, { type: 'login-wall' })).toBe(done);
    expect(nextState(done, { type: 'form-found', fieldCount: 3 })).toBe(done);
  });

  it('answers the platform’s question first, then shows one panel, then the emailed code', () => {
    const states: GuideState[] = [];
    let state = INITIAL_STATE;
    for (const event of [
      { type: 'page-loaded' },
      { type: 'branch-seen', branchIndex: 0 },
      { type: 'branch-seen', branchIndex: 0 },
      { type: 'form-found', fieldCount: 2, onePanel: true },
      { type: 'verification-seen' },
      { type: 'confirmation-seen', text: 'Done' },
    ] as GuideEvent[]) {
      state = nextState(state, event);
      states.push(state);
    }
    expect(states.map((s) => s.kind)).toEqual([
      'waiting-for-form',
      'branch',
      'branch',
      'one-panel',
      'verifying',
      'confirmed',
    ]);
  });

  it('leaves the one panel for the field-by-field walk when asked', () => {
    expect(run([{ type: 'step-by-step' }], { kind: 'one-panel', fieldCount: 2 })).toEqual({
      kind: 'filling',
      fieldIndex: 0,
      fieldCount: 2,
    });
  });
});
