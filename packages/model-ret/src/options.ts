/** The RET products the model compares: texts, links, and the tariff values and rules each rests on. */
import type { Text } from '@advice-kit/core';
import type { RetOptionId } from './situation.js';
import type { TariffKey } from './tariffs.js';

export interface OptionSpec {
  readonly id: RetOptionId;
  readonly label: Text;
  readonly description: Text;
  readonly link: string;
  /** Tariff values the cost can rest on (their sources become references). */
  readonly values: readonly TariffKey[];
  /** Sources for the rules and conditions. */
  readonly rules: readonly string[];
  /** What you give up with it (a clause after "maar"), and what it gives for its price (a sentence). */
  readonly drawback: Text;
  readonly benefit: Text;
}

export const OPTION_SPECS: readonly OptionSpec[] = [
  {
    id: 'saldo',
    label: { nl: 'Reizen op saldo', en: 'Pay as you go' },
    description: {
      nl: 'U betaalt per rit met uw OV-chipkaart of met OVpay (uw bankpas). U betaalt een vast bedrag per rit plus een bedrag per kilometer. Kinderen van 4 tot en met 11 jaar en 65-plussers krijgen 34% korting met een persoonlijke OV-chipkaart.',
      en: 'You pay per trip with your OV-chipkaart or with OVpay (your bank card). You pay a fixed amount per trip plus an amount per kilometre. Children aged 4 to 11 and people aged 65+ get 34% off with a personal OV-chipkaart.',
    },
    link: 'https://www.ret.nl',
    values: ['baseFare', 'kmRate', 'saldoAgeDiscount'],
    rules: ['treinreiziger-ovpay', 'ret-jaarverslag-2023', 'rijnmond-2019-ritprijs', 'ns-daluren'],
    drawback: { nl: 'u betaalt elke rit apart en let op uw saldo', en: 'you pay for every trip and keep an eye on your balance' },
    benefit: { nl: 'U betaalt niets vooruit en kunt elk moment stoppen.', en: 'You pay nothing in advance and can stop at any moment.' },
  },
  {
    id: 'discount',
    label: { nl: 'Kortingsabonnement', en: 'Discount subscription' },
    description: {
      nl: 'U betaalt een klein bedrag per maand en krijgt korting op elke rit op saldo, zoals bij Altijd Korting.',
      en: 'You pay a small amount per month and get a discount on every pay-as-you-go trip, like Altijd Korting.',
    },
    link: 'https://www.htm.nl',
    values: ['discountFee', 'discountRateAdult', 'discountRateYouth', 'discountRateReduced', 'baseFare', 'kmRate'],
    rules: ['ns-daluren'],
    drawback: {
      nl: 'u betaalt elke maand een vast bedrag, ook als u weinig reist',
      en: 'you pay a fixed amount every month, even when you travel little',
    },
    benefit: {
      nl: 'U krijgt korting op elke rit en kunt per maand stoppen.',
      en: 'You get a discount on every trip and can stop every month.',
    },
  },
  {
    id: 'month',
    label: { nl: 'Maandabonnement', en: 'Monthly subscription' },
    description: {
      nl: 'Een maand onbeperkt reizen met de bus, tram en metro van RET. U kiest zelf de dag waarop het begint.',
      en: 'A month of unlimited travel on RET bus, tram and metro. You choose the day it starts.',
    },
    link: 'https://www.ret.nl',
    values: ['monthPrice', 'subscriptionReduction'],
    rules: ['htm-regio-abonnement'],
    drawback: { nl: 'u betaalt een maand vooruit', en: 'you pay a month in advance' },
    benefit: {
      nl: 'U reist onbeperkt, hoeft niet op uw saldo te letten en kunt elke maand stoppen.',
      en: 'You travel as much as you like, need not watch your balance and can stop every month.',
    },
  },
  {
    id: 'year',
    label: { nl: 'Jaarabonnement', en: 'Annual subscription' },
    description: {
      nl: 'Een jaar onbeperkt reizen met de bus, tram en metro van RET. Goedkoper per maand, maar u zit een jaar vast.',
      en: 'A year of unlimited travel on RET bus, tram and metro. Cheaper per month, but you are committed for a year.',
    },
    link: 'https://www.ret.nl',
    values: ['monthPrice', 'subscriptionReduction', 'yearMonths'],
    rules: ['htm-regio-abonnement'],
    drawback: { nl: 'u betaalt een jaar vooruit en zit een jaar vast', en: 'you pay a year in advance and are committed for a year' },
    benefit: { nl: 'U reist een jaar lang onbeperkt.', en: 'You travel as much as you like for a whole year.' },
  },
  {
    id: 'day',
    label: { nl: 'Dagkaart op reisdagen', en: 'Day tickets on travel days' },
    description: {
      nl: 'Op elke dag dat u reist, koopt u een dagkaart (RET 1 dag). Daarmee reist u die dag onbeperkt in het hele RET-net.',
      en: 'On every day you travel, you buy a day ticket (RET 1 dag). With it you travel as much as you like that day on the whole RET network.',
    },
    link: 'https://www.ret.nl',
    values: ['dayTicket'],
    rules: [],
    drawback: { nl: 'u koopt op elke reisdag een kaartje', en: 'you buy a ticket on every travel day' },
    benefit: {
      nl: 'U betaalt niets vooruit en reist op uw reisdagen onbeperkt.',
      en: 'You pay nothing in advance and travel as much as you like on your travel days.',
    },
  },
  {
    id: 'free',
    label: { nl: 'Gratis reizen (Rotterdam)', en: 'Free travel (Rotterdam)' },
    description: {
      nl: 'Inwoners van Rotterdam van 4 tot en met 11 jaar en van 65 jaar en ouder reizen gratis met de bus, tram en metro van RET. U moet het wel aanvragen.',
      en: 'Rotterdam residents aged 4 to 11 and aged 65 and over travel free on RET bus, tram and metro. You do have to apply.',
    },
    link: 'https://www.rotterdam.nl/gratis-ov-voor-kinderen-4-tot-12-jaar-aanvragen',
    values: [],
    rules: ['rotterdam-gratis-ov-kinderen', 'nltimes-2021', 'nieuws-2022-gratis-ov'],
    drawback: { nl: 'u moet het aanvragen en het geldt alleen bij RET', en: 'you have to apply and it is valid on RET only' },
    benefit: { nl: 'U betaalt niets.', en: 'You pay nothing.' },
  },
  {
    id: 'student',
    label: { nl: 'Studentenreisproduct', en: 'Student travel product' },
    description: {
      nl: 'Met de weekversie van het studentenreisproduct reist u op werkdagen gratis. In het weekend krijgt u korting.',
      en: 'With the week version of the student travel product you travel free on weekdays. At weekends you get a discount.',
    },
    link: 'https://www.ns.nl',
    values: ['studentWeekendDiscount', 'baseFare', 'kmRate'],
    rules: ['ns-studenten', 'onderwijsconsument'],
    drawback: { nl: 'in het weekend betaalt u per rit', en: 'at weekends you pay per trip' },
    benefit: { nl: 'Op werkdagen reist u gratis.', en: 'You travel free on weekdays.' },
  },
];
