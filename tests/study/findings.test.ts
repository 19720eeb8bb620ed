import { findings, findingsDescriptivesCsv, findingsTestsCsv, measuresCsv, parseCsv, round } from '@advice-kit/study';
import { describe, expect, it } from 'vitest';
import { playedSession, susFor, type TaskPlay } from './logs.js';

const play = (sus: number, option = 'month', seconds = 60, likert = 5): TaskPlay => ({
  option,
  advice: 'month',
  correct: 'month',
  sus: susFor(sus),
  likert,
  seconds,
});

const table = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
};

describe('findings', () => {
  it('pairs each within-subject participant’s classic and interactive values and runs the signed-rank test on them', async () => {
    // Order A: classic first; order B: interactive first. SUS per variant:
    const susPairs: [number, number][] = [
      [50, 80],
      [60, 70],
      [40, 90],
      [70, 75],
      [55, 85],
      [65, 60],
      [45, 95],
    ];
    const logs = await Promise.all(
      susPairs.map(([classic, interactive], i) =>
        playedSession(
          `w${i}`,
          `P${i}`,
          { orderIndex: i % 2 },
          i % 2 === 0 ? [play(classic), play(interactive)] : [play(interactive), play(classic)],
        ),
      ),
    );
    // An abandoned session is left out.
    logs.push(await playedSession('gone', 'P99', { orderIndex: 1 }, [play(10), play(10)], 1));
    const f = findings(logs);
    expect([f.sessions, f.withinSessions, f.betweenSessions]).toEqual([7, 7, 0]);
    const sus = f.measures.find((m) => m.measure.id === 'sus');
    expect(sus?.values.classic).toEqual(susPairs.map(([c]) => c));
    expect(sus?.values.interactive).toEqual(susPairs.map(([, i]) => i));
    expect(sus?.byVariant.classic).toMatchObject({ n: 7, median: 55 });
    expect(sus?.between).toBeNull();
    // Differences interactive − classic: 30, 10, 50, 5, 30, −5, 50 → |d| ranks 5.5, 3, 6.5, 1.5, 5.5, 1.5, 6.5 (ties): W+ = 26.5.
    expect(sus?.within).toMatchObject({ test: 'wilcoxon-signed-rank', statistic: 26.5, n: 7, method: 'normal', tooSmall: false });
    expect(sus?.within?.effect).toBeCloseTo((26.5 - 1.5) / 28, 10);
    // The t interval of the interactive SUS scores would reach past 100: it stops at the scale's end.
    expect(sus?.byVariant.interactive.meanCi?.high).toBeLessThanOrEqual(100);
    const correct = f.measures.find((m) => m.measure.id === 'choice_correct');
    expect(correct?.byVariant.interactive.mean).toBe(1);
  });

  it('compares the groups of a between-subject design with Mann–Whitney U, and flags an n too small to say anything', async () => {
    const logs = [
      await playedSession('c1', 'C1', { variant: 'classic' }, [play(40), play(50)]),
      await playedSession('c2', 'C2', { variant: 'classic' }, [play(60), play(60)]),
      await playedSession('i1', 'I1', { variant: 'interactive' }, [play(80), play(90)]),
      await playedSession('i2', 'I2', { variant: 'interactive' }, [play(70), play(70)]),
    ];
    const f = findings(logs);
    const sus = f.measures.find((m) => m.measure.id === 'sus');
    expect(sus?.values).toEqual({ classic: [45, 60], interactive: [85, 70] });
    expect(sus?.within).toBeNull();
    // Interactive above classic in all 2 × 2 pairs: U = 4, exact p = 2 / C(4, 2) = 1/3; no 2 + 2 result can reach 0.05.
    expect(sus?.between).toMatchObject({ test: 'mann-whitney-u', statistic: 4, method: 'exact', effect: 1, tooSmall: true });
    expect(sus?.between?.p).toBeCloseTo(1 / 3, 12);
  });

  it('exports the findings and the measures rounded to the documented precision', async () => {
    const logs = [
      await playedSession('c1', 'C1', { variant: 'classic' }, [play(40, 'month', 61.23456, 4), play(50, 'day', 12.34567, 6)]),
      await playedSession('i1', 'I1', { variant: 'interactive' }, [play(80), play(90)]),
    ];
    const d = table(findingsDescriptivesCsv(findings(logs)));
    const time = d.find((r) => r.measure === 'time_to_decision_s' && r.variant === 'classic');
    expect(time?.mean).toBe('36.8'); // (61.235 + 12.346) / 2 = 36.7905 s
    const matches = d.find((r) => r.measure === 'choice_matches_advice' && r.variant === 'classic');
    expect(matches?.mean).toBe('0.5');
    const tests = table(findingsTestsCsv(findings(logs)));
    expect(tests.map((r) => [r.measure, r.design, r.test, r.too_small])).toContainEqual(['sus', 'single', 'mann-whitney-u', 'true']);
    // No binary noise anywhere: at most the documented decimals.
    for (const csv of [findingsDescriptivesCsv(findings(logs)), findingsTestsCsv(findings(logs)), measuresCsv(logs)]) {
      expect(csv).not.toMatch(/\d\.\d{5,}/);
    }
    // a1 = 4, a2 (reversed) = 8 − 4 → scored 4, dimension a = 4; mean over a three-item dimension would print 3.6666666666666665 unrounded.
    expect(round(11 / 3, 2)).toBe(3.67);
    expect(round(-0.0001, 2)).toBe(0);
    expect(round(2.675, 2)).toBe(2.68);
  });
});
