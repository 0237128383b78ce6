// Saves text as a file through a temporary object URL and a clicked <a download>.

/**
 * The URL stays valid briefly after the click: some browsers (older Safari, Firefox) start reading
 * the blob asynchronously and fail when it is revoked at once.
 */
export const REVOKE_DELAY_MS = 1000;

export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
