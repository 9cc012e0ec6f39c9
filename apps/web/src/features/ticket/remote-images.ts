/** Sources that would make the browser contact a third party: http(s) and protocol-relative. */
const REMOTE = /^\s*(https?:)?\/\//i;
/** Whether sanitized HTML may hold an `<img>` or an `<a>` (a cheap test before parsing). */
const HAS_IMG_OR_LINK = /<(img|a)[\s/>]/i;

export interface PreparedBody {
  html: string;
  /** How many remote images were replaced by a placeholder. */
  blocked: number;
}

/**
 * Prepares a message's (already sanitized) HTML for display. Remote images are tracking pixels
 * as often as content, so unless the agent asked to see them they become a text placeholder;
 * links open in a new tab without handing over the workspace as referrer.
 *
 * Parsing happens inside a `<template>`, whose content is inert: nothing loads while we look.
 */
export function prepareMessageHtml(html: string, showImages: boolean, placeholder: string): PreparedBody {
  // Most messages have neither images nor links: nothing to parse then.
  if (!HAS_IMG_OR_LINK.test(html)) return { html, blocked: 0 };
  const template = document.createElement('template');
  template.innerHTML = html;
  let blocked = 0;
  for (const img of template.content.querySelectorAll('img')) {
    const remote =
      REMOTE.test(img.getAttribute('src') ?? '') || REMOTE.test(img.getAttribute('srcset') ?? '');
    if (!remote) continue;
    if (showImages) {
      img.setAttribute('referrerpolicy', 'no-referrer');
      img.setAttribute('loading', 'lazy');
      continue;
    }
    blocked += 1;
    const stub = document.createElement('span');
    stub.className = 'kontakt-blocked-image';
    const alt = img.getAttribute('alt')?.trim();
    stub.textContent = alt ? `${placeholder}: ${alt}` : placeholder;
    img.replaceWith(stub);
  }
  for (const link of template.content.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  return { html: template.innerHTML, blocked };
}
