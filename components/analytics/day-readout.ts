import { categoryOf, formatNumber, numberAt, seriesColor, withUnit, type ChartData } from './types';

/** One series' value on a day, as the tooltip shows it and the live region says it. */
export interface ReadoutEntry {
  label: string;
  color: string;
  /** "14 cases"; a band's "35–50 cases". */
  text: string;
}

/** What a time series shows for one day (a row): its label and each series' value. */
export interface DayReadout {
  day: string;
  /** In the series' order, the band last; series without a number that day are left out. */
  entries: ReadoutEntry[];
}

export function dayReadout(data: ChartData, index: number): DayReadout {
  const row = data.rows[index] ?? {};
  const entries: ReadoutEntry[] = [];
  data.series.forEach((series, position) => {
    const value = numberAt(row, series.key);
    if (value !== null)
      entries.push({
        label: series.label,
        color: seriesColor(series, position),
        text: withUnit(formatNumber(value), data.unit),
      });
  });
  const { band } = data;
  const low = band ? numberAt(row, band.lowKey) : null;
  const high = band ? numberAt(row, band.highKey) : null;
  const owner = band ? data.series.findIndex((series) => series.key === band.seriesKey) : -1;
  if (band && low !== null && high !== null && data.series[owner])
    entries.push({
      label: band.label,
      color: seriesColor(data.series[owner], owner),
      text: withUnit(`${formatNumber(low)}–${formatNumber(high)}`, data.unit),
    });
  return { day: categoryOf(row, data.xKey), entries };
}

/** "12 Nov: Opened 14 cases, Closed 9 cases": the day as a screen reader hears it. */
export function readoutSentence({ day, entries }: DayReadout): string {
  if (entries.length === 0) return `${day}: no data`;
  return `${day}: ${entries.map((entry) => `${entry.label} ${entry.text}`).join(', ')}`;
}
