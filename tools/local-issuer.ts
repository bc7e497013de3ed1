// Issues development tokens for the gateway, signed by the local issuer's key in .local/issuer.
//   npm run token -- --role ops --all-offices
//   npm run token -- --role ops --office <officeId> [--office <officeId>]
//   npm run token -- --role coach --coach <coachId> --office <officeId>
//   npm run token -- --role candidate --candidate <candidateId>
//   npm run token -- --role sponsor --sponsor <sponsorId>
//   npm run token -- --role committee --sponsor <sponsorId>   (a member of the commission de suivi)
// Options: --sub <name> (default: <role>-dev), --ttl <8h>, --dir <.local/issuer>
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueLocalToken, type IdentityClaims } from '@passerelle/shared/auth';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    sub: { type: 'string' },
    office: { type: 'string', multiple: true, default: [] },
    'all-offices': { type: 'boolean', default: false },
    candidate: { type: 'string' },
    coach: { type: 'string' },
    sponsor: { type: 'string', multiple: true, default: [] },
    ttl: { type: 'string', default: '8h' },
    dir: { type: 'string', default: join(__dirname, '..', '.local', 'issuer') },
  },
});

const sub = values.sub ?? `${values.role ?? 'unknown'}-dev`;
const claims = {
  sub,
  role: values.role,
  candidate_id: values.candidate,
  coach_id: values.coach,
  office_ids: values.office,
  all_offices: values['all-offices'],
  sponsor_ids: values.sponsor,
} as IdentityClaims;

issueLocalToken(values.dir, claims, values.ttl).then(
  (token) => console.log(token),
  (error: unknown) => {
    console.error(`cannot issue a token: ${(error as Error).message}`);
    process.exit(1);
  },
);
