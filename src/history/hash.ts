// SHA-256 (hex) with Web Crypto: available in the service worker, extension pages, Firefox's background page and
// Node 20 (unit tests). Identical normalised texts get the same hash and are stored once.
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
