/**
 * How much a zip file (a `.docx`) unpacks to, measured before it is unpacked for
 * real: each entry is inflated in turn, never past what is left of the limit, and
 * thrown away. A zip bomb (a small file that unpacks to gigabytes) is refused with
 * memory bounded by the limit, whatever sizes its directory claims.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './source.ts';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Finds the end-of-central-directory record, searching back over a trailing comment. */
function endOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 65_557); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ImportError('is not a readable Word (.docx) file (no zip directory)');
}

/** The bytes an entry unpacks to, inflating at most `budget + 1` bytes. */
function entrySize(bytes: Uint8Array, view: DataView, entry: number, budget: number): number {
  const method = view.getUint16(entry + 10, true);
  const packed = view.getUint32(entry + 20, true);
  const local = view.getUint32(entry + 42, true);
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_HEADER)
    throw new ImportError('is not a readable Word (.docx) file (broken zip entry)');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + packed);
  if (method === 0) return data.byteLength;
  if (method !== 8)
    throw new ImportError(`is not a readable Word (.docx) file (zip method ${method})`);
  try {
    return inflateRawSync(data, { maxOutputLength: budget + 1 }).byteLength;
  } catch (error) {
    if (error instanceof RangeError) return budget + 1;
    throw new ImportError('is not a readable Word (.docx) file (broken zip data)');
  }
}

/** Refuses a zip whose entries unpack to more than `limit` bytes in all. */
export function checkUnpackedSize(bytes: Uint8Array, limit: number, limitNote: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (entry + 46 > view.byteLength || view.getUint32(entry, true) !== DIRECTORY_ENTRY)
      throw new ImportError('is not a readable Word (.docx) file (broken zip directory)');
    total += entrySize(bytes, view, entry, limit - total);
    if (total > limit)
      throw new ImportError(
        `unpacks to more than ${limitNote} (a zip bomb, or a document far larger than a letter); nothing read`,
      );
    entry +=
      46 +
      view.getUint16(entry + 28, true) +
      view.getUint16(entry + 30, true) +
      view.getUint16(entry + 32, true);
  }
}
