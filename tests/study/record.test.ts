import {
  type AdviceChangeLike,
  adviceChangeData,
  adviceDetailData,
  controlData,
  keepsValue,
  lastSnapshot,
  MemoryStorage,
  type NewStudyEvent,
  type StudyEvent,
  StudyRecorder,
} from '@advice-kit/study';
import { describe, expect, it } from 'vitest';

const change = (
  action: string,
  situation: Record<string, unknown>,
  weights: Record<string, number>,
  extra: Partial<AdviceChangeLike['state']> = {},
) =>
  ({
    action,
    state: { situation, weights, scenarios: [], activeScenario: null, ...extra },
    result: { best: 'month', runnerUp: 'saldo', margin: 0.12, holds: true },
  }) as AdviceChangeLike;

describe('what an advice-change keeps', () => {
  it('names the answers and weights that changed, the advice, and the whole situation and weights', () => {
    const first = adviceChangeData(change('answer', { trips: 4, km: 8 }, { cost: 60, flex: 20 }));
    expect(first.data.changedFactors).toEqual({ trips: 4, km: 8 });
    const second = adviceChangeData(change('answer', { trips: 5, km: 8 }, { cost: 60, flex: 20 }), first.snapshot);
    expect(second.data).toMatchObject({
      action: 'answer',
      changedFactors: { trips: 5 },
      changedWeights: {},
      best: 'month',
      runnerUp: 'saldo',
      margin: 0.12,
      holds: true,
      situation: { trips: 5, km: 8 },
      weights: { cost: 60, flex: 20 },
    });
    const third = adviceChangeData(change('weight', { trips: 5, km: 8 }, { cost: 40, flex: 20 }), second.snapshot);
    expect(third.data.changedWeights).toEqual({ cost: 40 });
    expect(third.data.changedFactors).toEqual({});
  });

  it("keeps 'not sure' ranges as {min, max}", () => {
    const { data } = adviceChangeData(change('answer', { trips: { min: 2, max: 6 } }, {}));
    expect(data.situation).toEqual({ trips: { min: 2, max: 6 } });
  });

  it("keeps a scenario's id and suggestion but never the name a participant typed", () => {
    const detail = change(
      'scenario-add',
      { trips: 4 },
      {},
      {
        scenarios: [{ id: 'sc-1', name: 'Mijn geheime plan', overrides: { trips: 2 }, suggestion: 'work-from-home' }],
        activeScenario: 'sc-1',
      },
    );
    const { data } = adviceChangeData(detail);
    expect(data).toMatchObject({ scenario: 'sc-1', suggestion: 'work-from-home', scenarioCount: 1, activeScenario: 'sc-1' });
    expect(JSON.stringify(data)).not.toContain('geheime');
  });

  it('finds the last situation in a log, so changes after a reload are told apart', () => {
    const events = [
      { type: 'advice-change', data: adviceChangeData(change('answer', { trips: 4 }, { cost: 1 })).data },
      { type: 'input', data: { control: 'x' } },
    ];
    expect(lastSnapshot(events)).toEqual({ situation: { trips: 4 }, weights: { cost: 1 } });
    expect(lastSnapshot([])).toBeUndefined();
  });
});

describe('what the other events keep', () => {
  it('keeps the plain values of advice-view, -handoff, -step and -error details', () => {
    expect(adviceDetailData('advice-view', { view: 'tipping-point', factorId: 'trips', extra: { x: 1 } })).toEqual({
      view: 'tipping-point',
      factorId: 'trips',
    });
    expect(adviceDetailData('advice-handoff', { action: 'copy-link', ok: true })).toEqual({ action: 'copy-link', ok: true });
    expect(adviceDetailData('advice-step', { step: 2, total: 6, factorId: 'km' })).toEqual({ step: 2, total: 6, factorId: 'km' });
    expect(adviceDetailData('advice-error', { error: { code: 'timeout', message: 'x' }, source: 'advice-result' })).toEqual({
      source: 'advice-result',
      code: 'timeout',
    });
  });

  it('keeps the values of choices, sliders and numbers, but not typed text', () => {
    expect(keepsValue({ tag: 'input', type: 'range', value: '40' })).toBe(true);
    expect(keepsValue({ tag: 'input', type: 'radio', value: '19-64' })).toBe(true);
    expect(keepsValue({ tag: 'select', value: 'x' })).toBe(true);
    expect(keepsValue({ tag: 'input', type: 'text', inputMode: 'decimal', value: '8,5' })).toBe(true);
    expect(keepsValue({ tag: 'input', type: 'text', inputMode: 'decimal', value: 'acht' })).toBe(false);
    expect(keepsValue({ tag: 'input', type: 'text', value: 'Verhuizen naar Delft' })).toBe(false);
    expect(keepsValue({ tag: 'textarea', value: '12' })).toBe(false);
    const text = controlData({ tag: 'input', type: 'text', id: 'scenario-name', value: 'Verhuizen naar Delft', host: 'advice-scenarios' });
    expect(text).toEqual({
      control: 'scenario-name',
      tag: 'input',
      type: 'text',
      id: 'scenario-name',
      name: null,
      host: 'advice-scenarios',
      value: null,
      valueKept: false,
    });
    expect(controlData({ tag: 'input', type: 'radio', name: 'ageGroup', value: '65+', checked: true })).toMatchObject({
      control: 'ageGroup',
      value: '65+',
      checked: true,
      valueKept: true,
    });
  });
});

