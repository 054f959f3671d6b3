/**
 * The channel between the site's middleware (src/middleware.ts), which sees each
 * page and file as it is rendered, and the build's record of them
 * (src/lib/output-record.ts), which the build's integration
 * (src/integrations/output-record.ts) registers for the length of a build. Outside
 * a build (`astro dev`) none is registered.
 */
import { buildGlobal } from './build-global.ts';

/** A rendered page or file, by its site path, as Astro will write it. */
export interface RenderedOutput {
  /** The request's path: `/letters/x/`, `/data/letters/2024.json`. */
  readonly path: string;
  /** Whether it is an HTML page. */
  readonly html: boolean;
  /** Its bytes, as the response gave them (one chunk, for an Astro page or endpoint). */
  readonly chunks: readonly Uint8Array[];
}

/** What the middleware hands the output to. `record` resolves once the record can take more. */
export interface OutputRecorder {
  record(output: RenderedOutput): Promise<void>;
}

// The integration and the rendered pages are loaded as different modules of one process.
const registeredRecorder = buildGlobal<OutputRecorder>('postbag.output-recorder');

/** Registers the build's recorder, or, with `undefined`, removes it. */
export function registerOutputRecorder(recorder: OutputRecorder | undefined): void {
  registeredRecorder.set(recorder);
}

/** The recorder of the build running in this process, if any. */
export function registeredOutputRecorder(): OutputRecorder | undefined {
  return registeredRecorder.get();
}
