import sanitize from 'sanitize-html';
import { convert } from 'html-to-text';
import { QUOTE_MARKER_CLASSES, QUOTE_MARKER_IDS } from '@kontakt/domain';

/** Marks of quoted history and signatures that mail clients leave; the agent app folds by them. */
const MARKER_CLASSES = Object.values(QUOTE_MARKER_CLASSES).flat();
const MARKER_IDS = new Set(Object.values(QUOTE_MARKER_IDS).flat());
/** Keeps an element's `id` only when it is one of the markers (no other ids reach the page). */
const keepMarkerId = (tagName: string, attribs: sanitize.Attributes) => {
  const { id, ...rest } = attribs;
  return { tagName, attribs: id && MARKER_IDS.has(id) ? { ...rest, id } : rest };
};

/**
 * The HTML a browser may see: formatting, links, tables, images (cid: and https only). Scripts,
 * event handlers, forms, iframes and external style sheets are removed; inline styles are limited.
 */
const OPTIONS: sanitize.IOptions = {
  allowedTags: [
    'p',
    'br',
    'div',
    'span',
    'b',
    'strong',
    'i',
    'em',
    'u',
    's',
    'strike',
    'sub',
    'sup',
    'small',
    'mark',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'code',
    'hr',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'colgroup',
    'col',
    'font',
    'center',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'name'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan', 'align', 'valign', 'width'],
    th: ['colspan', 'rowspan', 'align', 'valign', 'width'],
    table: ['width', 'border', 'cellpadding', 'cellspacing', 'align'],
    font: ['color', 'size', 'face'],
    '*': ['style', 'dir', 'lang', 'data-mention-id'],
    div: ['id'],
    blockquote: ['type'],
  },
  allowedClasses: { '*': MARKER_CLASSES },
  allowedStyles: {
    '*': {
      color: [/^#(0x)?[0-9a-f]+$/i, /^rgb\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*\)$/i, /^[a-z]+$/i],
      'background-color': [/^#(0x)?[0-9a-f]+$/i, /^rgb\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*\)$/i, /^[a-z]+$/i],
      'text-align': [/^(left|right|center|justify)$/],
      'font-weight': [/^(bold|normal|\d{3})$/],
      'font-style': [/^(italic|normal)$/],
      'text-decoration': [/^[a-z -]+$/],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['https', 'cid', 'data'] },
  allowProtocolRelative: false,
  transformTags: {
    div: keepMarkerId,
    // `type="cite"` is how Apple Mail and Thunderbird tell a quote from a quotation.
    blockquote: (tagName, { type, ...rest }) => ({
      tagName,
      attribs: type?.toLowerCase() === 'cite' ? { ...rest, type: 'cite' } : rest,
    }),
    a: (tag, attribs) => ({
      tagName: tag,
      attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
  },
  allowedAttributesByTag: undefined,
} as sanitize.IOptions;

// rel/target are added by the transform, so they must be allowed on <a>.
(OPTIONS.allowedAttributes as Record<string, string[]>).a!.push('rel', 'target');

/** Sanitizes HTML from e-mail, agents or integrations before anything stores or shows it. */
export const sanitizeHtml = (html: string): string => sanitize(html, OPTIONS);

/** Readable plain text from HTML (for search, previews and the text part of e-mails). */
export const htmlToText = (html: string): string =>
  convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
    ],
  }).trim();

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Plain text as HTML paragraphs, escaped. */
export const textToHtml = (text: string): string =>
  text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
