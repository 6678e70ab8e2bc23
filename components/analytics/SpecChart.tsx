import { memo } from 'react';
import { chartColumns, type ChartSpec } from '@/lib/analytics/chart-data';
import { chartsCsv } from '@/lib/analytics/csv';
import { downloadFile } from '../download';
import { BarListChart } from './BarListChart';
import { ChartCard } from './ChartCard';
import { HeatmapGrid } from './HeatmapGrid';
import { TimeSeriesChart } from './TimeSeriesChart';
import { useNearViewport } from './useNearViewport';
import type { ChartData } from './types';

/** Nothing but zeros (a new desk, a quiet filter): said as "no data", not drawn flat. */
const nothingToShow = (spec: ChartSpec) =>
  spec.rows.every((row) => chartColumns(spec).every(({ key }) => !row[key]));

const dataOf = (spec: ChartSpec): ChartData => ({
  rows: nothingToShow(spec) ? [] : spec.rows,
  xKey: spec.xKey,
  series: spec.series,
  xLabel: spec.xLabel,
  yLabel: spec.yLabel,
  unit: spec.unit,
  band: spec.band,
  seriesLabel: spec.seriesLabel,
  whole: WHOLE_UNITS.has(spec.unit),
});

/** Units counted in whole numbers: their axes have no ticks in between (no "0.25 cases"). */
const WHOLE_UNITS = new Set(['cases', 'count', 'follow-ups', 'testimonials', 'agents']);

/**
 * One chart of the report in its card, drawn by its kind; its CSV is its own rows.
 * Memoised on the spec: a chart is drawn again only when its numbers are new.
 */
export const SpecChart = memo(function SpecChart({
  spec,
  first = false,
}: {
  spec: ChartSpec;
  /** The page's first chart: drawn at once, at the top of the page. */
  first?: boolean;
}) {
  const data = dataOf(spec);
  const download = () => downloadFile(chartsCsv([spec]), 'text/csv', `casebook-${spec.id}.csv`);
  const [slot, near] = useNearViewport<HTMLDivElement>(first);
  const wide = spec.kind === 'heatmap' || spec.kind === 'band';
  return (
    <div ref={slot} className={wide ? 'chart-slot wide' : 'chart-slot'}>
      <ChartCard
        title={spec.title}
        description={spec.description}
        data={data}
        onDownload={download}
        summary={{
          range: spec.kind !== 'bar-list',
          total: spec.additive !== false,
          per: spec.kind === 'heatmap' ? 'cells' : 'series',
        }}
      >
        {!near ? (
          // The same height as a drawn chart, so the page does not jump as charts appear.
          <div className="chart-pending" aria-hidden="true" />
        ) : spec.kind === 'bar-list' ? (
          <BarListChart data={data} />
        ) : spec.kind === 'heatmap' ? (
          <HeatmapGrid data={data} />
        ) : (
          <TimeSeriesChart
            data={data}
            kind={spec.kind === 'lines' || spec.kind === 'band' ? 'line' : 'bar'}
            stacked={spec.kind === 'stacked-bars'}
          />
        )}
      </ChartCard>
    </div>
  );
});
