/**
 * Hands a file made in the page (or fetched with the session's token) to the browser as a
 * download: the token stays out of any URL, so it never lands in a history or a server's log.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
