// Vitest runs domain code outside React's server graph; `server-only` guards
// client bundles there, so tests swap it for this empty module.
export {};
