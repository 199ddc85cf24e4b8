/** Long enough for the webview to start reading the blob; revoking at once can cancel the download. */
const REVOKE_AFTER_MS = 60_000;

/** Saves bytes through `<a download>` and an object URL, the way Excel on the web and on Windows allow. */
export function browserDownload(bytes: Uint8Array, name: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
