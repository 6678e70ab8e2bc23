/** What a chart shows when its range holds no numbers (issue 10). */
export function ChartEmpty() {
  return (
    <p className="chart-empty muted" data-testid="chart-empty">
      No data in this range
    </p>
  );
}
