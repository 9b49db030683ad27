// One line per namespace (messages/<locale>/<namespace>.json), kept in alphabetical order.
// Add yours in BOTH messages/ko/index.ts and messages/en/index.ts; see docs/i18n.md.
export { default as common } from "./common.json";
export { default as errors } from "./errors.json";
export { default as header } from "./header.json";
