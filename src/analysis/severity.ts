import type { ChangeKind, Flag, FlagKind, LegalBasis, Severity } from './types';

// How serious each flag is, and which flag leads: the one table. classify.ts and compare.ts ask it when they raise a
// flag, report.ts orders the report by it, flag-words' headline picks the first flag by it.

export const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Among equally severe flags of one tier, the kind a user most needs to hear about first. */
export const KIND_RANK: Record<FlagKind, number> = {
  'ai-training': 0,
  'legal-basis': 1,
  'sensitive-data': 2,
  minors: 3,
  'automated-decisions': 4,
  'objection-right': 5,
  sharing: 6,
  transfer: 7,
  retention: 8,
};

/** The secondary kinds: one severity per change (objection-right removed depends on what the policy still states). */
export const SECONDARY_SEVERITY: Record<
  Exclude<FlagKind, 'ai-training' | 'legal-basis'>,
  Record<ChangeKind, Severity>
> = {
  'sensitive-data': { added: 'medium', modified: 'medium', removed: 'low' },
  minors: { added: 'medium', modified: 'medium', removed: 'low' },
  sharing: { added: 'medium', modified: 'low', removed: 'low' },
  transfer: { added: 'medium', modified: 'low', removed: 'low' },
  retention: { added: 'low', modified: 'low', removed: 'low' },
  'objection-right': { added: 'low', modified: 'medium', removed: 'high' },
  'automated-decisions': { added: 'medium', modified: 'medium', removed: 'low' },
};

export function secondarySeverity(
  kind: keyof typeof SECONDARY_SEVERITY,
  change: ChangeKind,
  objectionStillStated: boolean,
): Severity {
  // Losing a sentence about the right to object is serious when the policy no longer states that right at all.
  if (kind === 'objection-right' && change === 'removed' && objectionStillStated) return 'medium';
  return SECONDARY_SEVERITY[kind][change];
}

/** A legal-basis flag: a purpose added, removed or edited under `basis`, coming `from` another basis or not. */
export function basisSeverity(
  basis: LegalBasis,
  change: ChangeKind,
  aiTraining: boolean,
  from: LegalBasis | null,
): Severity {
  if (change === 'removed') return basis === 'consent' ? 'medium' : 'low';
  // An edit of a purpose that stays on its basis and adds no AI training is no change of basis, whatever the basis.
  if (change === 'modified' && (from === null || from === basis) && !aiTraining) return 'low';
  if (basis === 'legitimate-interests') {
    if (aiTraining || (from !== null && from !== basis)) return 'high';
    return 'medium';
  }
  return from !== null && from !== basis ? 'medium' : 'low';
}

/** An AI-training flag: high on legitimate interests (no consent asked), low when training is dropped. */
export function trainingSeverity(basis: LegalBasis | null | undefined, change: ChangeKind): Severity {
  if (change === 'removed') return 'low';
  return basis === 'legitimate-interests' ? 'high' : 'medium';
}

/**
 * The flags that lead whatever the severity of the rest: AI training on users' data gained or widened, and a basis
 * moving to legitimate interests (or a purpose added there with AI training). They come before objection-right,
 * transfer and sharing flags, even a "high" objection-right one.
 */
export function headlineTier(flag: Pick<Flag, 'kind' | 'change' | 'basis' | 'from' | 'severity'>): number {
  if (flag.change === 'removed') return 1;
  if (flag.kind === 'ai-training') return 0;
  if (flag.kind === 'legal-basis' && flag.basis === 'legitimate-interests') {
    const moved = flag.from !== null && flag.from !== undefined && flag.from !== flag.basis;
    return moved || flag.severity === 'high' ? 0 : 1;
  }
  return 1;
}

/** Leading tier first, then most severe, then the kind a user most needs to hear about first. */
export function byImportance(
  a: Pick<Flag, 'kind' | 'change' | 'basis' | 'from' | 'severity'>,
  b: Pick<Flag, 'kind' | 'change' | 'basis' | 'from' | 'severity'>,
): number {
  return (
    headlineTier(a) - headlineTier(b) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind]
  );
}
