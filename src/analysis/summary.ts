import type { Flag, LegalBasis } from './types';

// The one plain English sentence each flag carries (views translate by kind and basis; this is the fallback text).

const BASIS_NAMES: Record<LegalBasis, string> = {
  consent: 'consent',
  contract: 'performance of a contract',
  'legal-obligation': 'a legal obligation',
  'vital-interests': 'vital interests',
  'public-task': 'a task in the public interest',
  'legitimate-interests': 'legitimate interests',
};

function quote(text: string | null | undefined, max = 140): string {
  if (!text) return '';
  const clean = text.replace(/[[\]]/g, '');
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/** One plain English sentence saying what the flag means for the user. */
export function summarize(flag: Omit<Flag, 'summary'>): string {
  const purpose = flag.purpose ? ` "${quote(flag.purpose, 100)}"` : '';
  switch (flag.kind) {
    case 'legal-basis': {
      const basis = BASIS_NAMES[flag.basis ?? 'legitimate-interests'];
      if (flag.change === 'removed') return `A purpose${purpose} no longer relies on ${basis}.`;
      if (flag.from && flag.from !== flag.basis) {
        return `A purpose${purpose} moved from ${BASIS_NAMES[flag.from]} to ${basis}.`;
      }
      if (flag.change === 'added') return `A purpose${purpose} now relies on ${basis}.`;
      return `The processing that relies on ${basis}${purpose ? ` for${purpose}` : ''} was changed.`;
    }
    case 'ai-training':
      if (flag.change === 'removed') return 'A statement about using user data to train or improve AI was removed.';
      if (flag.change === 'added') return 'User data is now used to train, develop or improve AI models.';
      return 'What user data is used to train or improve AI models, or how, was changed.';
    case 'sensitive-data':
      return `A statement about sensitive (special category) data was ${flag.change}.`;
    case 'minors':
      return `A statement about children or minors was ${flag.change}.`;
    case 'sharing':
      return `A statement about who your data is shared with was ${flag.change}.`;
    case 'transfer':
      return `A statement about transfers of your data to other countries was ${flag.change}.`;
    case 'retention':
      return `A statement about how long your data is kept was ${flag.change}.`;
    case 'objection-right':
      return flag.change === 'removed'
        ? 'A statement about your right to object or opt out was removed.'
        : `A statement about your right to object or opt out was ${flag.change}.`;
    case 'automated-decisions':
      return `A statement about automated decisions or profiling was ${flag.change}.`;
  }
}
