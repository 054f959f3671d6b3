/**
 * `measure` (scripts/bench/measure.ts): what a command cost, read from /proc while
 * it runs. The figures depend on the machine; what is checked is what must hold
 * on any machine.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/bench/measure';
import { testTempDir } from '../support/temp-dir';

/** Touches every page of 256 MiB of fresh memory, then stays a while to be sampled. */
const TOUCH = `const b = Buffer.alloc(256 * 2 ** 20); for (let i = 0; i < b.length; i += 4096) b[i] = 1; setTimeout(() => {}, 600);`;
const MIB_256_IN_PAGES = (256 * 2 ** 20) / 4096;

describe('measure', () => {
  it('counts the page faults of memory a command touches, and the kernel CPU within its CPU', async () => {
    const result = await measure(process.execPath, ['-e', TOUCH], { cwd: process.cwd() });
    expect(result.status).toBe(0);
    expect(result.minorFaults).toBeGreaterThanOrEqual(MIB_256_IN_PAGES);
    expect(result.peakRssMib).toBeGreaterThanOrEqual(256);
    expect(result.systemCpuSeconds).toBeGreaterThanOrEqual(0);
    expect(result.systemCpuSeconds).toBeLessThanOrEqual(result.cpuSeconds);
  });

  it('says when the peak was reached: late for a command that grows late, early for one that grows early', async () => {
    const late = await measure(process.execPath, ['-e', `setTimeout(() => { ${TOUCH} }, 1500);`], {
      cwd: process.cwd(),
    });
    const early = await measure(process.execPath, ['-e', `${TOUCH} setTimeout(() => {}, 1500);`], {
      cwd: process.cwd(),
    });
    for (const result of [late, early]) {
      expect(result.status).toBe(0);
      expect(result.peakAtSecondsByProgram['node']).toBe(result.peakAtSeconds);
      expect(result.peakAtSeconds).toBeLessThanOrEqual(result.seconds);
    }
    expect(late.peakAtSeconds).toBeGreaterThanOrEqual(1.5);
    expect(early.peakAtSeconds).toBeLessThan(1.5);
  });

  it('counts few faults for a command that touches little', async () => {
    const result = await measure(process.execPath, ['-e', 'setTimeout(() => {}, 600)'], {
      cwd: process.cwd(),
    });
    expect(result.status).toBe(0);
    expect(result.minorFaults).toBeGreaterThan(0);
    expect(result.minorFaults).toBeLessThan(MIB_256_IN_PAGES / 2);
  });

  it('names a program by its full name, even a process of it first seen exited, by its kernel name alone', async () => {
    // `sleep` under a name longer than the kernel's 15 characters. The first copy exits at
    // once and, never reaped (its parent execs `sleep`), has no command line to read; the
    // second runs while the command is sampled.
    const dir = testTempDir('measure');
    const program = join(dir, 'a_program_with_a_long_name');
    copyFileSync('/bin/sleep', program);
    const result = await measure(
      '/bin/sh',
      ['-c', `"${program}" 0 & "${program}" 1.5 & exec /bin/sleep 1.5`],
      { cwd: dir },
    );
    expect(result.status).toBe(0);
    const named = Object.keys(result.cpuSecondsByProgram).sort();
    expect(named).toEqual(['a_program_with_a_long_name', 'sleep']);
    expect(Object.keys(result.peakRssMibByProgram).sort()).toEqual(named);
    expect(Object.keys(result.peakAtSecondsByProgram).sort()).toEqual(named);
  });
});
