/** The questions the RET model asks: the factors of a traveller's situation, with their ranges and defaults. */
import type { Factor } from '@advice-kit/core';

export const FACTORS: readonly Factor[] = [
  {
    id: 'tripsPerWeek',
    kind: 'number',
    label: { nl: 'Hoeveel ritten maakt u per week?', en: 'How many trips do you make per week?' },
    help: {
      nl: 'Tel elke enkele reis als 1 rit. Heen en terug is dus 2 ritten.',
      en: 'Count every single journey as 1 trip. There and back is 2 trips.',
    },
    min: 0,
    max: 40,
    step: 1,
    default: 10,
    unit: { nl: 'ritten per week', en: 'trips per week' },
    unitOne: { nl: 'rit per week', en: 'trip per week' },
    format: { maximumFractionDigits: 0 },
  },
  {
    id: 'tripKm',
    kind: 'number',
    label: { nl: 'Hoe lang is een rit gemiddeld?', en: 'How long is a trip on average?' },
    help: {
      nl: 'De afstand in kilometers van instappen tot uitstappen. Weet u het niet precies? Een metrorit bij RET is gemiddeld ongeveer 6 km.',
      en: 'The distance in kilometres from getting on to getting off. Not sure? A RET metro trip is about 6 km on average.',
    },
    min: 1,
    max: 40,
    step: 0.5,
    default: 8,
    unit: { nl: 'km', en: 'km' },
    format: { maximumFractionDigits: 1 },
  },
  {
    id: 'offPeakShare',
    kind: 'number',
    label: { nl: 'Hoeveel van uw ritten maakt u in de daluren?', en: 'How many of your trips are off-peak?' },
    help: {
      nl: 'Daluren zijn op werkdagen voor 6.30 uur, van 9.00 tot 16.00 uur en na 18.30 uur, en het hele weekend. Bij RET kost een rit in de daluren volgens de tarieven die we vonden hetzelfde. Dit antwoord verandert de prijzen dus niet.',
      en: 'Off-peak is on weekdays before 6:30, from 9:00 to 16:00 and after 18:30, and all weekend. In the RET tariffs we found, an off-peak trip costs the same. So this answer does not change the prices.',
    },
    min: 0,
    max: 100,
    step: 5,
    default: 20,
    unit: { nl: '%', en: '%' },
    format: { maximumFractionDigits: 0 },
  },
  {
    id: 'ageGroup',
    kind: 'choice',
    label: { nl: 'Hoe oud bent u?', en: 'How old are you?' },
    help: {
      nl: 'Uw leeftijd bepaalt of u korting krijgt en of u gratis kunt reizen.',
      en: 'Your age decides whether you get a discount and whether you can travel free.',
    },
    choices: [
      { value: '4-11', label: { nl: '4 tot en met 11 jaar', en: '4 to 11 years' } },
      { value: '12-18', label: { nl: '12 tot en met 18 jaar', en: '12 to 18 years' } },
      { value: '19-64', label: { nl: '19 tot en met 64 jaar', en: '19 to 64 years' } },
      { value: '65+', label: { nl: '65 jaar of ouder', en: '65 or older' } },
    ],
    default: '19-64',
    changeable: false, // a fact, not a choice: never offered as a way to change the advice
  },
  {
    id: 'rotterdamResident',
    kind: 'boolean',
    label: { nl: 'Woont u in de gemeente Rotterdam?', en: 'Do you live in the municipality of Rotterdam?' },
    help: {
      nl: 'Kinderen van 4 tot en met 11 jaar en 65-plussers die in Rotterdam wonen, kunnen gratis reizen met RET.',
      en: 'Children aged 4 to 11 and people aged 65+ who live in Rotterdam can travel free on RET.',
    },
    default: true,
    changeable: false,
  },
  {
    id: 'student',
    kind: 'boolean',
    label: { nl: 'Heeft u een studentenreisproduct?', en: 'Do you have a student travel product?' },
    help: {
      nl: 'Studenten in het mbo, hbo of aan de universiteit kunnen een studentenreisproduct krijgen. Met de weekversie reist u op werkdagen gratis.',
      en: 'Students in vocational education, higher education or university can get a student travel product. With the week version you travel free on weekdays.',
    },
    default: false,
  },
  {
    id: 'daysPerWeek',
    kind: 'number',
    label: { nl: 'Op hoeveel dagen per week reist u?', en: 'On how many days a week do you travel?' },
    help: {
      nl: 'Tel de dagen waarop u minstens 1 rit maakt. Een dagkaart koopt u per reisdag. Dagen 6 en 7 zijn het weekend.',
      en: 'Count the days on which you make at least 1 trip. You buy a day ticket per travel day. Days 6 and 7 are the weekend.',
    },
    min: 0,
    max: 7,
    step: 1,
    default: 5,
    unit: { nl: 'dagen per week', en: 'days per week' },
    unitOne: { nl: 'dag per week', en: 'day per week' },
    format: { maximumFractionDigits: 0 },
  },
];
