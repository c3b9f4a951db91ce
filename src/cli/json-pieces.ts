/** A node whose JSON is written in one piece when its source span is below this. */
const SMALL_SPAN = 256 * 1024;
/** Pieces are gathered up to about this many characters before a new one starts. */
const PIECE = 1 << 20;

/**
 * `JSON.stringify(value, null, indent)`, character for character, as a list of pieces: the
 * JSON of a document parsed from more than about 40 MB is longer than V8's longest string
 * (`RangeError: Invalid string length`), so the command writes it piece by piece. Nodes whose
 * source `range` is small are stringified whole; arrays, objects without a range and large
 * nodes are walked.
 */
export function jsonPieces(value: unknown, indent?: number): string[] {
  const pieces: string[] = [];
  let buffer = '';
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= PIECE) {
      pieces.push(buffer);
      buffer = '';
    }
  };
  const step = indent ? ' '.repeat(indent) : '';
  const write = (v: unknown, pad: string): void => {
    if (v !== null && typeof v === 'object' && !isSmall(v)) {
      const inner = pad + step;
      const newline = step ? `\n${inner}` : '';
      const entries: [string | null, unknown][] = Array.isArray(v)
        ? v.map((x) => [null, x === undefined || typeof x === 'function' ? null : x])
        : Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function');
      if (!entries.length) return emit(Array.isArray(v) ? '[]' : '{}');
      emit(Array.isArray(v) ? '[' : '{');
      entries.forEach(([key, x], i) => {
        emit(`${i ? ',' : ''}${newline}${key === null ? '' : `${JSON.stringify(key)}:${step ? ' ' : ''}`}`);
        write(x, inner);
      });
      return emit(`${step ? `\n${pad}` : ''}${Array.isArray(v) ? ']' : '}'}`);
    }
    const text = JSON.stringify(v, null, indent) ?? 'null';
    emit(pad && step ? text.replace(/\n/g, `\n${pad}`) : text);
  };
  write(value, '');
  if (buffer) pieces.push(buffer);
  return pieces;
}

/** A node whose source span is small: its JSON is small too (a range is `{ start, end }`). */
function isSmall(v: object): boolean {
  if (Array.isArray(v) || typeof (v as { toJSON?: unknown }).toJSON === 'function') return !Array.isArray(v);
  const range = (v as { range?: { start?: { offset?: unknown }; end?: { offset?: unknown } } }).range;
  const start = range?.start?.offset;
  const end = range?.end?.offset;
  return typeof start === 'number' && typeof end === 'number' && end - start <= SMALL_SPAN;
}
