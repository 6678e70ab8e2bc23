/** What the form filler did (lib/page/form-filler.ts), as the sidebar tells the agent. */
export interface FillReport {
  /** Labels of the fields filled. */
  filled: string[];
  /** Labels of fields that already held text: left as they were. */
  kept: string[];
  /** Labels of fields not found on the page: for the agent to fill by hand. */
  missing: string[];
}

/** The report in the agent's words: "Filled Subject and Description; could not find …". */
export function describeFill(report: FillReport): string {
  const list = (labels: string[]) =>
    labels.length <= 1
      ? (labels[0] ?? '')
      : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  const parts: string[] = [];
  parts.push(report.filled.length ? `Filled ${list(report.filled)}` : 'Filled nothing');
  if (report.kept.length) parts.push(`kept what was already in ${list(report.kept)}`);
  if (report.missing.length) {
    parts.push(`could not find ${list(report.missing)}: fill it by hand`);
  }
  return `${parts.join('; ')}. Review the form and save it in the CRM.`;
}
