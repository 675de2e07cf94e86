import { describe, expect, it } from 'vitest';
import type { BlockChange, Flag } from '../../analysis/types';
import { afterSide, beforeSide, inlineText, renderMarked } from './marked-text';

// A modified block from Meta's June 2025 update (corpus Facebook/privacy-policy.pga): "you" became "you or others".
const change: BlockChange = {
  change: 'modified',
  section: 'Legitimate interests',
  before: 'Public content you create or share, like posts.',
  after: 'Public content you or others create or share, like posts.',
  words: [
    { op: 'equal', text: 'Public content you ' },
    { op: 'add', text: 'or others ' },
    { op: 'equal', text: 'create or share, like posts.' },
  ],
};
const flag = { after: 'Public content you or others create or share', before: null } as Flag;

function html(fragment: DocumentFragment): string {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
}

describe('marked text', () => {
  it('marks added words and the flagged sentence around them on the newer side', () => {
    const after = afterSide(change, [flag]);
    expect(after?.text).toBe(change.after);
    expect(html(renderMarked(after!))).toBe(
      '<mark class="flag">Public content you </mark><ins class="add flag">or others </ins>' +
        '<mark class="flag">create or share</mark>, like posts.',
    );
  });

  it('shows the older side without the added words', () => {
    const before = beforeSide(change, [flag]);
    expect(before?.text).toBe(change.before);
    expect(before?.ranges).toEqual([]);
  });

  it('shows a removed block entirely as removed, and no newer side', () => {
    const removed: BlockChange = { change: 'removed', section: '', before: 'Old sentence.', after: null };
    expect(afterSide(removed, [])).toBeNull();
    expect(html(renderMarked(beforeSide(removed, [])!))).toBe('<del class="remove">Old sentence.</del>');
  });

  it('keeps markup in the text as text', () => {
    const hostile: BlockChange = { change: 'added', section: '', before: null, after: '<img src=x onerror=alert(1)>' };
    const out = html(renderMarked(inlineText(hostile, [])));
    expect(out).toBe('<ins class="add">&lt;img src=x onerror=alert(1)&gt;</ins>');
  });
});
