/** A reply or note being written. */
export interface Draft {
  kind: 'reply' | 'note';
  text: string;
  /** Mentioned agents by id, with the name as it was inserted. */
  mentions: Record<string, string>;
}

export const EMPTY_DRAFT: Draft = { kind: 'reply', text: '', mentions: {} };

/**
 * This browser's copy of the draft: the offline fallback of the server draft. `savedAt` decides
 * which copy is newer on load; `version` is the server version the text was based on (0: none).
 */
export interface LocalDraft {
  draft: Draft;
  savedAt: number;
  version: number;
}

const key = (ticketId: string) => `kontakt.draft.${ticketId}`;

export function loadDraft(ticketId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(ticketId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Draft & { savedAt: number; version: number }>;
    if (typeof parsed.text !== 'string') return null;
    return {
      draft: {
        kind: parsed.kind === 'note' ? 'note' : 'reply',
        text: parsed.text,
        mentions: parsed.mentions && typeof parsed.mentions === 'object' ? parsed.mentions : {},
      },
      // Entries from before server drafts carry no time: any server copy is taken as newer.
      savedAt: typeof parsed.savedAt === 'number' ? parsed.savedAt : 0,
      version: typeof parsed.version === 'number' ? parsed.version : 0,
    };
  } catch {
    return null;
  }
}

/** Stores the draft; an empty one is removed instead. */
export function saveDraft(ticketId: string, draft: Draft, version: number, savedAt = Date.now()): void {
  try {
    if (!draft.text.trim()) localStorage.removeItem(key(ticketId));
    else localStorage.setItem(key(ticketId), JSON.stringify({ ...draft, savedAt, version }));
  } catch {
    // A full or disabled storage only loses the safety net, not the text on screen.
  }
}

export function clearDraft(ticketId: string): void {
  localStorage.removeItem(key(ticketId));
}

/** Which copy to start from: the newer of this browser's and the server's (the server on a tie). */
export function newerDraft(
  local: LocalDraft | null,
  server: { draft: Draft; updatedAt: string; version: number } | null,
): { draft: Draft; version: number; from: 'local' | 'server' | 'none' } {
  if (server && (!local || Date.parse(server.updatedAt) >= local.savedAt))
    return { draft: server.draft, version: server.version, from: 'server' };
  if (local) return { draft: local.draft, version: server?.version ?? 0, from: 'local' };
  return { draft: EMPTY_DRAFT, version: 0, from: 'none' };
}
