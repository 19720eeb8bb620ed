import { scoreQuestionnaire, susContribution, susScore } from '@advice-kit/study';
import { describe, expect, it } from 'vitest';
import { questionnaire } from './fixtures.js';

describe('SUS scoring', () => {
  it('scores all answers 3 (neutral) as 50', () => {
    expect(susScore(Array(10).fill(3))).toBe(50);
  });

  it("scores Brooke's worked example (contributions 4 1 1 4 1 2 1 1 4 3, total 22) as 55", () => {
    // Brooke (1996), "SUS: a quick and dirty usability scale", the scored example form.
    const answers = [5, 4, 2, 1, 2, 3, 2, 4, 5, 2];
    expect(answers.map((a, i) => susContribution(i + 1, a))).toEqual([4, 1, 1, 4, 1, 2, 1, 1, 4, 3]);
    expect(susScore(answers)).toBe(55);
  });

  it('scores the best answers (agree with odd items, disagree with even ones) as 100 and the worst as 0', () => {
    expect(susScore([5, 1, 5, 1, 5, 1, 5, 1, 5, 1])).toBe(100);
    expect(susScore([1, 5, 1, 5, 1, 5, 1, 5, 1, 5])).toBe(0);
  });

  it('scores all 5s and all 1s as 50: agreeing with everything is not a good score', () => {
    expect(susScore(Array(10).fill(5))).toBe(50);
    expect(susScore(Array(10).fill(1))).toBe(50);
  });

  it('gives no score for a missing, fractional or out-of-range answer, or the wrong number of items', () => {
    expect(susScore([5, 1, 5, 1, 5, 1, 5, 1, 5])).toBeNull();
    expect(susScore([5, 1, 5, 1, 5, 1, 5, 1, 5, null])).toBeNull();
    expect(susScore([5, 1, 5, 1, 5, 1, 5, 1, 5, 0])).toBeNull();
    expect(susScore([5, 1, 5, 1, 5, 1, 5, 1, 5, 6])).toBeNull();
    expect(susScore([5, 1, 5, 1, 5, 1, 5, 1, 5, 1.5])).toBeNull();
  });

  it("scores the demo questionnaire's SUS section by item position", () => {
    const answers: Record<string, number> = {};
    [5, 4, 2, 1, 2, 3, 2, 4, 5, 2].forEach((a, i) => {
      answers[`sus-${i + 1}`] = a;
    });
    expect(scoreQuestionnaire(questionnaire, answers).sus).toBe(55);
  });
});
