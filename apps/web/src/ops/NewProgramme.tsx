import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import type { SignedInAccount } from '../shell/role-app';
import { Field } from '../ui/ui';
import { PROGRAMMES } from './Programmes';
import {
  EMPTY_TERMS,
  OfficeChoice,
  TermsFields,
  termsInput,
  termsProblems,
  type TermsDraft,
} from './ProgrammeForm';

const CREATE_SPONSOR = graphql(`
  mutation OpsCreateSponsor($input: CreateSponsorInput!) {
    createSponsor(input: $input) {
      id
      name
    }
  }
`);

const CREATE_PROGRAMME = graphql(`
  mutation OpsCreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
      status
    }
  }
`);

const NEW_SPONSOR = 'new';

/** A new programme: its sponsor (known or new), its name, the offices serving it, and its terms if signed. */
export function NewProgramme({ account }: { account: SignedInAccount }) {
  const { t, errorText } = useI18n();
  const { navigate } = useRouter();
  const known = useQuery(PROGRAMMES);
  const sponsors = [
    ...new Map((known.data?.programmes.nodes ?? []).map((p) => [p.sponsor.id, p.sponsor.name])).entries(),
  ];
  const [sponsorId, setSponsorId] = useState(NEW_SPONSOR);
  const [sponsorName, setSponsorName] = useState('');
  const [name, setName] = useState('');
  const [officeIds, setOfficeIds] = useState<string[]>(
    account.officeIds.length === 1 ? account.officeIds : [],
  );
  const [contracted, setContracted] = useState(true);
  const [terms, setTerms] = useState<TermsDraft>(EMPTY_TERMS);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [createSponsor, sponsorState] = useMutation(CREATE_SPONSOR);
  const [createProgramme, programmeState] = useMutation(CREATE_PROGRAMME, { refetchQueries: [PROGRAMMES] });
  const busy = sponsorState.loading || programmeState.loading;

  const problems = {
    sponsor: sponsorId === NEW_SPONSOR && !sponsorName.trim() ? t('ops.new.problem.sponsor') : null,
    name: !name.trim() ? t('ops.new.problem.name') : null,
    offices: officeIds.length === 0 ? t('ops.new.problem.offices') : null,
  };
  const termsWrong = contracted && Object.values(termsProblems(terms, t)).some(Boolean);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (Object.values(problems).some(Boolean) || termsWrong) return;
    try {
      let sponsor = sponsorId;
      if (sponsor === NEW_SPONSOR) {
        const created = await createSponsor({ variables: { input: { name: sponsorName.trim() } } });
        if (!created.data) throw created.error;
        sponsor = created.data.createSponsor.id;
        setSponsorId(sponsor);
      }
      const created = await createProgramme({
        variables: {
          input: {
            sponsorId: sponsor,
            name: name.trim(),
            officeIds,
            terms: contracted ? termsInput(terms) : null,
          },
        },
      });
      if (!created.data) throw created.error;
      navigate(`/programmes/${created.data.createProgramme.id}`);
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor="new-sponsor">{t('ops.new.sponsor')}</label>
        <select id="new-sponsor" value={sponsorId} onChange={(event) => setSponsorId(event.target.value)}>
          <option value={NEW_SPONSOR}>{t('ops.new.sponsor.new')}</option>
          {sponsors.map(([id, sponsor]) => (
            <option key={id} value={id}>
              {sponsor}
            </option>
          ))}
        </select>
      </div>
      {sponsorId === NEW_SPONSOR && (
        <Field
          id="new-sponsor-name"
          label={t('ops.new.sponsorName')}
          value={sponsorName}
          onChange={setSponsorName}
          problem={tried || sponsorName ? problems.sponsor : null}
          required
        />
      )}
      <Field
        id="new-name"
        label={t('ops.new.name')}
        hint={t('ops.new.name.hint')}
        value={name}
        onChange={setName}
        problem={tried ? problems.name : null}
        required
      />
      <OfficeChoice chosen={officeIds} onChange={setOfficeIds} problem={tried ? problems.offices : null} />
      <label className="option">
        <input
          type="checkbox"
          checked={contracted}
          onChange={(event) => setContracted(event.target.checked)}
        />
        {t('ops.new.contracted')}
      </label>
      {contracted ? (
        <TermsFields draft={terms} onChange={setTerms} showAll={tried} />
      ) : (
        <p className="muted">{t('ops.new.draft')}</p>
      )}
      {failure && (
        <p role="alert" className="failure">
          {failure}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('ops.saving') : t('ops.new.create')}
      </button>
    </form>
  );
}
