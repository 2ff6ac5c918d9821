/** A picture's bytes from base64, with or without a data: prefix (policy logos come either way). */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64.replace(/^data:[^,]*,/, '').replace(/\s+/g, ''));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
