/** The notifier writes an invitation email and needs its link (decision 0018). */
export interface MintInvitationLinkCommand {
  invitationId: string;
  now: Date;
}
