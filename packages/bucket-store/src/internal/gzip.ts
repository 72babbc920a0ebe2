import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Deterministic gzip: zlib already writes MTIME 0; the OS byte differs between platforms, so it is
 * pinned to 255 ("unknown"). Same bytes in, same bytes out on any machine with the same zlib.
 */
export function gzipDeterministic(bytes: Uint8Array): Buffer {
  const out = gzipSync(bytes, { level: 6 });
  out[9] = 0xff;
  return out;
}

export function gunzip(bytes: Uint8Array): Buffer {
  return gunzipSync(bytes);
}

/**
 * The 10-byte header every blob starts with. gunzip ignores MTIME and the OS byte, so a damaged
 * header would go unnoticed by the content hash alone; verify compares it too.
 */
export const BLOB_HEADER: Buffer = gzipDeterministic(new Uint8Array(0)).subarray(0, 10);

/** The uncompressed size from a gzip file's trailer (ISIZE, modulo 2^32), without inflating it. */
export function gzipRawSize(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < 18) return 0;
    const trailer = Buffer.alloc(4);
    readSync(fd, trailer, 0, 4, size - 4);
    return trailer.readUInt32LE(0);
  } finally {
    closeSync(fd);
  }
}
