import type {
  ErlangInput,
  ErlangResult,
  StaffingForecast,
  StaffingSettings,
  UpdateStaffingSettingsInput,
} from '@kontakt/contracts';
import { request } from '../../api/client.ts';

export const staffingKeys = {
  erlang: (input: ErlangInput) => ['staffing', 'erlang', input] as const,
  settings: ['staffing', 'settings'] as const,
  forecast: (queue: string | null, weeks: number) => ['staffing', 'forecast', queue, weeks] as const,
};

export function computeErlang(input: ErlangInput): Promise<ErlangResult> {
  return request<ErlangResult>('POST', '/staffing/erlang', { body: input });
}

export function getStaffingSettings(): Promise<StaffingSettings> {
  return request<StaffingSettings>('GET', '/staffing/settings');
}

export function updateStaffingSettings(input: UpdateStaffingSettingsInput): Promise<StaffingSettings> {
  return request<StaffingSettings>('PATCH', '/staffing/settings', { body: input });
}

export function getForecast(queue: string | null, weeks: number): Promise<StaffingForecast> {
  const q = new URLSearchParams({ weeks: String(weeks) });
  if (queue) q.set('queue', queue);
  return request<StaffingForecast>('GET', `/staffing/forecast?${q.toString()}`);
}
