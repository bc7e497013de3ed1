/** Send the invitation again (lost, expired): the earlier link stops working. */
export interface ResendInvitationCommand {
  accountId: string;
}
