import { questionnaireItems, scoreQuestionnaire, unanswered, validateQuestionnaire } from '@advice-kit/study';
import { describe, expect, it } from 'vitest';
import { questionnaire, small, tasks } from './fixtures.js';

describe("the demo's questionnaire.json and tasks.json", () => {
  it('is a valid questionnaire: items per dimension of personal service on 7 points, and the 10 SUS items on 5', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(questionnaire.dimensions.map((d) => d.label.nl)).toEqual(['Vertrouwen tot handelen', 'Autonomie', 'Individuele relevantie']);
    for (const d of questionnaire.dimensions) {
      expect(questionnaireItems(questionnaire).filter(({ item }) => item.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(2);
    }
    const sus = questionnaire.sections.find((s) => s.kind === 'sus');
    expect(sus?.items).toHaveLength(10);
    expect(sus?.scale.points).toBe(5);
  });

  it('has tasks with instructions in Dutch and English', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    for (const t of tasks) {
      expect(t.instructions.nl).toMatch(/Kies het reisproduct dat het beste bij u past/);
      expect(t.instructions.en).not.toBe('');
    }
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
  });
});

describe('validating a questionnaire', () => {
  it('finds duplicate ids, missing translations, unknown dimensions and a SUS that is not 10 items on 5 points', () => {
    const broken = {
      ...small,
      dimensions: [...small.dimensions, { id: 'a', label: { nl: 'A', en: '' } }],
      sections: [
        { ...small.sections[0], items: [...(small.sections[0]?.items ?? []), { id: 'a1', dimension: 'zzz', text: { nl: 'x', en: 'x' } }] },
        { ...small.sections[1], scale: { ...small.sections[1]?.scale, points: 7 }, items: small.sections[1]?.items.slice(0, 9) },
      ],
    };
    const paths = validateQuestionnaire(broken).map((p) => `${p.path}: ${p.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'dimensions[2].id: "a" is used twice',
        'dimensions[2].label: needs nl and en text',
        'sections[0].items[3].id: "a1" is used twice',
        'sections[0].items[3].dimension: must be one of the dimensions',
        'sections[1].items: SUS has 10 items, not 9',
        'sections[1].scale.points: SUS uses a 5-point scale',
      ]),
    );
    expect(validateQuestionnaire(null)).toHaveLength(1);
  });
});

describe('scoring a questionnaire', () => {
  it('takes the mean per dimension, turning reversed items round', () => {
    const answers = { a1: 6, a2: 2, b1: 3, ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`sus-${i + 1}`, 3])) };
    expect(scoreQuestionnaire(small, answers)).toEqual({ dimensions: { a: 6, b: 3 }, sus: 50 });
  });

  it('lists what is not answered, and gives no SUS score for a partial SUS', () => {
    const answers = { a1: 6, a2: 8, 'sus-1': 3 };
    expect(unanswered(small, answers)).toEqual(['a2', 'b1', ...Array.from({ length: 9 }, (_, i) => `sus-${i + 2}`)]);
    expect(scoreQuestionnaire(small, answers)).toEqual({ dimensions: { a: 6, b: null }, sus: null });
  });
});
