import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Node cannot make a certificate, openssl (on every Debian) can. A fresh self-signed certificate per run: nothing
// secret is committed, and its SAN covers every platform host so the page's origin is the real one.

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

export function makeSelfSignedCertificate(hostNames: string[]): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'policy-watch-cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const san = hostNames.map((name) => `DNS:${name}`).join(',');
  // biome-ignore format: one option with its value per line reads best
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', keyPath, '-out', certPath,
    '-subj', '/CN=Policy Watch test fixtures',
    '-addext', `subjectAltName=${san}`,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
