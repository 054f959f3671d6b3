import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/model/calendar-date';
import {
  displayLetterDate,
  formatCalendarDate,
  letterSortKey,
  letterYear,
  machineLetterDate,
} from '../../src/lib/dates';

describe('letter dates', () => {
  it('writes a stated date the British way', () => {
    expect(displayLetterDate({ kind: 'stated', date: '2024-10-03' })).toBe('3 October 2024');
  });

  it('marks an undated letter and shows only the estimated month', () => {
    expect(displayLetterDate({ kind: 'estimated', estimate: '2024-02' })).toBe(
      'Undated (c. February 2024)',
    );
  });

  it('shows a year-only estimate as a year', () => {
    expect(displayLetterDate({ kind: 'estimated', estimate: '2019' })).toBe('Undated (c. 2019)');
  });

  it('gives <time> the precision the letter has', () => {
    expect(machineLetterDate({ kind: 'stated', date: '2024-10-03' })).toBe('2024-10-03');
    expect(machineLetterDate({ kind: 'estimated', estimate: '2024-02' })).toBe('2024-02');
  });

  it('places an estimate in the middle of its period for sorting', () => {
    expect(letterSortKey({ kind: 'estimated', estimate: '2024-02' })).toBe('2024-02-15');
    expect(letterSortKey({ kind: 'estimated', estimate: '2024' })).toBe('2024-07-01');
    expect(letterSortKey({ kind: 'stated', date: '2024-10-03' })).toBe('2024-10-03');
  });

  it('files a letter under the year of its date or estimate', () => {
    expect(letterYear({ kind: 'estimated', estimate: '2023-12' })).toBe(2023);
    expect(letterYear({ kind: 'stated', date: '2024-01-01' })).toBe(2024);
  });

  it('rejects dates that do not exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('3 October 2024')).toBe(false);
  });

  it('writes single-digit days without a leading zero', () => {
    expect(formatCalendarDate('2021-05-05')).toBe('5 May 2021');
  });
});
