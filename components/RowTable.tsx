/**
 * A small table of text rows (an import's preview): every cell rendered as text, the
 * caption read out to screen readers and shown unless `captionHidden`.
 */
export function RowTable({
  caption,
  headers,
  rows,
  captionHidden = false,
}: {
  caption: string;
  headers: string[];
  rows: string[][];
  captionHidden?: boolean;
}) {
  return (
    <table className="import-table">
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
