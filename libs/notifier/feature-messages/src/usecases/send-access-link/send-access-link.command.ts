/** InvitationIssued: write the invitation or sign-in link, minted by identity now. */
export interface SendAccessLinkCommand {
  eventId: string;
  invitationId: string;
  accountId: string;
  purpose: 'invitation' | 'sign_in_link';
}