/** A storage whose writes wait until released, to see what goes together. */
class SlowStorage extends MemoryStorage {
  readonly batches: number[] = [];
  private release: (() => void)[] = [];
  fail = false;
  override async appendAll(sessionId: string, events: readonly NewStudyEvent[]): Promise<StudyEvent[]> {
    this.batches.push(events.length);
    await new Promise<void>((resolve) => this.release.push(resolve));
    if (this.fail) throw new Error('disk full');
    return super.appendAll(sessionId, events);
  }
  releaseAll(): void {
    for (const r of this.release.splice(0)) r();
  }
}

describe('StudyRecorder', () => {
  it('writes the first event at once, groups what arrives during a write, keeps the order, and settles each once stored', async () => {
    const storage = new SlowStorage();
    let t = 100;
    const rec = new StudyRecorder({ storage, sessionId: 's', now: () => t++, taskIndex: () => 0 });
    const settled: number[] = [];
    const a = rec.record('task-start').then((e) => settled.push(e.seq));
    const b = rec.record('choice', { option: 'x' }).then((e) => settled.push(e.seq));
    const c = rec.record('questionnaire').then((e) => settled.push(e.seq));
    expect(rec.pending).toBe(3);
    expect(storage.batches).toEqual([1]);
    await Promise.resolve();
    expect(settled).toEqual([]);
    storage.releaseAll();
    await a;
    await new Promise((r) => setTimeout(r, 0));
    expect(storage.batches).toEqual([1, 2]);
    storage.releaseAll();
    await Promise.all([b, c]);
    await rec.flush();
    expect(settled).toEqual([1, 2, 3]);
    expect(rec.pending).toBe(0);
    const log = await storage.events('s');
    expect(log.map((e) => [e.seq, e.type, e.at, e.taskIndex])).toEqual([
      [1, 'task-start', 100, 0],
      [2, 'choice', 101, 0],
      [3, 'questionnaire', 102, 0],
    ]);
  });

  it('rejects and reports an event that could not be stored', async () => {
    const storage = new SlowStorage();
    storage.fail = true;
    const errors: unknown[] = [];
    const rec = new StudyRecorder({ storage, sessionId: 's', onError: (e) => errors.push(e) });
    const p = rec.record('choice');
    storage.releaseAll();
    await expect(p).rejects.toThrow('disk full');
    expect(errors).toHaveLength(1);
  });

  it('listens for the advice events on a target and tells changes apart from the log before a reload', async () => {
    const storage = new MemoryStorage();
    const before = new StudyRecorder({ storage, sessionId: 's', taskIndex: () => 0 });
    const target = new EventTarget();
    const stop = before.attach(target);
    target.dispatchEvent(new CustomEvent('advice-change', { detail: change('answer', { trips: 4, km: 8 }, { cost: 60 }) }));
    target.dispatchEvent(new CustomEvent('advice-view', { detail: { view: 'chart', factorId: 'trips', criterionId: 'cost' } }));
    await before.flush();
    stop();
    target.dispatchEvent(new CustomEvent('advice-view', { detail: { view: 'why' } }));

    // After a reload: a new recorder that knows the log.
    const after = new StudyRecorder({ storage, sessionId: 's', taskIndex: () => 0, previous: await storage.events('s') });
    after.attach(target);
    target.dispatchEvent(new CustomEvent('advice-change', { detail: change('answer', { trips: 4, km: 12 }, { cost: 60 }) }));
    target.dispatchEvent(new CustomEvent('advice-handoff', { detail: { action: 'print', ok: true } }));
    await after.flush();
    const log = await storage.events('s');
    expect(log.map((e) => e.type)).toEqual(['advice-change', 'advice-view', 'advice-change', 'advice-handoff']);
    expect(log[2]?.data.changedFactors).toEqual({ km: 12 });
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });
});
