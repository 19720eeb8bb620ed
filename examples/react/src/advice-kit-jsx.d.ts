/**
 * The <advice-*> tags in React's JSX, typed. React 19 passes a prop to a
 * custom element as a property when the element has one (`model`), else as
 * an attribute, and `on<event-name>` props become listeners for that event:
 * `onadvice-change` listens to `advice-change`, with its typed `detail`.
 * Copy this file into a React app that uses advice-kit.
 */
import type { AdviceModel } from '@advice-kit/core';
import type {
  AdviceChangeDetail,
  AdviceChartElement,
  AdviceErrorDetail,
  AdviceHandoffDetail,
  AdviceHandoffElement,
  AdviceModuleElement,
  AdviceQuestionsElement,
  AdviceResultElement,
  AdviceScenariosElement,
  AdviceStepDetail,
  AdviceTippingPointElement,
  AdviceViewDetail,
  AdviceWeightsElement,
} from '@advice-kit/elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** The advice-* events, as React 19 props. */
interface AdviceEventProps {
  'onadvice-change'?: (event: CustomEvent<AdviceChangeDetail>) => void;
  'onadvice-view'?: (event: CustomEvent<AdviceViewDetail>) => void;
  'onadvice-handoff'?: (event: CustomEvent<AdviceHandoffDetail>) => void;
  'onadvice-error'?: (event: CustomEvent<AdviceErrorDetail>) => void;
  'onadvice-step'?: (event: CustomEvent<AdviceStepDetail>) => void;
}

type Props<E extends HTMLElement, Own = object> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & AdviceEventProps & Own;

interface Heading {
  'heading-level'?: number;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'advice-module': Props<
        AdviceModuleElement,
        {
          model?: AdviceModel;
          locale?: 'nl' | 'en';
          'url-state'?: boolean;
          layout?: 'all' | 'stepwise';
          timeout?: number;
          'explore-factors'?: string;
        }
      >;
      'advice-questions': Props<AdviceQuestionsElement, Heading & { layout?: 'all' | 'stepwise' }>;
      'advice-result': Props<AdviceResultElement, Heading>;
      'advice-weights': Props<AdviceWeightsElement, Heading & { max?: number; step?: number }>;
      'advice-tipping-point': Props<AdviceTippingPointElement, Heading & { factor: string }>;
      'advice-scenarios': Props<AdviceScenariosElement, Heading>;
      'advice-chart': Props<AdviceChartElement, Heading & { factor: string; criterion: string }>;
      'advice-handoff': Props<AdviceHandoffElement, Heading>;
    }
  }
}
