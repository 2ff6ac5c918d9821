/**
 * The public key that fixes Netra's extension id for development builds loaded unpacked (id
 * pilhlaoehmjledpkcigpioafophogmnm): the browser tests' policy files target it. Its private key
 * is not in this repository, so nobody can sign a CRX with it: an agency that self-hosts signs
 * with its own key and builds with NETRA_MANIFEST_KEY set to that key's public half, which gives
 * its own id (docs/deploy.md §2). Stores assign their own ids.
 */
export const DEV_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzt2/6mQXF6U8zMcm0yD3yJ4LEF4r9uu8zcQcsEC47a4SQ+whqf2UNnxPNz0uzJv+lgTlAhtIxHBtTqIMiyUlKoFJPggLhaOhOzvs5wsawBvIOQSVPiH2MQaNyeUU7WK/wItS/HN7PltRduTCfeRGaqFX0/Q+0X0mURlk4WjPeZPGXiApRFt2SIhz+cXOl02Si6OYMthhPgmw8o8gFzu8JZ9IlZILcuv05GJNZ0D7cQcG1O4Mlj6K9X1MZmZJUyC8Bn72fUGSViqFYjUhwE2IxQGzVUT1JqEpSqcRp4jIfRQxb87MCWogoCYqGkCcPktm6cPICa/PZqbeYoPLFDN48wIDAQAB';

export const DEV_EXTENSION_ID = 'pilhlaoehmjledpkcigpioafophogmnm';

/** Chrome's extension id from a base64 DER public key: SHA-256, first 32 hex digits as a–p. */
export async function extensionIdFromKey(base64: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hex = createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}
