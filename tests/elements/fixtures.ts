import { type AdviceModel, type AdviceModelDefinition, type Assessments, defineModel, type ResolvedSituation } from '@advice-kit/core';

/**
 * A small model for element tests: a sports club membership. Paying per
 * visit costs €4 a visit; a monthly pass €40; a yearly pass €30 a month for
 * members only. Pay-per-visit and monthly cross at exactly 10 visits.
 */
export const clubDefinition: AdviceModelDefinition = {
  id: 'club',
  title: { nl: 'Sportabonnement', en: 'Gym membership' },
  factors: [
    {
      id: 'visits',
      kind: 'number',
      label: { nl: 'Hoe vaak sport u per maand?', en: 'How often do you work out a month?' },
      help: { nl: 'Tel elke keer dat u gaat.', en: 'Count every time you go.' },
      unit: { nl: 'keer per maand', en: 'times a month' },
      min: 0,
      max: 20,
      step: 1,
      default: 6,
    },
    {
      id: 'member',
      kind: 'boolean',
      label: { nl: 'Bent u lid van de club?', en: 'Are you a member of the club?' },
      default: false,
    },
    {
      id: 'region',
      kind: 'choice',
      label: { nl: 'Waar woont u?', en: 'Where do you live?' },
      choices: [
        { value: 'north', label: { nl: 'Noord', en: 'North' } },
        { value: 'south', label: { nl: 'Zuid', en: 'South' } },
      ],
      default: 'north',
    },
  ],
  criteria: [
    {
      id: 'cost',
      label: { nl: 'Kosten per maand', en: 'Cost a month' },
      direction: 'lower',
      range: { min: 0, max: 100 },
      format: { style: 'currency', currency: 'EUR' },
      defaultWeight: 3,
      primaryCost: true,
      costPeriod: 'month',
    },
    {
      id: 'flexibility',
      label: { nl: 'Flexibiliteit', en: 'Flexibility' },
      direction: 'higher',
      range: { min: 0, max: 10 },
      unit: { nl: 'punten', en: 'points' },
      defaultWeight: 1,
    },
  ],
  options: [
    {
      id: 'visit',
      label: { nl: 'Betalen per keer', en: 'Pay per visit' },
      description: { nl: '€ 4 per keer.', en: '€4 a visit.' },
      drawback: { nl: 'u betaalt elke keer apart', en: 'you pay every time' },
      benefit: { nl: 'U zit nergens aan vast.', en: 'You are not tied to anything.' },
    },
    {
      id: 'month',
      label: { nl: 'Maandpas', en: 'Monthly pass' },
      description: { nl: '€ 40 per maand.', en: '€40 a month.' },
      drawback: { nl: 'u betaalt een maand vooruit', en: 'you pay a month in advance' },
      benefit: { nl: 'U sport zo vaak u wilt.', en: 'You work out as often as you like.' },
    },
    {
      id: 'year',
      label: { nl: 'Jaarpas', en: 'Yearly pass' },
      description: { nl: '€ 30 per maand, alleen voor leden.', en: '€30 a month, members only.' },
    },
  ],
  scenarios: [
    { id: 'more', name: { nl: 'Vaker sporten', en: 'Working out more' }, overrides: { visits: { add: 6 } } },
    { id: 'join', name: { nl: 'Lid worden', en: 'Joining the club' }, overrides: { member: true } },
  ],
  references: [{ id: 'prices', label: { nl: 'Prijslijst 2024', en: 'Price list 2024' }, url: 'https://example.org/prices', year: 2024 }],
  assess(s: ResolvedSituation): Assessments {
    const visits = s.visits as number;
    return {
      visit: { eligible: true, values: { cost: 4 * visits, flexibility: 10 } },
      month: { eligible: true, values: { cost: 40, flexibility: 4 } },
      year: s.member
        ? { eligible: true, values: { cost: 30, flexibility: 0 } }
        : {
            eligible: false,
            reason: { nl: 'Alleen voor leden van de club.', en: 'Members of the club only.' },
            values: { cost: 30, flexibility: 0 },
          },
    };
  },
  breakpoints: () => [],
};

export const clubModel: AdviceModel = defineModel(clubDefinition);

/** The club model answering after `delay` ms. */
export function slowModel(delay: number): AdviceModel {
  return defineModel({
    ...clubDefinition,
    id: 'club-slow',
    assess: (s) => new Promise<Assessments>((resolve) => setTimeout(() => resolve(clubDefinition.assess(s) as Assessments), delay)),
  });
}

/** The club model failing until `fail.value` is set to false. */
export function failingModel(fail = { value: true }): AdviceModel & { fail: { value: boolean } } {
  return Object.assign(
    defineModel({
      ...clubDefinition,
      id: 'club-failing',
      assess: (s) => {
        if (fail.value) throw new Error('service unavailable');
        return clubDefinition.assess(s);
      },
    }),
    { fail },
  );
}

/** The club model where nothing is open to anyone. */
export const noneEligibleModel: AdviceModel = defineModel({
  ...clubDefinition,
  id: 'club-closed',
  assess: () => ({
    visit: { eligible: false, reason: 'Gesloten', values: {} },
    month: { eligible: false, reason: 'Gesloten', values: {} },
    year: { eligible: false, reason: 'Gesloten', values: {} },
  }),
});
