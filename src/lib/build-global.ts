/**
 * A value the modules of one build share although they are loaded apart: Astro's
 * integrations are loaded by Node, the pages by Vite, so each has its own copy of
 * every module, and a module-level variable set in one is not seen by the other. A
 * registered symbol on the global object is the one thing they have in common.
 */
export interface BuildGlobal<T> {
  /** The value registered under the name in this process, if any. */
  get(): T | undefined;
  /** Registers the value, or, with `undefined`, removes it. */
  set(value: T | undefined): void;
}

/** The value shared under `name` (`postbag.<what>`), by every module that asks for it. */
export function buildGlobal<T>(name: string): BuildGlobal<T> {
  const key = Symbol.for(name);
  const holder = globalThis as Record<symbol, T | undefined>;
  return {
    get: () => holder[key],
    set: (value) => {
      holder[key] = value;
    },
  };
}
