/**
 * The greeting on the page a fan lands on after the account form: "Welcome
 * back" only for a fan who signed in to an account they already had, a
 * welcome to the new account for one who just made it (a new fan sent to
 * sign in from "Join the queue" was greeted as returning). Kept in memory:
 * the form navigates on the client, where the header's WelcomeNotice reads
 * it; a reload drops it, since a greeting is not worth repeating.
 */
import { useSyncExternalStore } from "react";

export type Greeting = "newAccount" | "returning";

let current: Greeting | null = null;
const listeners = new Set<() => void>();

function set(greeting: Greeting | null): void {
  current = greeting;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the form just before it navigates to where the fan was going. */
export function greetOnArrival(greeting: Greeting): void {
  set(greeting);
}

export function dismissGreeting(): void {
  set(null);
}

/** The pending greeting; none on the server, which cannot know it. */
export function useGreeting(): Greeting | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
