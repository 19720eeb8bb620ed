import { readFileSync } from 'node:fs';
import {
  ANSWER_COLUMNS,
  answersCsv,
  createSession,
  csvCell,
  EVENT_COLUMNS,
  eventsCsv,
  exportJson,
  MEASURE_COLUMNS,
  MemoryStorage,
  measuresCsv,
  parseCsv,
  type SessionLog,
  type StudyExport,
  StudyRecorder,
  taskMeasures,
} from '@advice-kit/study';
import { describe, expect, it } from 'vitest';
import { small, tasks } from './fixtures.js';

const SUS_BROOKE = [5, 4, 2, 1, 2, 3, 2, 4, 5, 2];

/** A whole session as the demo records it: two tasks, reload in the first, questionnaires after each. */
async function recordedSession(id: string, participant: string, orderIndex: number): Promise<SessionLog> {
  const storage = new MemoryStorage();
  const session = createSession({ participant, tasks, questionnaire: small, locale: 'nl', orderIndex, id, now: 1_700_000_000_000 });
  let t = 1_700_000_000_000;
  let task: number | null = null;
  const rec = new StudyRecorder({ storage, sessionId: id, now: () => (t += 1000), taskIndex: () => task });
  const target = new EventTarget();
  rec.attach(target);
  const change = (action: string, situation: Record<string, unknown>, weights: Record<string, number>, best: string) =>
    target.dispatchEvent(
      new CustomEvent('advice-change', {
        detail: { action, state: { situation, weights, scenarios: [], activeScenario: null }, result: { best } },
      }),
    );
  await rec.record('session-start', { participant });
  for (const [i, choice] of [
    [0, 'month'],
    [1, 'saldo'],
  ] as const) {
    task = i;
    await rec.record('task-start', { taskId: session.plan[i]?.task.id ?? '' });
    change('answer', { trips: 4 }, { cost: 60 }, 'saldo');
    change('answer', { trips: 10 }, { cost: 60 }, 'month');
    change('weight', { trips: 10 }, { cost: 30 }, 'month');
    change('scenario-add', { trips: 10 }, { cost: 30 }, 'month');
    target.dispatchEvent(new CustomEvent('advice-view', { detail: { view: 'tipping-point', factorId: 'trips' } }));
    // Task 1: the hand-off scrolled past (seen); task 2: a contact link followed (used).
    if (i === 0) target.dispatchEvent(new CustomEvent('advice-view', { detail: { view: 'handoff' } }));
    if (i === 1) target.dispatchEvent(new CustomEvent('advice-handoff', { detail: { action: 'contact', ok: true } }));
    if (i === 0) await rec.record('resume', { reason: 'reload' });
    if (i === 1) target.dispatchEvent(new CustomEvent('advice-view', { detail: { view: 'scenarios' } }));
    await rec.flush();
    await rec.record('choice', { option: choice, advice: 'month' });
    const answers: Record<string, number> = { a1: 7, a2: 1, b1: 4 };
    SUS_BROOKE.forEach((a, k) => {
      answers[`sus-${k + 1}`] = a;
    });
    await rec.record('questionnaire', { answers, locale: 'nl' });
  }
  task = null;
  await rec.record('session-end');
  return { session, events: await storage.events(id) };
}

const table = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
};

describe('derived measures', () => {
  it('counts per task: time to decision, answers, weights, scenarios, tipping points, reloads, and whether the choice is the advice', async () => {
    const { session, events } = await recordedSession('s1', 'P01', 0);
    const [first, second] = taskMeasures(session, events);
    expect(first).toMatchObject({
      taskId: 'commuter',
      variant: 'classic',
      answerChanges: 2,
      weightChanges: 1,
      scenariosExplored: 1,
      tippingPointViews: 1,
      scenariosCompared: false,
      reloads: 1,
      handoffSeen: true,
      handoffOpened: false,
      choice: 'month',
      advice: 'month',
      choiceMatchesAdvice: true,
      sus: 55,
      dimensions: { a: 7, b: 4 },
    });
    // task-start, 4 changes, two views, resume, choice: 8 seconds apart at one event a second.
    expect(first?.timeToDecisionMs).toBe(8000);
    expect(second).toMatchObject({
      taskId: 'nearly-65',
      variant: 'interactive',
      scenariosCompared: true,
      reloads: 0,
      handoffSeen: false,
      handoffOpened: true,
      choice: 'saldo',
      choiceMatchesAdvice: false,
    });
  });
});

