/** Base64 → bytes, for tests that open what a service handed to Excel.createWorkbook. */
export function fromBase64(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}
