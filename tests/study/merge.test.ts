import { exportJson, findings, mergeExports, type SessionLog, type StudyExport } from '@advice-kit/study';
import { describe, expect, it } from 'vitest';
import { playedSession, susFor } from './logs.js';

const play = (option: string, sus: number) => ({ option, advice: 'month', correct: 'month', sus: susFor(sus), likert: 5, seconds: 60 });

describe('merging exports from several laptops', () => {
  it('merges three exports, one session on two laptops: deduplicated by session id, a continuation taken, damage and conflicts reported', async () => {
    const p1 = await playedSession('s-p1', 'P01', { orderIndex: 0 }, [play('month', 50), play('month', 80)]);
    const p2 = await playedSession('s-p2', 'P02', { orderIndex: 1 }, [play('day', 70), play('month', 60)]);
    const p3 = await playedSession('s-p3', 'P03', { variant: 'classic' }, [play('month', 40), play('saldo', 45)]);
    const p3early: SessionLog = { session: p3.session, events: p3.events.slice(0, 3) };
    // Laptop A exported P01 and an early state of P03; laptop B P02 and P01 again; laptop C P03 complete.
    const laptopA = { name: 'laptop-a.json', text: exportJson([p1, p3early]) };
    const laptopB = { name: 'laptop-b.json', text: exportJson([p2, p1]) };
    const laptopC = { name: 'laptop-c.json', text: exportJson([p3]) };
    const merged = mergeExports([], [laptopA, laptopB, laptopC]);
    expect(merged.logs.map((l) => [l.session.participant, l.events.length])).toEqual([
      ['P01', p1.events.length],
      ['P03', p3.events.length],
      ['P02', p2.events.length],
    ]);
    expect(merged.added).toEqual(['s-p1', 's-p3', 's-p2']);
    expect(merged.duplicates).toEqual(['s-p1']);
    expect(merged.extended).toEqual(['s-p3']); // the complete export of P03 carries on from laptop A's early one
    expect(merged.problems).toEqual([]);
    // The merged data gives the findings of all three.
    expect(findings(merged.logs).sessions).toBe(3);

    // Importing again into what is kept: nothing new, every session a duplicate.
    const again = mergeExports(merged.logs, [laptopB, laptopC]);
    expect(again.added).toEqual([]);
    expect(again.duplicates).toEqual(['s-p2', 's-p1', 's-p3']);
    // A later export of a session kept in an earlier state extends it.
    const later = mergeExports([p3early], [laptopC]);
    expect(later.extended).toEqual(['s-p3']);
    expect(later.logs[0]?.events).toEqual(p3.events);
  });

  it('reports a damaged log, a conflicting session and a file that is not an export, and keeps what it had', async () => {
    const p1 = await playedSession('s-p1', 'P01', { orderIndex: 0 }, [play('month', 50), play('month', 80)]);
    const json = JSON.parse(exportJson([p1])) as { sessions: { events: unknown[]; session: unknown }[] } & StudyExport;
    const gap = structuredClone(json);
    gap.sessions[0]?.events.splice(2, 1); // an event missing
    const renamed = structuredClone(json);
    const first = (x: typeof json) => x.sessions[0] as { events: { data: Record<string, unknown> }[]; session: { participant: string } };
    first(renamed).session.participant = 'P99';
    const rewritten = structuredClone(json);
    (first(rewritten).events[3] as { data: Record<string, unknown> }).data.option = 'saldo';
    const merged = mergeExports(
      [p1],
      [
        { name: 'gap.json', text: JSON.stringify(gap) },
        { name: 'renamed.json', text: JSON.stringify(renamed) },
        { name: 'rewritten.json', text: JSON.stringify(rewritten) },
        { name: 'notes.txt', text: 'P01 was nervous' },
        { name: 'other.json', text: '{"format":"something-else"}' },
      ],
    );
    expect(merged.logs).toEqual([p1]);
    expect(merged.problems.map((p) => [p.file, p.code, p.sessionId ?? null])).toEqual([
      ['gap.json', 'damaged', 's-p1'],
      ['renamed.json', 'conflict', 's-p1'],
      ['rewritten.json', 'conflict', 's-p1'],
      ['notes.txt', 'not-an-export', null],
      ['other.json', 'not-an-export', null],
    ]);
    expect(merged.problems[0]?.detail).toBe('event 3 is numbered 4: events are missing, doubled or out of order');
    expect(merged.problems[2]?.detail).toBe('the events differ from event 4 on');
  });
});
