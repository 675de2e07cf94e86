import { describe, expect, it } from 'vitest';
import { pageSeen, policyCaptured } from '../messaging/page';
import { PAGE_SEEN_TYPE, POLICY_CAPTURED_TYPE } from './send';

describe('page messages written by hand in the content script', () => {
  it('use the type names of the message definitions', () => {
    expect(PAGE_SEEN_TYPE).toBe(pageSeen.type);
    expect(POLICY_CAPTURED_TYPE).toBe(policyCaptured.type);
  });
});
