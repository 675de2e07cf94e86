import { z } from 'zod';
import type { OtaSource } from '../platforms/schema';

// Open Terms Archive over GitHub, pure parts: the two URLs, the shape of GitHub's commit list (REST "List commits",
// GET /repos/{owner}/{repo}/commits), what a commit title says, and how long GitHub asks us to wait. Open Terms
// Archive's own APIs are plain http:// on bare IP addresses; GitHub serves the same versions over HTTPS.

/** The two hosts contacted when the user turns Open Terms Archive on (and only then): the optional host permission. */
export const OTA_ORIGINS = ['https://api.github.com/*', 'https://raw.githubusercontent.com/*'] as const;

const OWNER = 'OpenTermsArchive';

/** "Facebook/Privacy Policy.md" → "Facebook/Privacy%20Policy.md": each segment encoded, the slash kept. */
function encodedPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The latest commits that touched a document's file, newest first. */
export function commitsUrl(source: OtaSource, perPage: number): string {
  const query = new URLSearchParams({ path: source.path, per_page: String(perPage) });
  return `https://api.github.com/repos/${OWNER}/${source.repo}/commits?${query}`;
}

/** The document's text as recorded by one commit. */
export function rawUrl(source: OtaSource, sha: string): string {
  return `https://raw.githubusercontent.com/${OWNER}/${source.repo}/${sha}/${encodedPath(source.path)}`;
}

const sha = z.string().regex(/^[0-9a-f]{40}$/);
const person = z.object({ date: z.iso.datetime({ offset: true }) }).nullable();

/** One entry of GitHub's commit list: only what is used (GitHub sends much more). */
const githubCommit = z.object({
  sha,
  commit: z.object({ message: z.string().max(20_000), author: person, committer: person }),
});
export const githubCommitList = z.array(githubCommit).max(100);

export type OtaCommitKind = 'first-record' | 'technical-upgrade' | 'new-changes';

export interface OtaCommit {
  sha: string;
  /** When Open Terms Archive recorded the version (the commit's author date, else its committer date), ISO UTC. */
  recordedAt: string;
  kind: OtaCommitKind;
}

/**
 * What a commit title says. Open Terms Archive's engine titles a version "First record of …", "Apply technical or
 * declaration upgrade on …" (a new selector, URL or extraction code: the text changed, the policy did not) or
 * "Record new changes of …"; before its 2023 rename: "Start tracking", "Refilter", "Update".
 */
export function commitKind(message: string): OtaCommitKind {
  const title = message.trimStart();
  if (/^(Apply technical or declaration upgrade on|Refilter)\b/i.test(title)) return 'technical-upgrade';
  if (/^(First record of|Start tracking)\b/i.test(title)) return 'first-record';
  return 'new-changes';
}

/** GitHub's commit list as recorded versions, oldest first. Throws on an answer of another shape. */
export function parseCommitList(body: unknown): OtaCommit[] {
  const parsed = githubCommitList.safeParse(body);
  if (!parsed.success) throw new Error(`GitHub answered an unexpected commit list: ${parsed.error.issues[0]?.message}`);
  return parsed.data
    .map((c) => {
      const date = c.commit.author?.date ?? c.commit.committer?.date;
      if (!date) throw new Error(`GitHub commit ${c.sha} has no date`);
      return { sha: c.sha, recordedAt: new Date(date).toISOString(), kind: commitKind(c.commit.message) };
    })
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}

const MINUTE = 60_000;

/**
 * When GitHub lets us ask again, after a refusal (403/429) or when the hourly allowance is used up: Retry-After
 * (seconds), else X-RateLimit-Reset (epoch seconds) when no request is left, else a minute for a secondary limit.
 * Null when the answer sets no limit.
 */
export function retryAt(status: number, headers: Headers, now: number): number | null {
  const after = Number(headers.get('retry-after'));
  const reset = Number(headers.get('x-ratelimit-reset'));
  const remaining = headers.get('x-ratelimit-remaining');
  const limited = status === 403 || status === 429 || remaining === '0';
  if (!limited) return null;
  if (Number.isFinite(after) && after > 0) return now + after * 1000;
  if (remaining === '0' && Number.isFinite(reset) && reset > 0) return Math.max(reset * 1000, now + MINUTE);
  return now + MINUTE;
}
