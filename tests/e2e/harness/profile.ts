import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A fresh Chromium profile per launch, so no run sees another's storage. The extension's toolbar button is pinned
// in it: otherwise it hides behind the puzzle-piece menu and a headed run (the demo, screenshots) shows no badge.

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits as letters a–p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(extensionDir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export function makeProfile(extensionDir: string): string {
  const userDataDir = mkdtempSync(join(tmpdir(), 'policy-watch-profile-'));
  mkdirSync(join(userDataDir, 'Default'));
  const preferences = { extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } };
  writeFileSync(join(userDataDir, 'Default/Preferences'), JSON.stringify(preferences));
  return userDataDir;
}
