import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { makeSelfSignedCertificate } from './certificate';
import { FakeGitHub } from './fake-github';
import { OTHER_FIXTURE_HOSTS, servedHostNames } from './platform-hosts';
import { closerDestroyingSockets } from './shutdown';

// The platforms' pages, imitated by files under tests/fixtures/sites/<host>/<path>/, served over HTTPS under their
// real host names (Chromium maps those names to this server). Tests switch a page to another version of itself
// (a "variant": index.<variant>.html beside index.html), make it fail or slow, and read the log of every request
// that reached it (to assert, for example, that nothing was fetched that should not have been).

export const SITES_DIR = resolve(import.meta.dirname, '../../fixtures/sites');

export interface RecordedRequest {
  host: string;
  path: string;
  query: string;
  method: string;
  /** Milliseconds since the epoch, when the request arrived. */
  at: number;
}

export interface FixtureServer {
  port: number;
  /** Every request so far, in order of arrival. */
  readonly requests: readonly RecordedRequest[];
  requestsTo(host: string, path?: string): RecordedRequest[];
  clearRequests(): void;
  /** Serve index.<variant>.html instead of index.html for this page; null goes back to index.html. */
  setVariant(host: string, path: string, variant: string | null): void;
  /** Answer this page with an error status (404, 500, ...) and a short body; null serves the file again. */
  setStatus(host: string, path: string, status: number | null): void;
  /** Hold the answer for this page back by ms milliseconds (0 for none). */
  setDelay(host: string, path: string, ms: number): void;
  /**
   * Answer this page (any query) with a file from anywhere, e.g. a saved real page; extra headers go with it.
   * Null goes back to the fixture tree. Real pages are served with their scripts blocked (see real-pages.ts).
   */
  serveFile(host: string, path: string, file: string | null, headers?: Record<string, string>): void;
  /**
   * Answer exactly this URL (host, path and query: "/p/" and "/p/?x=1" differ) with a 302 to `location`; null
   * removes it. For redirect chains (a platform page through another host and back).
   */
  setRedirect(host: string, pathAndQuery: string, location: string | null): void;
  /** Imitation of GitHub under api.github.com and raw.githubusercontent.com (the Open Terms Archive source). */
  readonly github: FakeGitHub;
  /** Forget all variants, statuses, delays, redirects and recorded requests (and GitHub's versions). */
  reset(): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.php': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** One key per page: "/privacy/policy", "/privacy/policy/" and "/privacy/policy/index.html" are the same page. */
function pageKey(host: string, path: string): string {
  const pathname = path.split(/[?#]/)[0] ?? '/';
  const trimmed = pathname.replace(/\/index\.html$/, '/').replace(/\/+$/, '');
  return `${host.toLowerCase()}${trimmed || '/'}`;
}

/** The file for a request, or null. Never leaves the host's folder, whatever the path says. */
function resolveFile(host: string, pathname: string, variant: string | undefined): string | null {
  const hostDir = join(SITES_DIR, host);
  const decoded = decodeURIComponent(pathname);
  const target = normalize(join(hostDir, decoded));
  if (target !== hostDir && !target.startsWith(hostDir + sep)) return null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = join(target, variant ? `index.${variant}.html` : 'index.html');
  return existsSync(index) ? index : null;
}

export async function startFixtureServer(options: { port?: number } = {}): Promise<FixtureServer> {
  const { key, cert } = makeSelfSignedCertificate(servedHostNames());
  const requests: RecordedRequest[] = [];
  const variants = new Map<string, string>();
  const statuses = new Map<string, number>();
  const delays = new Map<string, number>();
  const files = new Map<string, { file: string; headers: Record<string, string> }>();
  const redirects = new Map<string, string>();
  const github = new FakeGitHub();

  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');
    requests.push({ host, path: url.pathname, query: url.search, method: req.method ?? 'GET', at: Date.now() });
    const key = pageKey(host, url.pathname);
    if (OTHER_FIXTURE_HOSTS.some((name) => name === host)) {
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value.join(', ') : value;
      };
      const answer = github.answer({ host, path: url.pathname, query: url.searchParams, header });
      res.writeHead(answer.status, { 'Cache-Control': 'no-store', ...answer.headers });
      res.end(answer.body);
      return;
    }
    const answer = () => {
      // Fixtures change under the tests' hands (variants), so nothing may be cached.
      res.setHeader('Cache-Control', 'no-store');
      const location = redirects.get(`${host}${url.pathname}${url.search}`);
      if (location !== undefined) {
        res.writeHead(302, { Location: location });
        res.end();
        return;
      }
      const status = statuses.get(key);
      if (status !== undefined) {
        res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><title>${status}</title><h1>Error ${status}</h1>`);
        return;
      }
      const served = files.get(key);
      if (served) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...served.headers });
        res.end(req.method === 'HEAD' ? undefined : readFileSync(served.file));
        return;
      }
      const file = resolveFile(host, url.pathname, variants.get(key));
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
        return;
      }
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    };
    const delay = delays.get(key) ?? 0;
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });

  const closeServer = closerDestroyingSockets(server);
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ready());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    requests,
    requestsTo: (host, path) =>
      requests.filter((r) => r.host === host.toLowerCase() && (path === undefined || r.path === path)),
    clearRequests: () => {
      requests.length = 0;
    },
    setVariant(host, path, variant) {
      const key = pageKey(host, path);
      if (variant === null) {
        variants.delete(key);
        return;
      }
      // A missing variant file is a mistake in the test; say so now rather than serve a confusing 404 later.
      const file = resolveFile(host.toLowerCase(), path.split('?')[0] ?? '/', variant);
      if (!file?.endsWith(`index.${variant}.html`)) {
        throw new Error(`No variant "${variant}" for https://${host}${path} (expected index.${variant}.html)`);
      }
      variants.set(key, variant);
    },
    setRedirect(host, pathAndQuery, location) {
      const key = `${host.toLowerCase()}${pathAndQuery}`;
      if (location === null) redirects.delete(key);
      else redirects.set(key, location);
    },
    setStatus(host, path, status) {
      if (status === null) statuses.delete(pageKey(host, path));
      else statuses.set(pageKey(host, path), status);
    },
    setDelay(host, path, ms) {
      if (ms > 0) delays.set(pageKey(host, path), ms);
      else delays.delete(pageKey(host, path));
    },
    serveFile(host, path, file, headers = {}) {
      if (file === null) files.delete(pageKey(host, path));
      else if (!existsSync(file)) throw new Error(`No such file to serve at https://${host}${path}: ${file}`);
      else files.set(pageKey(host, path), { file, headers });
    },
    github,
    reset() {
      github.reset();
      files.clear();
      variants.clear();
      statuses.clear();
      redirects.clear();
      delays.clear();
      requests.length = 0;
    },
    close: closeServer,
  };
}
