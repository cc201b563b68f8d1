/**
 * A small push tokenizer for the XML inside an .xlsx: start tags (with their raw attribute
 * text), end tags and the text between them, fed in chunks of any size. Element names lose
 * their namespace prefix (`x:row` → `row`: some writers prefix the SpreadsheetML namespace).
 * Comments, processing instructions and DOCTYPE are skipped; CDATA is text.
 *
 * It exists because a general SAX parser spent most of the import's reading time on a
 * 100,000-row sheet: here a tag costs one indexOf and a short loop, and text is only
 * sliced out when the handler asks for it (`wantsText`).
 */
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** whether text at this point is kept (checked before any text is sliced out) */
  wantsText(): boolean;
  /** text between tags, entities already decoded */
  text(value: string): void;
}

export class XmlError extends Error {}

export class XmlScanner {
  private buf = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    const used = this.scan();
    this.buf = used === this.buf.length ? '' : this.buf.slice(used);
  }

  /** The input ended: anything left but whitespace is a cut-off document. */
  end(): void {
    if (this.buf.trim() !== '') throw new XmlError('XML 在标签中间结束');
  }

  /** Consumes every complete token; returns how far it got. */
  private scan(): number {
    const b = this.buf;
    const h = this.handler;
    const ends = new TagEnds(b);
    let pos = 0;
    for (;;) {
      const lt = b.indexOf('<', pos);
      if (lt < 0) return pos; // text may go on in the next chunk
      if (lt > pos && h.wantsText()) h.text(decodeXml(b.slice(pos, lt)));
      const next = b.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      if (next === 33 /* ! */) {
        const end = this.special(b, lt);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = b.indexOf('?>', lt + 2);
        if (end < 0) return lt;
        pos = end + 2;
        continue;
      }
      const gt = ends.after(lt + 1);
      if (gt < 0) return lt;
      if (next === 47 /* / */) {
        h.close(localName(b.slice(lt + 2, gt).trim()));
      } else {
        const selfClosing = b.charCodeAt(gt - 1) === 47;
        const inner = selfClosing ? gt - 1 : gt;
        let nameEnd = lt + 1;
        while (nameEnd < inner && !isSpace(b.charCodeAt(nameEnd))) nameEnd++;
        const name = localName(b.slice(lt + 1, nameEnd));
        h.open(name, nameEnd < inner ? b.slice(nameEnd, inner) : '', selfClosing);
        if (selfClosing) h.close(name);
      }
      pos = gt + 1;
    }
  }

  /** `<!-- … -->`, `<![CDATA[ … ]]>` or `<!DOCTYPE …>`: the position after it, −1 when incomplete. */
  private special(b: string, lt: number): number {
    if (b.startsWith('<!--', lt)) {
      const end = b.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (b.length < lt + 9) return -1;
    if (b.startsWith('<![CDATA[', lt)) {
      const end = b.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantsText()) this.handler.text(b.slice(lt + 9, end));
      return end + 3;
    }
    const end = tagEnd(b, lt + 2);
    return end < 0 ? -1 : end + 1;
  }
}

/** The `>` closing a tag that starts before `from`, skipping quoted attribute values; −1 if not yet read. */
function tagEnd(b: string, from: number): number {
  let quote = 0;
  for (let i = from; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/**
 * tagEnd() for a whole buffer of tags: indexOf finds the `>` and the quotes, and the next quote
 * of each kind is remembered, so a buffer without any ' is searched for one once, not per tag.
 */
class TagEnds {
  private dq = -2;
  private sq = -2;

  constructor(private readonly b: string) {}

  after(from: number): number {
    const b = this.b;
    let at = from;
    for (;;) {
      const gt = b.indexOf('>', at);
      if (gt < 0) return -1;
      if (this.dq !== -1 && this.dq < at) this.dq = b.indexOf('"', at);
      if (this.sq !== -1 && this.sq < at) this.sq = b.indexOf("'", at);
      const q = this.dq === -1 ? this.sq : this.sq === -1 ? this.dq : Math.min(this.dq, this.sq);
      if (q === -1 || q > gt) return gt;
      const close = b.indexOf(b[q]!, q + 1);
      if (close < 0) return -1;
      at = close + 1;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces XML's five named entities and character references. */
export function decodeXml(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * One attribute's value from a tag's raw attribute text (`name` as written, prefix included,
 * e.g. `r:id`), entities decoded; null when absent.
 */
export function attr(attrs: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    if (at > 0 && !isSpace(attrs.charCodeAt(at - 1))) continue;
    let i = from;
    while (isSpace(attrs.charCodeAt(i))) i++;
    if (attrs.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (isSpace(attrs.charCodeAt(i))) i++;
    const quote = attrs[i];
    if (quote !== '"' && quote !== "'") return null;
    const end = attrs.indexOf(quote, i + 1);
    if (end < 0) return null;
    return decodeXml(attrs.slice(i + 1, end));
  }
}

/** Every attribute as [name, value] (for the few small parts where prefixes vary). */
export function attrs(raw: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push([m[1]!, decodeXml(m[3] ?? m[4] ?? '')]);
  return out;
}
