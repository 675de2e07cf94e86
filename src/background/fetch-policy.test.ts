import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../platforms/registry';
import { documentHostsUrl } from './fetch-policy';

describe('background-check hosts', () => {
  const documents = PLATFORMS.flatMap((platform) =>
    platform.documents.filter((doc) => doc.fetchUrl).map((doc) => [`${platform.id}/${doc.id}`, platform, doc] as const),
  );

  it.each(documents)('fetches %s from a host that serves it (else every check is refused)', (_name, platform, doc) => {
    expect(documentHostsUrl(platform, doc, doc.fetchUrl as string)).toBe(true);
  });

  it("refuses another platform's host unless the document is published there", () => {
    const youtube = PLATFORMS.find((p) => p.id === 'youtube')!;
    const ytPolicy = youtube.documents.find((d) => d.id === 'privacy-policy')!;
    expect(documentHostsUrl(youtube, ytPolicy, 'https://policies.google.com/privacy?hl=fr')).toBe(true);
    expect(
      documentHostsUrl(youtube, { ...ytPolicy, publishedBy: undefined }, 'https://policies.google.com/privacy'),
    ).toBe(false);
    expect(documentHostsUrl(youtube, ytPolicy, 'https://www.facebook.com/privacy/policy/')).toBe(false);
    expect(documentHostsUrl(youtube, ytPolicy, 'http://policies.google.com/privacy')).toBe(false);
  });
});