describe('export', () => {
  it('writes RFC 4180 fields: quotes, commas and line breaks quoted; formulas defused; numbers as they are', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
    expect(parseCsv('a,"b,""c"""\r\n1,"x\ny"\r\n')).toEqual([
      ['a', 'b,"c"'],
      ['1', 'x\ny'],
    ]);
  });

  it('gives every event in both JSON and CSV, with the same ids, numbers, times, types and data', async () => {
    const logs = [await recordedSession('s1', 'P01', 0), await recordedSession('s2', '=P02', 1)];
    const json = JSON.parse(exportJson(logs, 1_800_000_000_000)) as StudyExport;
    expect(json.format).toBe('advice-kit-study');
    expect(json.exportedAt).toBe(new Date(1_800_000_000_000).toISOString());
    const rows = table(eventsCsv(logs));
    const events = json.sessions.flatMap((s) => s.events);
    expect(rows).toHaveLength(events.length);
    expect(events.length).toBe(logs.reduce((n, l) => n + l.events.length, 0));
    rows.forEach((row, i) => {
      const e = events[i] as (typeof events)[number];
      expect(row.event_id).toBe(e.id);
      expect(Number(row.seq)).toBe(e.seq);
      expect(Number(row.time_ms)).toBe(e.at);
      expect(row.time).toBe(new Date(e.at).toISOString());
      expect(row.type).toBe(e.type);
      expect(row.task_number).toBe(e.taskIndex === null ? '' : String(e.taskIndex + 1));
      expect(JSON.parse(row.data ?? '')).toEqual(e.data);
    });
    const weight = rows.find((r) => r.type === 'advice-change' && r.action === 'weight');
    expect([weight?.criterion, weight?.factor, weight?.best]).toEqual(['cost', '', 'month']);
    expect(rows.find((r) => r.type === 'choice')?.option).toBe('month');
    expect(new Set(rows.map((r) => r.participant))).toEqual(new Set(['P01', "'=P02"]));
    expect(json.sessions[1]?.session.participant).toBe('=P02');
  });

  it('gives one answers row per questionnaire item per task, agreeing with the JSON', async () => {
    const logs = [await recordedSession('s1', 'P01', 0)];
    const json = JSON.parse(exportJson(logs)) as StudyExport;
    const rows = table(answersCsv(logs));
    const answers = json.sessions[0]?.answers ?? [];
    expect(rows).toHaveLength(2 * 13);
    expect(answers).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const a = answers[i] as (typeof answers)[number];
      expect([row.item_id, Number(row.value), Number(row.scored), row.event_id]).toEqual([a.itemId, a.value, a.scored, a.eventId]);
    });
    expect(rows.find((r) => r.item_id === 'a2')?.scored).toBe('7');
    // `reversed` says which items are scored turned round: the marked ones, and SUS's even (negatively worded) items.
    const firstTask = rows.filter((r) => r.task_number === '1');
    expect(firstTask.filter((r) => r.reversed === 'true').map((r) => r.item_id)).toEqual([
      'a2',
      'sus-2',
      'sus-4',
      'sus-6',
      'sus-8',
      'sus-10',
    ]);
    expect(rows.find((r) => r.item_id === 'a1')?.item_text).toBe('a1, with "quotes", and a comma');
    const sus = rows.filter((r) => r.scale === 'sus' && r.task_number === '1').reduce((sum, r) => sum + Number(r.scored), 0);
    expect(sus * 2.5).toBe(55);
  });

  it('gives one measures row per task with a mean per dimension', async () => {
    const rows = table(measuresCsv([await recordedSession('s1', 'P01', 1)]));
    expect(rows.map((r) => [r.task_number, r.variant, r.order, r.sus, r.mean_a, r.choice_matches_advice])).toEqual([
      ['1', 'interactive', 'B', '55', '7', 'true'],
      ['2', 'classic', 'B', '55', '7', 'false'],
    ]);
  });

  it('documents every column in the package README', () => {
    const readme = readFileSync(new URL('../../packages/study/README.md', import.meta.url), 'utf8');
    for (const c of [...EVENT_COLUMNS, ...ANSWER_COLUMNS, ...MEASURE_COLUMNS]) {
      expect(c.description).not.toBe('');
      expect(readme, c.name).toContain(`\`${c.name}\``);
    }
  });
});

describe('package boundaries', () => {
  it('keeps the pure modules free of the DOM, so they run in Node', () => {
    for (const file of ['types', 'session', 'questionnaire', 'measures', 'record', 'export', 'storage']) {
      const text = readFileSync(new URL(`../../packages/study/src/${file}.ts`, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/\b(document|window|indexedDB|navigator|localStorage)\b|\bHTMLElement\b|from 'idb'/);
    }
  });
});
