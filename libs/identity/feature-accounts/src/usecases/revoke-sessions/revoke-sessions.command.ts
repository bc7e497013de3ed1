/** End every session of an account (a lost phone, a departure): no refresh succeeds afterwards. */
export interface RevokeSessionsCommand {
  /** Null: the caller's own account. */
  accountId: string | null;
}
