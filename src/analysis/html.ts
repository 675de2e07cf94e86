// HTML to the Markdown form of the captures (headings `#`, items `- `, rows `| a | b |`, link labels in brackets),
// without a DOM: the background worker has no DOMParser. Only the structure the analysis needs is kept.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  copy: '©',
  reg: '®',
  trade: '™',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  szlig: 'ß',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
  oelig: 'œ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name] ?? entity;
  });
}

/** True when the text is HTML rather than Markdown or plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 20_000);
  if (/^\s*(<!doctype html|<html[\s>])/i.test(head)) return true;
  // Block-level tags only: Markdown captures carry `<br>` inside table cells and are not HTML.
  const tags = head.match(/<\/?(p|div|h[1-6]|li|ul|ol|table|tr|td|th|section|article|main|body)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

/** Inline content: links become `[label]`, line breaks become the given separator, other tags vanish. */
function inlineToText(html: string, lineBreak: string): string {
  return html
    .replace(/<img\b[^>]*\balt\s*=\s*"([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<a\b[^>]*>([\s\S]*?)<\/a>/gi, (_whole, label: string) => {
      const text = label.replace(/<[^>]*>/g, '').trim();
      return text ? `[${text}]` : '';
    })
    .replace(/<br\s*\/?>/gi, lineBreak)
    .replace(/<li\b[^>]*>/gi, `${lineBreak}* `)
    .replace(/<\/(p|div|li|ul|ol|h[1-6]|section)>/gi, lineBreak)
    .replace(/<[^>]*>/g, ' ');
}

function rowToMarkdown(rowHtml: string): string {
  const cells: string[] = [];
  for (const match of rowHtml.matchAll(/<t([dh])\b[^>]*>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/gi)) {
    const inner = (match[2] ?? '').replace(/<\/t[dh]>\s*$/i, '');
    // A private-use character stands for the line break until every other tag is gone.
    const text = decodeEntities(inlineToText(inner, '\uE002'))
      .replace(/\uE002/g, ' <br> ')
      .replace(/\|/g, '/')
      .replace(/\s+/g, ' ')
      .replace(/^(\s*<br>\s*)+|(\s*<br>\s*)+$/g, '')
      .trim();
    cells.push(match[1]?.toLowerCase() === 'h' && text ? `### ${text}` : text);
  }
  return cells.length > 0 ? `| ${cells.join(' | ')} |` : '';
}

export function htmlToMarkdown(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|head|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<tr\b[^>]*>([\s\S]*?)(<\/tr>|(?=<tr\b)|(?=<\/table>))/gi, (_whole, row: string) => {
      const markdown = rowToMarkdown(row);
      // Rows are single lines; the placeholder keeps later tag stripping from touching them.
      return markdown ? `\n\n\uE000${encodeURIComponent(markdown)}\uE000\n\n` : '\n\n';
    })
    .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_whole, level: string, inner: string) => {
      const heading = inlineToText(inner, ' ').replace(/\s+/g, ' ').trim();
      return heading ? `\n\n${'#'.repeat(Number(level))} ${heading}\n\n` : '\n\n';
    })
    .replace(/<li\b[^>]*>/gi, '\n\n- ')
    .replace(
      /<\/?(p|div|section|article|header|footer|main|nav|aside|ul|ol|li|table|thead|tbody|tfoot|blockquote|dl|dt|dd|figure|figcaption|form|fieldset|hr|pre)\b[^>]*>/gi,
      '\n\n',
    );
  const withInline = inlineToText(text, '\n');
  return decodeEntities(withInline).replace(/\uE000([^\uE000]*)\uE000/g, (_whole, row: string) =>
    decodeURIComponent(row),
  );
}
