import { describe, expect, it } from 'vitest';
import type { BlockChange, Flag } from '../../analysis/types';
import {
  buildDiffModel,
  type ChangeRow,
  LONG_COMPARISON,
  layoutOnly,
  matters,
  opensOnWhatMatters,
  splitBlocks,
} from './diff-model';

// Sentences from Meta's EU privacy policy (corpus Facebook/privacy-policy.pga, 2025-04-07 → 2025-05-28).
const AI_ROW =
  '| Develop and improve [artificial intelligence technology] (also called AI at Meta) on Meta Products and for third parties. | In our interest |';
const NEW_TEXT = [
  '# What is the Privacy Policy and what does it cover?',
  'Effective May 27, 2025',
  '## Highlights',
  '- This Privacy Policy explains how we collect, use and share your information.',
  AI_ROW,
  '## How long do we keep your information?',
  'We keep information as long as we need it to provide our Products.',
].join('\n\n');

const aiFlag: Flag = {
  kind: 'legal-basis',
  basis: 'legitimate-interests',
  from: null,
  purpose: 'Develop and improve artificial intelligence technology (also called AI at Meta)',
  change: 'added',
  severity: 'high',
  before: null,
  after:
    'Develop and improve [artificial intelligence technology] (also called AI at Meta) on Meta Products and for third parties.',
  section: 'Legitimate interests',
  summary: 'Meta now relies on legitimate interests to develop and improve AI at Meta.',
};

const changes: BlockChange[] = [
  { change: 'modified', section: '', before: 'Effective April 7, 2025', after: 'Effective May 27, 2025', noise: true },
  { change: 'added', section: 'Legitimate interests', before: null, after: AI_ROW },
  { change: 'removed', section: 'Retention', before: 'We used to keep it for 90 days.', after: null },
];

describe('buildDiffModel', () => {
  const model = buildDiffModel({ changes, flags: [aiFlag] }, NEW_TEXT);

  it('places each change at its block and folds the unchanged blocks between them', () => {
    expect(model.rows.map((r) => (r.type === 'unchanged' ? r.blocks.length : r.change.change))).toEqual([
      1, // the title
      'modified',
      2, // Highlights heading and first item
      'added',
      'removed', // no newer text: stays in report order
      2, // the rest
    ]);
    const unchanged = model.rows.flatMap((r) => (r.type === 'unchanged' ? r.blocks : []));
    expect(unchanged).toHaveLength(splitBlocks(NEW_TEXT).length - 2);
  });

  it('attaches the flag to the block holding its sentence', () => {
    const added = model.rows.find((r) => r.type === 'change' && r.change.change === 'added');
    expect(added?.type === 'change' && added.flags).toEqual([aiFlag]);
    expect(model.looseFlags).toEqual([]);
    const flaggedRows = model.rows.filter((r) => r.type === 'change' && matters(r));
    expect(flaggedRows).toHaveLength(1);
  });

  it('keeps a flag it cannot place, and changes it cannot find, without losing them', () => {
    const stray: Flag = { ...aiFlag, after: 'A sentence that is nowhere.' };
    const lost: BlockChange = { change: 'added', section: '', before: null, after: 'Not in the text' };
    const other = buildDiffModel({ changes: [lost], flags: [stray] }, NEW_TEXT);
    expect(other.looseFlags).toEqual([stray]);
    expect(other.rows.filter((r) => r.type === 'change')).toHaveLength(1);
    expect(other.rows.flatMap((r) => (r.type === 'unchanged' ? r.blocks : []))).toHaveLength(7);
  });
});

describe('what a comparison opens on', () => {
  const edit = (i: number): BlockChange => ({
    change: 'modified',
    section: '',
    before: `We keep logs for ${i} days.`,
    after: `We keep logs for ${i + 1} days.`,
  });
  const many = Array.from({ length: LONG_COMPARISON + 1 }, (_, i) => edit(i));
  const flagged = buildDiffModel({ changes: [...many, changes[1] as BlockChange], flags: [aiFlag] }, NEW_TEXT);

  it('folds layout-only changes (noise, moves) but never a flagged one', () => {
    const rows = buildDiffModel({ changes, flags: [aiFlag] }, NEW_TEXT).rows.filter(
      (r): r is ChangeRow => r.type === 'change',
    );
    expect(rows.map(layoutOnly)).toEqual([true, false, false]);
    const moved: BlockChange = { change: 'moved', section: '', before: 'Same words.', after: 'Same words.' };
    expect(layoutOnly({ type: 'change', change: moved, flags: [], index: 0 })).toBe(true);
    expect(layoutOnly({ type: 'change', change: { ...moved, noise: true }, flags: [aiFlag], index: 0 })).toBe(false);
  });

  it('opens a long far-apart comparison with a flagged change on what matters', () => {
    expect(opensOnWhatMatters(flagged, false)).toBe(true);
    // A version against its predecessor shows everything: the change the notification was about, in context.
    expect(opensOnWhatMatters(flagged, true)).toBe(false);
    // Nothing flagged: "what matters" would show nothing.
    expect(opensOnWhatMatters(buildDiffModel({ changes: many, flags: [] }, NEW_TEXT), false)).toBe(false);
    // Short: everything fits.
    const short = buildDiffModel({ changes: [edit(1), changes[1] as BlockChange], flags: [aiFlag] }, NEW_TEXT);
    expect(opensOnWhatMatters(short, false)).toBe(false);
  });
});
