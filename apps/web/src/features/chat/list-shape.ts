/** A list as the chat endpoints answer it: a bare array, or `{ items }` like the rest of the API. */
export type List<T> = T[] | { items: T[] };

/** The list's items, whichever shape it came in. */
export function itemsOf<T>(list: List<T>): T[] {
  return Array.isArray(list) ? list : list.items;
}
