import type { OtaSource } from '../platforms/schema';
import { commitsUrl, type OtaCommit, parseCommitList, rawUrl, retryAt } from '../sources/ota-github';
import { readOtaState, setBlockedUntil } from '../sources/ota-state';

// The Open Terms Archive source's only requests: GitHub's commit list of one file and the file's text at one commit.
// Nothing about the user goes with them: no token, no cookies (credentials 'omit'), no referrer. GitHub allows 60
// unauthenticated requests an hour per address: a refusal (403/429) or an exhausted allowance stops every request
// until the time GitHub names (Retry-After, X-RateLimit-Reset); the commit list is asked with its ETag.

const TIMEOUT_MS = 30_000;
/** The largest text taken from Open Terms Archive (the longest policy in the corpus is under 300 000 characters). */
const MAX_TEXT_CHARS = 2_000_000;

export class GitHubWait extends Error {
  override name = 'GitHubWait';
  constructor(readonly until: number) {
    super(`GitHub asked to wait until ${new Date(until).toISOString()}`);
  }
}

async function githubGet(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const blocked = (await readOtaState()).blockedUntil;
  if (blocked !== null && blocked > Date.now()) throw new GitHubWait(blocked);
  const response = await fetch(url, {
    method: 'GET',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    // Our own ETag handling decides; the HTTP cache would answer 200 from memory and hide GitHub's 304.
    cache: 'no-store',
    redirect: 'error',
    headers,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const until = retryAt(response.status, response.headers, Date.now());
  if (until !== null) await setBlockedUntil(until);
  if (response.status === 403 || response.status === 429) throw new GitHubWait(until ?? Date.now() + 60_000);
  return response;
}

export type CommitListAnswer =
  | { kind: 'not-modified' }
  | { kind: 'commits'; commits: OtaCommit[]; etag: string | null };

/** The latest commits of a file, oldest first; 'not-modified' when the ETag still holds. */
export async function fetchCommitList(source: OtaSource, etag: string | null, perPage: number) {
  const response = await githubGet(commitsUrl(source, perPage), {
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
    ...(etag ? { 'If-None-Match': etag } : {}),
  });
  if (response.status === 304) return { kind: 'not-modified' } satisfies CommitListAnswer;
  if (!response.ok) throw new Error(`GitHub commit list: HTTP ${response.status}`);
  const commits = parseCommitList(await response.json());
  return { kind: 'commits', commits, etag: response.headers.get('etag') } satisfies CommitListAnswer;
}

/** The file's text as recorded by one commit. */
export async function fetchVersionText(source: OtaSource, sha: string): Promise<string> {
  const response = await githubGet(rawUrl(source, sha));
  if (!response.ok) throw new Error(`Open Terms Archive text ${sha.slice(0, 7)}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_TEXT_CHARS * 4) throw new Error(`Open Terms Archive text too large (${declared} bytes)`);
  const text = await response.text();
  if (text.length > MAX_TEXT_CHARS) throw new Error(`Open Terms Archive text too large (${text.length} characters)`);
  return text;
}
