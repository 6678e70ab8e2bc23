/**
 * Saves text as a file through the browser's downloads: a Blob behind an <a download>,
 * so no `downloads` permission is needed.
 */
export function downloadFile(content: string, type: string, fileName: string): void {
  downloadBlob(new Blob([content], { type: `${type};charset=utf-8` }), fileName);
}

/** Saves a Blob (a backup's pieces are one, never joined into one huge string). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
