import { closeSync, openSync, readSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { StringDecoder } from 'node:string_decoder';

/**
 * 64 KB reads: big enough that per-read costs are small; the decoded strings stay below V8's large-object
 * size, so they die young in scavenges instead of piling up in large-object space until a full GC (which
 * took peak memory over 400 MB on big reports).
 */
export const TEXT_CHUNK_BYTES = 64 * 1024;

/**
 * The text of a UTF-8 file in chunks, streaming (the file is never held whole); characters cut between reads
 * are joined. Each 64 KB read is synchronous, into one reused buffer, and is followed by a turn of the event
 * loop (so timers and worker-thread messages still run between chunks): on a 100 MB report this costs a
 * fraction of a `createReadStream` iterator's CPU, which matters when this thread also parses.
 */
export async function* readUtf8Chunks(path: string, chunkBytes = TEXT_CHUNK_BYTES): AsyncGenerator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const decoder = new StringDecoder('utf8');
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      const text = decoder.write(buffer.subarray(0, bytesRead));
      if (text !== '') yield text;
      await nextTurn();
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}
