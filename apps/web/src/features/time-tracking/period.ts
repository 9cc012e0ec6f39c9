/** The report periods offered, in the browser's time zone: [from, to) as ISO instants. */
export const PERIODS = ['today', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth'] as const;
export type Period = (typeof PERIODS)[number];

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/** Weeks start on Monday. */
export function periodRange(period: Period, now: Date): { from: string; to: string } {
  const today = startOfDay(now);
  const monday = addDays(today, -((today.getDay() + 6) % 7));
  const month = new Date(today.getFullYear(), today.getMonth(), 1);
  const [from, to] = ((): [Date, Date] => {
    switch (period) {
      case 'today':
        return [today, addDays(today, 1)];
      case 'thisWeek':
        return [monday, addDays(monday, 7)];
      case 'lastWeek':
        return [addDays(monday, -7), monday];
      case 'thisMonth':
        return [month, new Date(month.getFullYear(), month.getMonth() + 1, 1)];
      case 'lastMonth':
        return [new Date(month.getFullYear(), month.getMonth() - 1, 1), month];
    }
  })();
  return { from: from.toISOString(), to: to.toISOString() };
}
