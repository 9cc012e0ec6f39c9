/**
 * A small reader for the sanitized HTML Kontakt stores (balanced tags, quoted attributes, only
 * `&amp; &lt; &gt; &quot;` left as entities). It keeps every node's place in the source, so a
 * message can be cut into parts without a DOM, on the server and in the browser alike.
 */

export interface HtmlElement {
  kind: 'element';
  /** Lower-case tag name; `#root` for the fragment itself. */
  tag: string;
  /** The attributes as written in the start tag (read with {@link attrsOf}). */
  attrSource: string;
  children: HtmlNode[];
  parent: HtmlElement | null;
  /** Offset of `<`, of the end of the start tag, and after the end tag (or the source's end). */
  start: number;
  openEnd: number;
  end: number;
}

export interface HtmlText {
  kind: 'text';
  /** Decoded text. */
  text: string;
  parent: HtmlElement;
  start: number;
  end: number;
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);
const TOKEN =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities sanitized HTML may still hold. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return NAMED[name.toLowerCase()] ?? all;
  });
}

const attrCache = new WeakMap<HtmlElement, Record<string, string>>();

/** An element's attributes by lower-case name, read on first use (most elements are never asked). */
export function attrsOf(el: HtmlElement): Record<string, string> {
  let attrs = attrCache.get(el);
  if (!attrs) {
    attrs = {};
    for (const m of el.attrSource.matchAll(ATTR)) {
      attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    }
    attrCache.set(el, attrs);
  }
  return attrs;
}

/** Parses sanitized HTML into a tree whose nodes know their offsets in `html`. */
export function parseMailHtml(html: string): HtmlElement {
  const root: HtmlElement = {
    kind: 'element',
    tag: '#root',
    attrSource: '',
    children: [],
    parent: null,
    start: 0,
    openEnd: 0,
    end: html.length,
  };
  let current = root;
  let last = 0;
  const text = (start: number, end: number) => {
    if (end > start) {
      current.children.push({
        kind: 'text',
        text: decodeEntities(html.slice(start, end)),
        parent: current,
        start,
        end,
      });
    }
  };
  for (const m of html.matchAll(TOKEN)) {
    const at = m.index;
    text(last, at);
    last = at + m[0].length;
    if (!m[2]) continue; // a comment
    const tag = m[2].toLowerCase();
    if (m[1]) {
      // An end tag closes its element and any left open inside it; a stray one is ignored.
      let e: HtmlElement | null = current;
      while (e && e.tag !== tag) e = e.parent;
      if (!e || e === root) continue;
      for (let open: HtmlElement | null = current; open && open !== e; open = open.parent) open.end = at;
      e.end = last;
      current = e.parent!;
      continue;
    }
    const el: HtmlElement = {
      kind: 'element',
      tag,
      attrSource: m[3] ?? '',
      children: [],
      parent: current,
      start: at,
      openEnd: last,
      end: html.length,
    };
    current.children.push(el);
    if (!VOID.has(tag) && !m[0].endsWith('/>')) current = el;
    else el.end = last;
  }
  text(last, html.length);
  return root;
}

/** The text of a node and everything inside it. */
export function textOf(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}
