// Saving bytes the pane made as a file: a Blob URL on a link with `download`, clicked within the
// user's own click so the web view treats it as the user's download.

/** How long the Blob URL stays valid: some browsers read the Blob only after the click has returned. */
const KEEP_URL_MS = 60_000;

export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  // A copy on its own ArrayBuffer: the Blob must not see later writes to a shared buffer.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
