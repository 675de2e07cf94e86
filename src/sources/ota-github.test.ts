import { describe, expect, it } from 'vitest';
import { commitKind, commitsUrl, parseCommitList, rawUrl, retryAt } from './ota-github';

// Open Terms Archive over GitHub: URLs, commit titles (the engine's own forms, old and new) and GitHub's limits.

const SOURCE = { repo: 'pga-versions', path: 'Threads/Privacy Policy.md' } as const;
const SHA = 'a3689b384908fb121f6fd702fca1eedc719a0132';

function commit(sha: string, message: string, date: string) {
  return { sha, commit: { message, author: { date }, committer: { date: '2030-01-01T00:00:00Z' } } };
}

describe('Open Terms Archive over GitHub', () => {
  it('builds the two URLs, the path encoded', () => {
    expect(commitsUrl(SOURCE, 10)).toBe(
      'https://api.github.com/repos/OpenTermsArchive/pga-versions/commits?path=Threads%2FPrivacy+Policy.md&per_page=10',
    );
    expect(rawUrl(SOURCE, SHA)).toBe(
      `https://raw.githubusercontent.com/OpenTermsArchive/pga-versions/${SHA}/Threads/Privacy%20Policy.md`,
    );
  });

  it('tells technical or declaration upgrades and first records from new changes, in the old titles too', () => {
    expect(commitKind('Apply technical or declaration upgrade on Threads Privacy Policy\n\nThis version…')).toBe(
      'technical-upgrade',
    );
    expect(commitKind('Refilter Facebook Privacy Policy')).toBe('technical-upgrade');
    expect(commitKind('First record of Threads Privacy Policy')).toBe('first-record');
    expect(commitKind('Start tracking Facebook Privacy Policy')).toBe('first-record');
    expect(commitKind('Record new changes of Threads Privacy Policy')).toBe('new-changes');
    expect(commitKind('Update Facebook Privacy Policy')).toBe('new-changes');
  });

  it('reads the commit list oldest first, at the recording (author) time, and refuses another shape', () => {
    const list = [
      commit('b'.repeat(40), 'Record new changes of X', '2026-07-02T10:00:00+02:00'),
      commit('a'.repeat(40), 'First record of X', '2026-07-01T00:00:00Z'),
    ];
    expect(parseCommitList(list)).toEqual([
      { sha: 'a'.repeat(40), recordedAt: '2026-07-01T00:00:00.000Z', kind: 'first-record' },
      { sha: 'b'.repeat(40), recordedAt: '2026-07-02T08:00:00.000Z', kind: 'new-changes' },
    ]);
    expect(() => parseCommitList({ message: 'API rate limit exceeded' })).toThrow(/unexpected commit list/);
    expect(() => parseCommitList([commit('../../x', 'Record', '2026-07-01T00:00:00Z')])).toThrow();
  });

  it('waits as GitHub says: Retry-After, else the reset time when nothing is left, else a minute', () => {
    const now = Date.parse('2026-12-07T22:00:00Z');
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(retryAt(200, headers({ 'x-ratelimit-remaining': '59' }), now)).toBeNull();
    expect(retryAt(429, headers({ 'retry-after': '120' }), now)).toBe(now + 120_000);
    const reset = now / 1000 + 1800;
    expect(retryAt(403, headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }), now)).toBe(
      reset * 1000,
    );
    expect(retryAt(200, headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }), now)).toBe(
      reset * 1000,
    );
    expect(retryAt(403, headers({}), now)).toBe(now + 60_000);
  });
});
