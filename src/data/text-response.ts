/**
 * A response whose body is written from a sequence of strings as it is read, so
 * no file of the site has to exist as one string (see `jsonArrayText` in
 * `src/lib/open-data.ts`). Astro still gathers the body into one buffer to write
 * it, and a buffer has no such limit.
 */

/** Parts are encoded in chunks of about this many characters. */
const CHUNK = 1 << 20;

/** Serves `parts`, in order, as the body of a response of type `contentType`. */
export function textResponse(parts: Iterable<string>, contentType: string): Response {
  const iterator = parts[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      while (chunk.length < CHUNK) {
        const next = iterator.next();
        if (next.done === true) {
          if (chunk !== '') controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
