/** Bytes as base64 for Excel.createWorkbook, in slices so a large workbook does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + SLICE, bytes.length)));
  return btoa(binary);
}
