/**
 * Measuring a build: its wall time, the peak resident memory of its whole
 * process tree, and what it wrote. Memory is sampled from /proc every 100 ms:
 * the RSS of the build process and every descendant (Pagefind's binary, esbuild,
 * workers), summed. Summing RSS counts pages shared between processes once per
 * process, so it can overstate a little; a peak between two samples can be missed.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The heap `npm run build` gives Astro's process (package.json), and the bench
 * gives both its builds. Node's default is about 4.5 GB on this machine, and
 * Astro's process needs more past about 40,000 letters (docs/performance.md).
 */
export const BUILD_HEAP = '--max-old-space-size=16384';

/**
 * The allocator settings `npm run build` gives Astro's process (package.json), and the
 * bench gives the site's build. Astro's bundler (Rolldown) and its compiler are Rust
 * modules allocating with mimalloc, which by default commits its arenas whole and purges
 * what it freed only while the thread that freed it goes on allocating: once the bundling
 * was done, about 300 MB of it stayed resident in a 10,000-letter build while every page
 * was rendered. Committing arenas as they are used and purging freed pages at once gives
 * it back: the build's node process peaked 300–500 MiB lower (docs/performance.md,
 * twelfth session). Other allocators ignore these variables.
 */
export const BUILD_ALLOCATOR = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
} as const;

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;
/** How often memory is sampled. */
export const SAMPLE_MS = 100;
const PAGE_BYTES = 4096;

/** How a measured command ended. */
export interface Measured {
  readonly status: number | null;
  readonly seconds: number;
  readonly peakRssMib: number;
  /**
   * The peak resident memory of each program in the tree (by process name:
   * `node`, `pagefind_extended`, `esbuild`), each its own peak, so they need not
   * sum to `peakRssMib`. Says which program a build's memory goes to.
   */
  readonly peakRssMibByProgram: Readonly<Record<string, number>>;
  /**
   * When the tree's peak, and each program's, was first sampled: seconds from the
   * command's start. Says in which phase of a build its memory peaks.
   */
  readonly peakAtSeconds: number;
  readonly peakAtSecondsByProgram: Readonly<Record<string, number>>;
  /**
   * CPU seconds (user + system) of the command and every descendant, from the
   * same /proc samples: each process's own utime + stime as last seen. Less
   * sensitive than wall time to other work competing for the machine's cores.
   * (GNU time would miss Pagefind's indexer, which the build kills rather than
   * waits for.) A process that lives less than one sample is missed.
   */
  readonly cpuSeconds: number;
  /** `cpuSeconds` by program, as `peakRssMibByProgram`: says which program a build's CPU goes to. */
  readonly cpuSecondsByProgram: Readonly<Record<string, number>>;
  /**
   * The part of `cpuSeconds` spent in the kernel (stime): writing files, and
   * mapping memory on a page fault, which on a virtual machine can cost many
   * times more at one hour than another.
   */
  readonly systemCpuSeconds: number;
  /**
   * Minor page faults of the tree (minflt, as last seen): each a page of memory
   * the kernel had to map. A build that allocates and frees memory over and over
   * faults far more than one that keeps it, and pays for it in `systemCpuSeconds`.
   */
  readonly minorFaults: number;
  /** Everything the command printed, stdout and stderr interleaved. */
  readonly output: string;
}

/** A process's CPU ticks and minor faults so far. */
export interface ProcessCost {
  /** CPU ticks, user + system. */
  ticks: number;
  /** CPU ticks in the kernel. */
  systemTicks: number;
  minorFaults: number;
}

/** What /proc/<pid>/stat says of a process. */
interface ProcessStat extends ProcessCost {
  name: string;
  ppid: number;
  started: string;
}

/** Name, parent pid, CPU ticks, minor faults and start time of every process on the machine, from /proc/<pid>/stat. */
function processes(): Map<number, ProcessStat> {
  const map = new Map<number, ProcessStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields after the name: state, ppid, …, minflt (8th), …, utime (12th), stime (13th).
      map.set(Number(name), {
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        systemTicks: Number(fields[12]),
        minorFaults: Number(fields[7]),
        started: fields[19] ?? '',
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** Program names by pid, start time and kernel name, which change when a pid is reused or execs. */
const names = new Map<string, string>();

/**
 * A process's program: the file name of its command (`node`, `pagefind_extended`),
 * which its kernel name is not (Node's main thread calls itself `MainThread`;
 * names are cut to 15 characters).
 */
function programName(pid: number, kernelName: string, started: string): string {
  const key = `${pid} ${started} ${kernelName}`;
  const known = names.get(key);
  if (known !== undefined) return known;
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
  } catch {
    // The process has gone.
  }
  const name = command.split('/').pop();
  if (name !== undefined && name !== '') {
    names.set(key, name);
    return name;
  }
  // An exiting process has no command line: take the full name of a program seen
  // before under the same 15-character kernel name ("pagefind_extend").
  return fullName(kernelName);
}

/** How long a kernel name can be: longer program names are cut to it. */
const KERNEL_NAME_LENGTH = 15;

/**
 * The full name of the program seen so far whose kernel name `name` is ("pagefind_extend"
 * for "pagefind_extended"), or `name`. A process first seen after it ended has no command
 * line, so it has only its kernel name until another process of its program is seen; the
 * figures are named again with this once the command is done.
 */
function fullName(name: string): string {
  if (name.length !== KERNEL_NAME_LENGTH) return name;
  return [...names.values()].find((n) => n.length > name.length && n.startsWith(name)) ?? name;
}

/**
 * Figures by program with each kernel name folded into its program's full name (`fullName`),
 * keeping the larger: a process known by its kernel name alone had ended, holding no memory.
 */
function byFullName<T>(
  figures: Iterable<[string, T]>,
  size: (figure: T) => number,
): Map<string, T> {
  const named = new Map<string, T>();
  for (const [program, figure] of figures) {
    const name = fullName(program);
    const before = named.get(name);
    if (before === undefined || size(figure) > size(before)) named.set(name, figure);
  }
  return named;
}

/**
 * The summed resident memory, in bytes, of `root` and all its descendants; records
 * each one's CPU ticks and faults so far in `costs` and its program in `programOf`,
 * and raises each program's peak in `programs`.
 */
export function treeRss(
  root: number,
  costs: Map<number, ProcessCost>,
  programs: Map<string, number> = new Map(),
  programOf: Map<number, string> = new Map(),
): number {
  const all = processes();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { ppid }] of all) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let bytes = 0;
  for (const pid of tree) {
    const now = all.get(pid);
    if (now !== undefined) {
      const before = costs.get(pid);
      costs.set(pid, {
        ticks: Math.max(before?.ticks ?? 0, now.ticks),
        systemTicks: Math.max(before?.systemTicks ?? 0, now.systemTicks),
        minorFaults: Math.max(before?.minorFaults ?? 0, now.minorFaults),
      });
    }
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      bytes += resident * PAGE_BYTES;
      const program = programName(pid, now?.name ?? 'unknown', now?.started ?? '');
      programs.set(program, Math.max(programs.get(program) ?? 0, resident * PAGE_BYTES));
      programOf.set(pid, program);
    } catch {
      // Ended between the two reads.
    }
  }
  return bytes;
}

