/**
 * The preview's way of handing the user a new workbook: a download of the .xlsx, built in the page
 * (a Blob and an <a download> click). Nothing goes over the network.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Bytes of a base64 text (the shape Excel.createWorkbook takes, so both hosts share the service). */
export function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadXlsx(base64: string, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytesOfBase64(base64) as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking at once can cancel the download in some browsers; the URL only holds memory.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
