import { closeSync, openSync, readSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { StringDecoder } from 'node:string_decoder';

/**
 * 64 KB reads: big enough that per-read costs are small; the decoded strings stay below V8's large-object
 * size, so they die young in scavenges instead of piling up in large-object space until a full GC (which
 * took peak memory over 400 MB on big reports).
 */
export const TEXT_CHUNK_BYTES = 64 * 1024;

export interface ChunkOptions {
  /**
   * Each chunk ends just after a '\n' (the last one where the file ends): a line is never cut. A line longer
   * than the buffer doubles it, so one long line costs its length, not its length once per read.
   */
  wholeLines?: boolean;
  chunkBytes?: number;
}

/**
 * The one reader of report files: their bytes in chunks, streaming (the file is never held whole). Each read is
 * synchronous, into one reused buffer, and is followed by a turn of the event loop (so timers and worker-thread
 * messages still run between chunks): on a 100 MB report this costs a fraction of a `createReadStream`
 * iterator's CPU and allocates nothing per chunk. A yielded chunk is a view of that buffer, valid until the
 * next one is asked for: copy what must outlive it.
 */
export async function* readChunks(path: string, options: ChunkOptions = {}): AsyncGenerator<Buffer> {
  const chunkBytes = options.chunkBytes ?? TEXT_CHUNK_BYTES;
  const wholeLines = options.wholeLines === true;
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(chunkBytes);
    let kept = 0; // bytes of an unfinished line, moved to the buffer's start
    for (;;) {
      if (buffer.length - kept < chunkBytes / 2) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, kept);
        buffer = bigger;
      }
      const bytesRead = readSync(fd, buffer, kept, buffer.length - kept, null);
      if (bytesRead === 0) break;
      const end = kept + bytesRead;
      if (!wholeLines) {
        yield buffer.subarray(0, end);
      } else {
        // Only the new bytes are searched: the kept ones hold no newline.
        const newline = buffer.subarray(kept, end).lastIndexOf(10);
        if (newline === -1) {
          kept = end;
          continue;
        }
        const cut = kept + newline + 1;
        yield buffer.subarray(0, cut);
        kept = end - cut;
        buffer.copyWithin(0, cut, end);
      }
      await nextTurn();
    }
    if (kept > 0) yield buffer.subarray(0, kept);
  } finally {
    closeSync(fd);
  }
}

/** The text of a UTF-8 file in chunks (`readChunks`, decoded); characters cut between reads are joined. */
export async function* readUtf8Chunks(path: string, chunkBytes = TEXT_CHUNK_BYTES): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const bytes of readChunks(path, { chunkBytes })) {
    const text = decoder.write(bytes);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}
