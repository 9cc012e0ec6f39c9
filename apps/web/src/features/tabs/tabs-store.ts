import { useSyncExternalStore } from 'react';

/** An open ticket in the tab bar. Number and subject fill in once the ticket has loaded. */
export interface TicketTab {
  id: string;
  number?: number;
  subject?: string;
}

/** Where open tabs are kept, so they survive a reload. */
export const TABS_STORAGE_KEY = 'kontakt.tabs';
/** Past this, opening another tab closes the oldest. */
export const MAX_TABS = 12;

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedTabs: TicketTab[] = [];

function isTab(value: unknown): value is TicketTab {
  return typeof value === 'object' && value !== null && typeof (value as TicketTab).id === 'string';
}

/** The tabs as stored; a damaged entry is ignored rather than breaking the workspace. */
export function readTabs(): TicketTab[] {
  const raw = localStorage.getItem(TABS_STORAGE_KEY);
  if (raw === cachedRaw) return cachedTabs;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cachedTabs = Array.isArray(parsed) ? parsed.filter(isTab) : [];
  } catch {
    cachedTabs = [];
  }
  return cachedTabs;
}

function writeTabs(tabs: TicketTab[]): void {
  localStorage.setItem(TABS_STORAGE_KEY, JSON.stringify(tabs));
  for (const listener of listeners) listener();
}

/** Adds the ticket as a tab (or refreshes its label when it is open already). */
export function openTab(tab: TicketTab): void {
  const tabs = readTabs();
  const index = tabs.findIndex((t) => t.id === tab.id);
  if (index >= 0) {
    const current = tabs[index]!;
    if (current.number === tab.number && current.subject === tab.subject) return;
    if (tab.number === undefined && current.number !== undefined) return;
    writeTabs(tabs.map((t, i) => (i === index ? { ...t, ...tab } : t)));
    return;
  }
  writeTabs([...tabs, tab].slice(-MAX_TABS));
}

/** Closes a tab and answers the tab to show instead (its right neighbour, else left), if any. */
export function closeTab(id: string): TicketTab | null {
  const tabs = readTabs();
  const index = tabs.findIndex((t) => t.id === id);
  if (index < 0) return null;
  const rest = tabs.filter((t) => t.id !== id);
  writeTabs(rest);
  return rest[index] ?? rest[index - 1] ?? null;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another browser tab changed the list.
  const onStorage = (event: StorageEvent) => {
    if (event.key === TABS_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The open ticket tabs, in order. */
export function useTicketTabs(): TicketTab[] {
  return useSyncExternalStore(subscribe, readTabs);
}
