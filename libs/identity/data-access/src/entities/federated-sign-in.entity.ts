import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A sign-in handed to a firm's provider: what checks its answer (the state it returns, the PKCE
 * verifier, the nonce its ID token must carry) and the interaction to finish. Used once.
 */
@Entity({ name: 'federated_sign_in' })
export class FederatedSignInEntity {
  @PrimaryColumn({ type: 'text' })
  state!: string;

  @Column({ type: 'text' })
  interactionUid!: string;

  @Column({ type: 'text' })
  providerId!: string;

  @Column({ type: 'text' })
  codeVerifier!: string;

  @Column({ type: 'text' })
  nonce!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
