/**
 * Types a browser may show inline: images it decodes without running anything, PDFs (its own
 * viewer) and plain text. HTML, SVG, XML and everything else only ever download: they could run
 * script in Kontakt's origin.
 */
const PREVIEWABLE = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
]);

/** `Image/PNG; name="a.png"` → `image/png`. */
export const baseType = (contentType: string): string => contentType.split(';')[0]!.trim().toLowerCase();

/** True when the attachment may be shown in the browser (`?inline=1`). */
export const isPreviewable = (contentType: string): boolean => PREVIEWABLE.has(baseType(contentType));

/** A charset named on a text attachment, when it is a plain token (else UTF-8 is assumed). */
function charsetOf(contentType: string): string {
  const match = /;\s*charset="?([A-Za-z0-9._-]{1,40})"?/i.exec(contentType);
  return match ? match[1]!.toLowerCase() : 'utf-8';
}

/**
 * Response headers for an attachment. Previewable types carry their real type and, when asked
 * for inline, `inline`; everything else is `application/octet-stream` as an `attachment`. Always
 * `nosniff`, so a browser never second-guesses the type into something it would run.
 */
export function attachmentHeaders(
  file: { contentType: string; filename: string; sizeBytes: number },
  wantsInline: boolean,
): Record<string, string> {
  const type = baseType(file.contentType);
  const previewable = PREVIEWABLE.has(type);
  const inline = wantsInline && previewable;
  const contentType = !previewable
    ? 'application/octet-stream'
    : type === 'text/plain'
      ? `text/plain; charset=${charsetOf(file.contentType)}`
      : type;
  return {
    'content-type': contentType,
    'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    'x-content-type-options': 'nosniff',
    'content-length': String(file.sizeBytes),
    'cache-control': 'private, max-age=3600',
  };
}
