/** Who may use which product, and the reasons a person reads when they may not (nl and en). */
import { rank } from '@advice-kit/core';
import { RET_OPTION_IDS, retModel } from '@advice-kit/model-ret';
import { describe, expect, it } from 'vitest';
import { assessAt, both } from './helpers.js';

describe('free travel in Rotterdam', () => {
  it('is open to residents aged 4–11 and 65+', () => {
    for (const ageGroup of ['4-11', '65+']) {
      const a = assessAt({ ageGroup, rotterdamResident: true }).free;
      expect(a?.eligible).toBe(true);
      expect(a?.reason).toBeUndefined();
    }
  });

  it('says "alleen voor inwoners van Rotterdam van 65 jaar en ouder" to a 65-plusser from elsewhere', () => {
    const a = assessAt({ ageGroup: '65+', rotterdamResident: false }).free;
    expect(a?.eligible).toBe(false);
    expect(both(a?.reason)).toEqual({
      nl: 'Alleen voor inwoners van Rotterdam van 65 jaar en ouder.',
      en: 'Only for residents of Rotterdam aged 65 and over.',
    });
  });

  it('says it is only for Rotterdam children to a child from elsewhere', () => {
    const a = assessAt({ ageGroup: '4-11', rotterdamResident: false }).free;
    expect(a?.eligible).toBe(false);
    expect(both(a?.reason)).toEqual({
      nl: 'Alleen voor kinderen van 4 tot en met 11 jaar die in Rotterdam wonen.',
      en: 'Only for children aged 4 to 11 who live in Rotterdam.',
    });
  });

  it('names both age groups to anyone aged 12–64, resident or not', () => {
    for (const ageGroup of ['12-18', '19-64']) {
      for (const rotterdamResident of [true, false]) {
        const a = assessAt({ ageGroup, rotterdamResident }).free;
        expect(a?.eligible).toBe(false);
        expect(both(a?.reason)).toEqual({
          nl: 'Alleen voor inwoners van Rotterdam van 4 tot en met 11 jaar en van 65 jaar en ouder.',
          en: 'Only for residents of Rotterdam aged 4 to 11 or 65 and over.',
        });
      }
    }
  });

  it('notes the conditions for children, and that the conditions for 65+ were not found', () => {
    const child = both(assessAt({ ageGroup: '4-11' }).free?.notes?.[0]);
    expect(child.nl).toContain('samen met een volwassene');
    expect(child.nl).toContain('BOB-bus');
    expect(child.en).toContain('together with an adult');
    const senior = both(assessAt({ ageGroup: '65+' }).free?.notes?.[0]);
    expect(senior.nl).toContain('niet gevonden');
    expect(senior.en).toContain('did not find');
  });
});

describe('student travel product', () => {
  it('is open only to people who have it', () => {
    expect(assessAt({ student: true }).student?.eligible).toBe(true);
    const a = assessAt({ student: false }).student;
    expect(a?.eligible).toBe(false);
    expect(both(a?.reason).nl).toBe(
      'Alleen als u een studentenreisproduct heeft. Studenten in het mbo, hbo of aan de universiteit kunnen dat krijgen.',
    );
    expect(both(a?.reason).en).toBe(
      'Only if you have a student travel product. Students in vocational education, higher education or university can get one.',
    );
  });

  it('says which version is worked out and which travel days fall at the weekend', () => {
    const notes = assessAt({ student: true, daysPerWeek: 6 }).student?.notes?.map((n) => both(n).nl) ?? [];
    expect(notes[0]).toContain('weekversie');
    expect(notes[1]).toBe('We nemen aan dat 1 van uw 6 reisdagen in het weekend vallen.');
  });
});

describe('day tickets', () => {
  it('make no sense without trips', () => {
    const a = assessAt({ tripsPerWeek: 0 }).day;
    expect(a?.eligible).toBe(false);
    expect(both(a?.reason)).toEqual({
      nl: 'U maakt geen ritten. Een dagkaart heeft dan geen zin.',
      en: 'You make no trips, so a day ticket makes no sense.',
    });
    expect(a?.values).toEqual({});
  });

  it('need at least one travel day', () => {
    const a = assessAt({ tripsPerWeek: 4, daysPerWeek: 0 }).day;
    expect(a?.eligible).toBe(false);
    expect(both(a?.reason)).toEqual({
      nl: 'U heeft 0 reisdagen per week ingevuld. Een dagkaart koopt u per reisdag.',
      en: 'You entered 0 travel days a week. You buy a day ticket per travel day.',
    });
  });

  it('note the 65+ price that was abolished, and that no child price was found', () => {
    expect(assessAt({ ageGroup: '65+' }).day?.notes?.some((n) => both(n).nl?.includes('in 2020 afgeschaft'))).toBe(true);
    expect(assessAt({ ageGroup: '4-11' }).day?.notes?.some((n) => both(n).en?.includes('did not find a lower price'))).toBe(true);
  });
});

describe('everyone', () => {
  it('may always travel on saldo, with the discount subscription, or with a month or year subscription', () => {
    for (const ageGroup of ['4-11', '12-18', '19-64', '65+']) {
      for (const rotterdamResident of [true, false]) {
        const a = assessAt({ ageGroup, rotterdamResident, tripsPerWeek: 0, daysPerWeek: 0 });
        for (const id of ['saldo', 'discount', 'month', 'year']) {
          expect(a[id]?.eligible).toBe(true);
          expect(a[id]?.reason).toBeUndefined();
        }
      }
    }
  });

  it('assesses every option, with finite values on all three criteria when open', () => {
    const a = assessAt({ ageGroup: '65+', student: true, daysPerWeek: 7 });
    expect(Object.keys(a).sort()).toEqual([...RET_OPTION_IDS].sort());
    for (const id of RET_OPTION_IDS) {
      expect(a[id]?.eligible).toBe(true);
      for (const c of ['monthlyCost', 'flexibility', 'convenience']) expect(Number.isFinite(a[id]?.values[c])).toBe(true);
    }
  });

  it('explains the age discount and OVpay on saldo', () => {
    const nl = assessAt({ ageGroup: '65+' }).saldo?.notes?.map((n) => both(n).nl) ?? [];
    expect(nl[0]).toContain('persoonlijke OV-chipkaart');
    expect(nl[0]).toContain('OVpay');
    expect(nl[0]).toContain('34%');
  });

  it('ranks closed options last and passes their reasons on', async () => {
    const result = await rank(retModel, { ageGroup: '19-64', rotterdamResident: false });
    const free = result.ranking.find((o) => o.optionId === 'free');
    expect(free?.eligible).toBe(false);
    expect(both(free?.reason).nl).toContain('Alleen voor inwoners van Rotterdam');
    expect(result.ranking.slice(-2).map((o) => o.optionId)).toEqual(['free', 'student']);
  });
});
