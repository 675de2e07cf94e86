import type { AnalysisReport, ChangeKind, Flag, LegalBasis } from '../../src/analysis/types';
import { LEGAL_BASES } from '../../src/analysis/types';

// How a hand-written case says what the analysis must and must not flag: tokens "kind[:change][:basis]" ("*" for
// any), checked against a report. Shared by the in-place edits and the wording cases.

const CHANGES = new Set<string>(['added', 'removed', 'modified']);
const BASES = new Set<string>(LEGAL_BASES);

/** Whether a flag is what the token names; a token part that is no change or basis is a mistake in the case. */
export function flagMatches(token: string, flag: Flag): boolean {
  if (token === '*') return true;
  const [kind, ...rest] = token.split(':');
  if (flag.kind !== kind) return false;
  return rest.every((part) => {
    if (part === '*') return true;
    if (CHANGES.has(part)) return flag.change === (part as ChangeKind);
    if (BASES.has(part)) return flag.basis === (part as LegalBasis);
    throw new Error(`bad token part ${part} in ${token}`);
  });
}

function describeFlag(flag: Flag): string {
  return `${flag.kind}:${flag.change}${flag.basis ? `:${flag.basis}` : ''}${flag.from ? ` (from ${flag.from})` : ''}`;
}

export interface FlagExpectations {
  expect: readonly string[];
  forbid: readonly string[];
  material?: boolean;
}

/** What the report got wrong against the case's expectations (empty when right). */
export function expectationErrors(report: AnalysisReport, expectations: FlagExpectations): string[] {
  const errors: string[] = [];
  for (const token of expectations.expect)
    if (!report.flags.some((flag) => flagMatches(token, flag))) errors.push(`missing ${token}`);
  for (const token of expectations.forbid) {
    const raised = report.flags.filter((flag) => flagMatches(token, flag));
    if (raised.length > 0) errors.push(`forbidden ${token}: ${raised.map(describeFlag).join(', ')}`);
  }
  if (expectations.material !== undefined && report.material !== expectations.material)
    errors.push(`material ${report.material}`);
  return errors;
}
