import type { FlagCandidate } from './classify';
import { MAX_FLAGS, MAX_FLAGS_PER_SECONDARY_KIND } from './flag-caps';
import { headlineTier, SEVERITY_RANK } from './severity';
import { wordSet } from './similarity';
import { summarize } from './summary';
import { FLAG_KINDS, type Flag } from './types';

// Turning candidates into the flags a user reads: one per (kind, basis, sentence), the serious ones first, capped so
// that a rewritten policy gives a readable list rather than hundreds of lines.

const CHANGE_RANK = { added: 0, modified: 1, removed: 2 } as const;

/**
 * Drops the pairs of candidates where the same sentence is removed in one place and added in another under the same
 * kind and basis: a restructured page moves sentences between blocks, and a moved sentence states nothing new.
 */
function withoutMovedSentences(candidates: FlagCandidate[]): FlagCandidate[] {
  const keyOf = (candidate: FlagCandidate, sentence: string | null) =>
    `${candidate.kind}|${candidate.basis ?? ''}|${sentence ?? ''}`;
  const removed = new Set(
    candidates.filter((candidate) => candidate.change === 'removed').map((c) => keyOf(c, c.before)),
  );
  const added = new Set(candidates.filter((candidate) => candidate.change === 'added').map((c) => keyOf(c, c.after)));
  return candidates.filter((candidate) => {
    if (candidate.change === 'added') return !removed.has(keyOf(candidate, candidate.after));
    if (candidate.change === 'removed') return !added.has(keyOf(candidate, candidate.before));
    return true;
  });
}

/** Flags about one purpose are one flag: the purpose's words (stems) when it has one, else the sentence. */
function mergeKey(candidate: FlagCandidate): string {
  const primary = candidate.kind === 'legal-basis' || candidate.kind === 'ai-training';
  // Edits are kept apart (each quotes its own before and after); added and removed statements of one purpose come in
  // groups (a purpose restated in a title, a sentence and a list) and are one change.
  const about =
    primary && candidate.purpose && candidate.change !== 'modified'
      ? `purpose:${[...wordSet(candidate.purpose)].join(' ')}|${candidate.change}`
      : (candidate.after ?? candidate.before ?? '');
  return `${candidate.kind}|${candidate.basis ?? ''}|${about}`;
}

/**
 * The flags a user reads, most telling first: the leading tier (severity.ts: AI training, a move to legitimate
 * interests), then by severity; then what a version adds or edits before what it drops;
 * then a flag about AI (the reason people install this) before others; then kind, then place in the policy.
 * `aboutAi` tells whether a flag's sentence names AI (the lexicon's word list, passed in by the caller).
 */
export function finalizeFlags(
  candidates: FlagCandidate[],
  aboutAi: (text: string) => boolean = () => false,
  secondaryCap: number = MAX_FLAGS_PER_SECONDARY_KIND,
): Flag[] {
  const seen = new Map<string, FlagCandidate>();
  for (const candidate of withoutMovedSentences(candidates)) {
    const key = mergeKey(candidate);
    const existing = seen.get(key);
    if (!existing || SEVERITY_RANK[candidate.severity] < SEVERITY_RANK[existing.severity]) seen.set(key, candidate);
  }
  const aiMemo = new Map<FlagCandidate, boolean>();
  const isAboutAi = (candidate: FlagCandidate) => {
    let known = aiMemo.get(candidate);
    if (known === undefined) {
      known = candidate.kind === 'ai-training' || aboutAi(candidate.after ?? candidate.before ?? '');
      aiMemo.set(candidate, known);
    }
    return known;
  };
  const ordered = [...seen.values()].sort(
    (a, b) =>
      headlineTier(a) - headlineTier(b) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      Number(a.change === 'removed') - Number(b.change === 'removed') ||
      Number(isAboutAi(b)) - Number(isAboutAi(a)) ||
      FLAG_KINDS.indexOf(a.kind) - FLAG_KINDS.indexOf(b.kind) ||
      CHANGE_RANK[a.change] - CHANGE_RANK[b.change] ||
      a.position - b.position,
  );
  const perKind = new Map<string, number>();
  const flags: Flag[] = [];
  for (const candidate of ordered) {
    const count = perKind.get(candidate.kind) ?? 0;
    const primary = candidate.kind === 'legal-basis' || candidate.kind === 'ai-training';
    if (!primary && count >= secondaryCap) continue;
    if (flags.length >= MAX_FLAGS) break;
    perKind.set(candidate.kind, count + 1);
    const { position: _position, ...flag } = candidate;
    flags.push(cleanFlag(flag));
  }
  return flags;
}

/**
 * Only legal-basis flags carry basis / from; purpose only when known. Keeps the stored JSON small and exact. The
 * flag's sentence is written here, the one place, from what the flag finally says.
 */
function cleanFlag(flag: Omit<Flag, 'summary'>): Flag {
  const basis =
    flag.kind === 'legal-basis'
      ? { basis: flag.basis, from: flag.from ?? null }
      : flag.kind === 'ai-training' && flag.basis
        ? { basis: flag.basis }
        : {};
  const purpose = flag.purpose ? { purpose: flag.purpose } : {};
  return {
    kind: flag.kind,
    ...basis,
    ...purpose,
    change: flag.change,
    severity: flag.severity,
    before: flag.before,
    after: flag.after,
    section: flag.section,
    summary: summarize(flag),
  };
}
