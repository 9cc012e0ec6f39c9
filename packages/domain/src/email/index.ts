export { splitEmailText, textLines, type EmailParts } from './split-text.ts';
export { splitEmailHtml, QUOTE_MARKER_CLASSES, QUOTE_MARKER_IDS } from './split-html.ts';
export { findQuoteCuts, type MailLine, type QuoteCut, type QuoteMark } from './quote-detect.ts';
export { parseMailHtml, textOf, type HtmlElement, type HtmlNode, type HtmlText } from './mail-html.ts';
