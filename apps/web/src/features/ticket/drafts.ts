/** A reply or note being written, kept in this browser until it is sent (server drafts come later). */
export interface Draft {
  kind: 'reply' | 'note';
  text: string;
  /** Mentioned agents by id, with the name as it was inserted. */
  mentions: Record<string, string>;
}

const key = (ticketId: string) => `kontakt.draft.${ticketId}`;

export function loadDraft(ticketId: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(ticketId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (typeof parsed.text !== 'string') return null;
    return {
      kind: parsed.kind === 'note' ? 'note' : 'reply',
      text: parsed.text,
      mentions: parsed.mentions && typeof parsed.mentions === 'object' ? parsed.mentions : {},
    };
  } catch {
    return null;
  }
}

/** Stores the draft; an empty one is removed instead. */
export function saveDraft(ticketId: string, draft: Draft): void {
  try {
    if (!draft.text.trim()) localStorage.removeItem(key(ticketId));
    else localStorage.setItem(key(ticketId), JSON.stringify(draft));
  } catch {
    // A full or disabled storage only loses the safety net, not the text on screen.
  }
}

export function clearDraft(ticketId: string): void {
  localStorage.removeItem(key(ticketId));
}
