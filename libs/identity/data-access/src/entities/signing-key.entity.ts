import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A key the provider signs tokens with (a private JWK, RS256). Made at the first start and kept, so
 * tokens stay verifiable across restarts and replicas; the JWKS publishes the public halves.
 */
@Entity({ name: 'signing_key' })
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'text' })
  kid!: string;

  @Column({ type: 'jsonb' })
  privateJwk!: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
