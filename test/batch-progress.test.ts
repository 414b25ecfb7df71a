// The progress bar: count, rate and ETA on a terminal; not a byte on a pipe or file.
import { describe, expect, test } from 'vitest';
import { createProgress, formatDuration, type ProgressStream } from '../src/cli/progress.js';

function stream(isTTY: boolean): ProgressStream & { out: string[] } {
  const out: string[] = [];
  return { isTTY, columns: 100, out, write: (s: string) => (out.push(s), true) };
}

describe('progress bar', () => {
  test('nothing at all when stderr is not a terminal', () => {
    const s = stream(false);
    const p = createProgress('zh', s);
    for (let i = 1; i <= 5; i++) p.update(i, 5);
    p.finish();
    expect(s.out).toEqual([]);
  });

  test('on a terminal: count, rate and time left on one line, redrawn at most ten times a second, cleared at the end', () => {
    const s = stream(true);
    let now = 0;
    const p = createProgress('zh', s, () => now);
    now = 2000;
    p.update(50, 200);
    expect(s.out[0]).toMatch(/^\r█+░+ 检查 50\/200 份 · 25\.0 份\/秒 · 剩余 0:06\u001b\[K$/);
    now = 2050;
    p.update(51, 200);
    expect(s.out).toHaveLength(1);
    now = 8000;
    p.update(200, 200);
    expect(s.out[1]).toMatch(/^\r█{30} 检查 200\/200 份 · 25\.0 份\/秒 · 剩余 0:00\u001b\[K$/);
    p.finish();
    expect(s.out[2]).toBe('\r\u001b[K');
  });

  test('in English, and the bar shrinks on a narrow terminal', () => {
    const s = { ...stream(true), columns: 40 };
    let now = 0;
    const p = createProgress('en', s, () => now);
    now = 1000;
    p.update(1, 3);
    expect(s.out[0]).toBe('\r██░░░ Checked 1/3 · 1.0/s · 0:02 left\u001b[K');
  });

  test('durations', () => {
    expect([formatDuration(0), formatDuration(59.6), formatDuration(61), formatDuration(3725), formatDuration(NaN)]).toEqual(['0:00', '1:00', '1:01', '1:02:05', '--:--']);
  });
});
