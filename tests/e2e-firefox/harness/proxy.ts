import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { fixtureHostNames } from '../../e2e/harness/platform-hosts';
import { closerDestroyingSockets } from '../../e2e/harness/shutdown';

// Firefox has no --host-resolver-rules. Instead of pointing the platform names at 127.0.0.1:443 (root, and a clash
// between two harnesses), Firefox is given this HTTP proxy: a CONNECT to a platform host on port 443 is tunnelled to
// the fixture server's port; anything else is refused, so nothing can leave the machine and a request to a third
// party fails visibly (it is logged in `refused`).

export interface TunnelProxy {
  port: number;
  /** "host:port" of every CONNECT the proxy refused, except Firefox's own calls home (see MOZILLA_SERVICES). */
  readonly refused: readonly string[];
  /** Firefox's own calls home (remote settings and the like), refused too, listed apart. */
  readonly refusedBrowserServices: readonly string[];
  close(): Promise<void>;
}

/** Firefox's own services, which it contacts whatever its preferences say; no extension code talks to them. */
const MOZILLA_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

function isPlatformHost(host: string, names: readonly string[]): boolean {
  return names.some((name) => (name.startsWith('*.') ? host.endsWith(name.slice(1)) : host === name));
}

export async function startTunnelProxy(fixturePort: number): Promise<TunnelProxy> {
  const names = fixtureHostNames();
  const refused: string[] = [];
  const refusedBrowserServices: string[] = [];
  const server: Server = createServer((_req, res) => {
    // Plain-HTTP requests through the proxy: the platforms are HTTPS only, and nothing else may go out.
    res.writeHead(403, { 'Content-Type': 'text/plain' });
    res.end('Policy Watch test proxy: only HTTPS to platform hosts');
  });
  server.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    const [host = '', port = ''] = target.split(':');
    if (port !== '443' || !isPlatformHost(host.toLowerCase(), names)) {
      (MOZILLA_SERVICES.test(host.toLowerCase()) ? refusedBrowserServices : refused).push(target);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const closeServer = closerDestroyingSockets(server);
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    refusedBrowserServices,
    // Tunnels are sockets the HTTP server no longer tracks after CONNECT: closeAllConnections() misses them.
    close: closeServer,
  };
}

/** Firefox preferences that send all of its traffic (except the test's own BiDi connection) through the proxy. */
export function proxyPreferences(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
}