/** Options for `measure`. */
export interface MeasureOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Called with each line the command prints, for progress. */
  readonly onLine?: (line: string) => void;
}

/** Runs a command, timing it and sampling its process tree's memory. */
export function measure(
  command: string,
  args: readonly string[],
  options: MeasureOptions,
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let peak = 0;
    let peakAt = 0;
    const costs = new Map<number, ProcessCost>();
    const programs = new Map<string, number>();
    const programOf = new Map<number, string>();
    /** Each program's peak as last seen, and when it was reached. */
    const programPeaks = new Map<string, { bytes: number; at: number }>();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    const sample = () => {
      if (child.pid === undefined) return;
      const bytes = treeRss(child.pid, costs, programs, programOf);
      const at = elapsed();
      if (bytes > peak) [peak, peakAt] = [bytes, at];
      for (const [program, programBytes] of programs) {
        if (programBytes > (programPeaks.get(program)?.bytes ?? 0))
          programPeaks.set(program, { bytes: programBytes, at });
      }
    };
    const timer = setInterval(sample, SAMPLE_MS);
    let output = '';
    let pending = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine?.(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const seconds = elapsed();
      const total = (of: (cost: ProcessCost) => number) =>
        [...costs.values()].reduce((sum, cost) => sum + of(cost), 0);
      const cpuSecondsByProgram: Record<string, number> = {};
      for (const [pid, { ticks }] of costs) {
        const program = fullName(programOf.get(pid) ?? 'unknown');
        cpuSecondsByProgram[program] = (cpuSecondsByProgram[program] ?? 0) + ticks / TICKS;
      }
      const peakRssMibByProgram = Object.fromEntries(
        [...byFullName(programs, (bytes) => bytes)].map(([program, bytes]) => [
          program,
          bytes / 2 ** 20,
        ]),
      );
      resolve({
        status,
        seconds,
        peakRssMib: peak / 2 ** 20,
        peakRssMibByProgram,
        peakAtSeconds: peakAt,
        peakAtSecondsByProgram: Object.fromEntries(
          [...byFullName(programPeaks, ({ bytes }) => bytes)].map(([program, { at }]) => [
            program,
            at,
          ]),
        ),
        cpuSeconds: total((cost) => cost.ticks) / TICKS,
        cpuSecondsByProgram,
        systemCpuSeconds: total((cost) => cost.systemTicks) / TICKS,
        minorFaults: total((cost) => cost.minorFaults),
        output,
      });
    });
  });
}

/** Files and bytes under a folder. */
/** A file under a folder: its path from the folder, and its size. */
export interface SizedFile {
  readonly path: string;
  readonly bytes: number;
}

export interface FolderSize {
  readonly files: number;
  readonly bytes: number;
  /** The largest file, and the largest HTML page (`undefined` when there is none). */
  readonly largestFile: SizedFile | undefined;
  readonly largestPage: SizedFile | undefined;
}

/** Counts the files and bytes under `dir` (0 and 0 if it does not exist), and finds the largest. */
export function folderSize(dir: string): FolderSize {
  let files = 0;
  let bytes = 0;
  let largestFile: SizedFile | undefined;
  let largestPage: SizedFile | undefined;
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return { files, bytes, largestFile, largestPage };
  }
  for (const name of names) {
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) continue;
    files++;
    bytes += stat.size;
    const file = { path: `/${name}`, bytes: stat.size };
    if (stat.size > (largestFile?.bytes ?? -1)) largestFile = file;
    if (name.endsWith('.html') && stat.size > (largestPage?.bytes ?? -1)) largestPage = file;
  }
  return { files, bytes, largestFile, largestPage };
}

/**
 * Reads every file under `dir` once and returns how many bytes that was. The bench reads
 * the content folder just before each build, so that neither build pays for the other
 * having read it first: on a machine that drops files from its page cache a minute after
 * they were last read (as this project's virtual machines do), the site's build of the
 * written-answers corpus, which runs first, took 168.5 s with its letters read from the disk
 * and 121.0 s with them read just before.
 */
export function readEveryFile(dir: string): number {
  const buffer = Buffer.alloc(1 << 20);
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const fd = openSync(file, 'r');
    try {
      for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0;) bytes += read;
    } finally {
      closeSync(fd);
    }
  }
  return bytes;
}
