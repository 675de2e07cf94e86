import { createHash } from 'node:crypto';

// A stand-in for the two GitHub endpoints the Open Terms Archive source uses, with GitHub's shapes (REST API
// "List commits", https://docs.github.com/en/rest/commits/commits#list-commits; raw file downloads): newest commit
// first, `per_page`, a strong ETag and 304 for If-None-Match, the x-ratelimit-* headers (60 an hour; a 304 costs
// nothing), 403 with x-ratelimit-remaining 0 when the allowance is used up, and raw texts as text/plain. The e2e fixture
// server answers api.github.com and raw.githubusercontent.com with it (tests/fixtures/sites/api.github.com/README.md);
// the unit tests wrap its answers in a Response.

export interface FakeRequest {
  host: string;
  path: string;
  query: URLSearchParams;
  header(name: string): string | undefined;
}

export interface FakeAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface FakeCommit {
  sha: string;
  message: string;
  date: string;
  text: string;
}

const OWNER = 'OpenTermsArchive';

export class FakeGitHub {
  private readonly files = new Map<string, FakeCommit[]>();
  /** API requests left this hour; tests set it to 0 to see the back-off. */
  remaining = 60;
  /**
   * Raw downloads before raw.githubusercontent.com answers 429 with Retry-After (it is not counted in the API's 60 an
   * hour, but has limits of its own).
   */
  rawRemaining = Number.POSITIVE_INFINITY;
  readonly resetAt = Math.floor(Date.now() / 1000) + 3600;
  /** Every request: "<host><path>?<query>" and whether it carried credentials or a referrer. */
  readonly log: { url: string; cookie: boolean; authorization: boolean; referer: boolean }[] = [];

  /** Record a version in a collection's repository; returns its sha. `date` is Open Terms Archive's recording time. */
  addVersion(repo: string, path: string, text: string, message: string, date: string): string {
    const key = `${repo}/${path}`;
    const list = this.files.get(key) ?? [];
    const sha = createHash('sha1').update(`${key}\n${list.length}\n${text}`).digest('hex');
    list.push({ sha, message, date, text });
    this.files.set(key, list);
    return sha;
  }

  reset(): void {
    this.files.clear();
    this.log.length = 0;
    this.remaining = 60;
    this.rawRemaining = Number.POSITIVE_INFINITY;
  }

  answer(req: FakeRequest): FakeAnswer {
    this.log.push({
      url: `${req.host}${req.path}${req.query.size ? `?${req.query}` : ''}`,
      cookie: req.header('cookie') !== undefined,
      authorization: req.header('authorization') !== undefined,
      referer: req.header('referer') !== undefined,
    });
    if (req.host === 'api.github.com') return this.commitList(req);
    if (req.host === 'raw.githubusercontent.com') return this.raw(req);
    return { status: 404, headers: {}, body: 'Not Found' };
  }

  private limits(): Record<string, string> {
    return {
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': String(Math.max(0, this.remaining)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-resource': 'core',
    };
  }

  private commitList(req: FakeRequest): FakeAnswer {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/commits$/.exec(req.path);
    if (!match || match[1] !== OWNER) return json(404, { message: 'Not Found' }, this.limits());
    const commits = [...(this.files.get(`${match[2]}/${req.query.get('path') ?? ''}`) ?? [])].reverse();
    const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30));
    const page = commits.slice(0, perPage).map((c) => commitShape(match[2] ?? '', c));
    const etag = `"${createHash('sha1').update(JSON.stringify(page)).digest('hex')}"`;
    if (req.header('if-none-match') === etag) return { status: 304, headers: { etag, ...this.limits() }, body: '' };
    if (this.remaining <= 0)
      return json(403, { message: 'API rate limit exceeded for 127.0.0.1.' }, { ...this.limits() });
    this.remaining -= 1;
    return json(200, page, { etag, ...this.limits() });
  }

  private raw(req: FakeRequest): FakeAnswer {
    const [, owner, repo, sha, ...rest] = req.path.split('/');
    const path = rest.map(decodeURIComponent).join('/');
    const found = owner === OWNER ? this.files.get(`${repo}/${path}`)?.find((c) => c.sha === sha) : undefined;
    if (this.rawRemaining <= 0)
      return { status: 429, headers: { 'content-type': 'text/plain', 'retry-after': '60' }, body: 'Too Many Requests' };
    this.rawRemaining -= 1;
    if (!found)
      return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '404: Not Found' };
    return {
      status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8', etag: `"${sha}"` },
      body: found.text,
    };
  }
}

function json(status: number, body: unknown, headers: Record<string, string>): FakeAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** One commit as GitHub's "List commits" returns it (the fields GitHub always sends). */
function commitShape(repo: string, c: FakeCommit) {
  const api = `https://api.github.com/repos/${OWNER}/${repo}`;
  const person = { name: 'Open Terms Archive Bot', email: 'bot@opentermsarchive.org', date: c.date };
  return {
    sha: c.sha,
    node_id: `C_${c.sha.slice(0, 20)}`,
    commit: {
      author: person,
      committer: person,
      message: c.message,
      tree: { sha: c.sha, url: `${api}/git/trees/${c.sha}` },
      url: `${api}/git/commits/${c.sha}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    url: `${api}/commits/${c.sha}`,
    html_url: `https://github.com/${OWNER}/${repo}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    author: null,
    committer: null,
    parents: [],
  };
}
