/**
 * base64url (RFC 4648 §5, no padding) of UTF-8 text: the characters A–Z a–z 0–9 - _ only, so a link survives
 * e-mail, chat and copy-paste unchanged. Decoding refuses anything else (and invalid UTF-8) by returning null.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function base64urlToBytes(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  // The unused low bits of the last character must be zero (one text per byte string).
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

export function encodeText(text: string): string {
  return bytesToBase64url(new TextEncoder().encode(text));
}

export function decodeText(text: string): string | null {
  const bytes = base64urlToBytes(text);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A 32-bit number as 6 base64url characters. */
export function uint32ToBase64url(n: number): string {
  let out = '';
  for (let k = 5; k >= 0; k--) out += ALPHABET[Math.floor(n / 2 ** (6 * k)) % 64];
  return out;
}
