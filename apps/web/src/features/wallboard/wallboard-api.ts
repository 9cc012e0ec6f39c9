import type { Wallboard } from '@kontakt/contracts';
import { request } from '../../api/client.ts';

export const wallboardKey = ['wallboard'] as const;

/** The live wallboard (leads, admins). */
export function getWallboard(): Promise<Wallboard> {
  return request<Wallboard>('GET', '/wallboard');
}
