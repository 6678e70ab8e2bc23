import { useId, useState, type ReactNode } from 'react';
import { ChartEmpty } from './ChartEmpty';
import { ChartLabelContext } from './chart-label';
import { ChartTable } from './ChartTable';
import { summariseChart, type SummaryOptions } from './summary';
import { isEmptyChart, type ChartData } from './types';
import './analytics.css';

export interface ChartCardProps {
  /** "Cases opened per day": the h3, the table's caption, the summary's start. */
  title: string;
  /** One line under the title, with the unit: "New cases by the day they came in, in cases". */
  description: string;
  /** The numbers the chart draws: the table view and the summary are made from them. */
  data: ChartData;
  /** How to summarise them (BarListChart: `{ range: false }`, HeatmapGrid: `{ per: 'cells' }`). */
  summary?: SummaryOptions;
  /** Shows a "Download CSV" button that calls it. */
  onDownload?: () => void;
  /** The chart, drawn from the same `data`; it takes the summary as its accessible name. */
  children: ReactNode;
}

/**
 * A titled dashboard card: a chart, or at one click (or Enter or Space) the same numbers
 * as a table. The toggle's text says what it will show, so it has no aria-pressed (a
 * pressed state with a changing label reads as a contradiction); aria-controls names the
 * view it swaps, and focus stays on it.
 */
export function ChartCard({
  title,
  description,
  data,
  summary,
  onDownload,
  children,
}: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const empty = isEmptyChart(data);
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`}>
      <header className="chart-card-head">
        <div>
          <h3 id={`${id}-title`}>{title}</h3>
          <p className="chart-card-description muted small">{description}</p>
        </div>
        <div className="chart-card-actions">
          {!empty && (
            <button
              type="button"
              aria-controls={`${id}-view`}
              onClick={() => setShowTable((shown) => !shown)}
            >
              {showTable ? 'Show chart' : 'Show numbers'}
            </button>
          )}
          {onDownload && (
            <button type="button" className="small" onClick={onDownload}>
              Download CSV
            </button>
          )}
        </div>
      </header>
      <div id={`${id}-view`} className="chart-card-view">
        {empty ? (
          <ChartEmpty />
        ) : showTable ? (
          <ChartTable caption={data.unit ? `${title} (${data.unit})` : title} data={data} />
        ) : (
          <ChartLabelContext value={summariseChart(title, data, summary)}>
            {children}
          </ChartLabelContext>
        )}
      </div>
    </section>
  );
}
