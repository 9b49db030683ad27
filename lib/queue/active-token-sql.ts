/**
 * The queue-token rule of a booking call, as SQL for the hold's statements
 * (lib/holds/hold-steps.ts): the caller's own token, for the seat's concert,
 * ACTIVE and not past its TTL. It is assertActiveToken's rule
 * (require-active-token.ts), which names the failure when this says no; a
 * test runs both over the same tokens on each database so they cannot drift.
 */
export const ACTIVE_TOKEN_SQL = `:token_user_id = :user AND :token_concert_id = :concert_id
    AND :token_status = 'ACTIVE' AND (:token_expires_at IS NULL OR :token_expires_at > :now)`;
