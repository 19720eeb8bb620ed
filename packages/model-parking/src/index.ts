/**
 * @advice-kit/model-parking — a second, illustrative advice model (a parking
 * permit, hourly parking or a visitor card in a made-up municipality; every
 * tariff an example). It shows that the engine and the elements serve any
 * model, and gives Storybook a second set of data.
 */
export * from './model.js';
