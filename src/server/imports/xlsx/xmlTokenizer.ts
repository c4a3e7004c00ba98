/** What the tokenizer finds, in document order. Names lose their namespace prefix ("x:c" → "c"). */
export interface XmlHandler {
  open(name: string, rawAttributes: string, isSelfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, entities decoded; whitespace between elements included. */
  text(text: string): void;
}

/** A text or tag longer than the tokenizer holds: the file is refused, not read into memory. */
export class XmlTokenTooLong extends Error {
  constructor(readonly kind: 'text' | 'tag') {
    super(`xml ${kind} too long`);
  }
}

export class XmlMalformed extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The attributes of a tag by local name, values decoded. */
export function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of raw.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[localName(match[1]!)] = decodeXml(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/** The end of a tag opened at `start`: the first '>' outside a quoted attribute value, or -1. */
function tagEnd(text: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

const SPECIAL = [
  { opener: '<!--', closer: '-->', isText: false },
  { opener: '<![CDATA[', closer: ']]>', isText: true },
  { opener: '<?', closer: '?>', isText: false },
];

const LONGEST_OPENER = Math.max(...SPECIAL.map((s) => s.opener.length));

/**
 * A streaming tokenizer for the XML of spreadsheet files: fed text in chunks, it hands tags and
 * texts to a handler. A text or tag that does not end within its limit is refused (XmlTokenTooLong)
 * before it is held; a DOCTYPE (entity definitions, "billion laughs") is refused as malformed.
 */
export function xmlTokenizer(handler: XmlHandler, limits: { textChars: number; tagChars: number }) {
  let pending = '';

  const tooLong = (kind: XmlTokenTooLong['kind'], length: number, limit: number) => {
    if (length > limit) throw new XmlTokenTooLong(kind);
  };

  /** Reads what it can of `text`; returns where the unfinished token begins. */
  const read = (text: string): number => {
    let at = 0;
    while (at < text.length) {
      if (text.charCodeAt(at) !== 60) {
        const next = text.indexOf('<', at);
        if (next === -1) return at;
        handler.text(decodeXml(text.slice(at, next)));
        at = next;
        continue;
      }
      const second = text.charCodeAt(at + 1);
      // "<!" may open a comment or CDATA whose opener the chunk cut short: wait for the rest.
      if (second === 33 && text.length - at < LONGEST_OPENER) return at;
      const special = second === 33 || second === 63 ? SPECIAL.find((s) => text.startsWith(s.opener, at)) : undefined;
      if (special) {
        const end = text.indexOf(special.closer, at + special.opener.length);
        if (end === -1) return at;
        if (special.isText) handler.text(text.slice(at + special.opener.length, end));
        at = end + special.closer.length;
        continue;
      }
      if (text.startsWith('<!', at)) throw new XmlMalformed('DOCTYPE or declaration');
      const end = tagEnd(text, at);
      if (end === -1) return at;
      emitTag(text.slice(at + 1, end));
      at = end + 1;
    }
    return at;
  };

  const emitTag = (tag: string) => {
    if (tag[0] === '/') return handler.close(localName(tag.slice(1).trim()));
    const isSelfClosing = tag.endsWith('/');
    const body = isSelfClosing ? tag.slice(0, -1) : tag;
    const space = body.search(/\s/);
    const name = localName(space === -1 ? body : body.slice(0, space));
    handler.open(name, space === -1 ? '' : body.slice(space), isSelfClosing);
    if (isSelfClosing) handler.close(name);
  };

  return {
    push(chunk: string): void {
      const text = pending + chunk;
      const rest = read(text);
      pending = text.slice(rest);
      if (pending.startsWith('<')) tooLong('tag', pending.length, limits.tagChars);
      else tooLong('text', pending.length, limits.textChars);
    },
    end(): void {
      if (pending.trim()) throw new XmlMalformed('unfinished document');
    },
  };
}
