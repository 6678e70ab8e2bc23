import type { ChartData, ChartRow } from './types';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * A week of hours as ChartData for HeatmapGrid and its ChartCard: `values[day][hour]`,
 * day 0 = Monday … 6 = Sunday, hour 0-23 local time, null (or missing) = no data.
 * Rows are the weekdays (key "day"), series the hours (keys "h0".."h23", labelled "10:00").
 */
export function weekHourData(
  values: ReadonlyArray<ReadonlyArray<number | null>>,
  { yLabel, unit }: { yLabel: string; unit: string },
): ChartData {
  const rows: ChartRow[] = WEEKDAYS.map((day, d) => {
    const row: Record<string, string | number | null> = { day };
    for (const hour of HOURS) row[`h${hour}`] = values[d]?.[hour] ?? null;
    return row;
  });
  return {
    rows,
    xKey: 'day',
    series: HOURS.map((hour) => ({
      key: `h${hour}`,
      label: `${String(hour).padStart(2, '0')}:00`,
      short: String(hour),
    })),
    xLabel: 'Weekday',
    seriesLabel: 'Hour of day',
    yLabel,
    unit,
  };
}
