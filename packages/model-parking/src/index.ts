/**
 * @advice-kit/model-parking — a second, illustrative advice model (a parking
 * permit, hourly parking or a visitor card in a made-up municipality; every
 * tariff an example). It shows that the engine and the elements serve any
 * model, and gives Storybook a second set of data.
 */
export { monthlyCost, paidHoursPerWeek, WEEKS_PER_MONTH } from './costs.js';
export { eligibility } from './eligibility.js';
export { parkingDefinition, parkingModel } from './model.js';
export { EXAMPLE_NOTE } from './notes.js';
export {
  PARKING_OPTION_IDS,
  PARKING_ZONES,
  type ParkingOptionId,
  type ParkingSituation,
  type ParkingZone,
  readParkingSituation,
} from './situation.js';
export { PARKING_TARIFFS, VISITOR_CARD_FEE_PER_MONTH, VISITOR_HOURS_PER_MONTH, WORK_FROM_HOME_HOURS_PER_WEEK } from './tariffs.js';
