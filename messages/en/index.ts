// One line per namespace (messages/<locale>/<namespace>.json), kept in alphabetical order.
// Add yours in BOTH messages/ko/index.ts and messages/en/index.ts; see docs/i18n.md.
export { default as auth } from "./auth.json";
export { default as basket } from "./basket.json";
export { default as bookings } from "./bookings.json";
export { default as catalogue } from "./catalogue.json";
export { default as checkout } from "./checkout.json";
export { default as common } from "./common.json";
export { default as concerts } from "./concerts.json";

export { default as defence } from "./defence.json";
export { default as errors } from "./errors.json";
export { default as header } from "./header.json";
export { default as holds } from "./holds.json";
export { default as opening } from "./opening.json";
export { default as policy } from "./policy.json";
export { default as queue } from "./queue.json";
export { default as queueControls } from "./queueControls.json";
export { default as receipts } from "./receipts.json";
export { default as refunds } from "./refunds.json";
export { default as seats } from "./seats.json";
export { default as staff } from "./staff.json";
export { default as states } from "./states.json";
export { default as steps } from "./steps.json";
export { default as tickets } from "./tickets.json";
export { default as wallet } from "./wallet.json";
