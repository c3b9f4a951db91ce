import { loadPeer } from '../util/peer.js';

/** The text of a file's bytes, and how it was decoded. */
export interface Decoded {
  text: string;
  /** WHATWG encoding name used: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, … */
  encoding: string;
  /**
   * How the encoding was known: a byte order mark, valid UTF-8, a guess (chardet), or assumed
   * (windows-1252, when chardet, an optional peer, is not installed).
   */
  by: 'bom' | 'utf-8' | 'guess' | 'assumed';
  /** chardet's confidence (0–100) when guessed. */
  confidence: number | null;
}

/** Single-byte encodings of Western Europe that chardet names; all decode as windows-1252, a superset of ISO-8859-1's printable characters (WHATWG maps the label `latin1` to it too). */
const LATIN = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252']);

/**
 * Decodes a text file's bytes: a BOM decides (UTF-8, UTF-16 LE/BE); else bytes that are valid
 * UTF-8 are UTF-8; else the encoding is guessed with chardet (Danish exports are nearly always
 * Windows-1252 / Latin-1) and decoded with the WHATWG `TextDecoder`. chardet is an optional peer
 * dependency, loaded on the first such file: without it windows-1252 is assumed. Returns a
 * reason instead when the bytes are not text (NUL bytes without a UTF-16 BOM).
 */
export async function decodeText(bytes: Uint8Array): Promise<Decoded | { error: string }> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded(bytes.subarray(3), 'utf-8', 'bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), 'utf-16le', 'bom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), 'utf-16be', 'bom');
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'binary file (it holds NUL bytes), not text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', by: 'utf-8', confidence: null };
  } catch {
    const chardet = await loadPeer<typeof import('chardet')>('chardet', 'guess encodings', () => import('chardet')).catch((error: Error) => {
      if (error.name === 'MissingPeerError') return null;
      throw error;
    });
    if (!chardet) return decoded(bytes, 'windows-1252', 'assumed');
    const [best] = chardet.analyse(bytes).filter((m) => supported(m.name));
    const encoding = !best || LATIN.has(best.name) ? 'windows-1252' : best.name.toLowerCase();
    return { ...decoded(bytes, encoding, 'guess'), confidence: best?.confidence ?? null };
  }
}

function decoded(bytes: Uint8Array, encoding: string, by: Decoded['by']): Decoded {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, by, confidence: null };
}

function supported(name: string): boolean {
  try {
    new TextDecoder(name);
    return !/^UTF-(?:16|32)/i.test(name);
  } catch {
    return false;
  }
}
