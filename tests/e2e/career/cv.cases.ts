import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { prefillCv, sampleCv, type CvContent } from '@passerelle/career/domain';
import {
  coachAssignedTo,
  enrol,
  expectGraphQLError,
  pdfText,
  waitFor,
  type GraphQLClient,
} from '@passerelle/shared/testing';
import type { CareerContext } from './career-context';

const VERSION_FIELDS = `id version layout identity { fullName email phone town } headline
  experiences { employer jobTitle start end lines } skills { label code source }
  trainings { title institution year } languages { language level } interests savedAt
  comments { id section line quotedLine text authorCoachId createdAt resolvedAt } pdfPath docxPath`;
const CV = `query C($id: ID!) { cv(candidateId: $id) { id candidateId current { ${VERSION_FIELDS} } versions { ${VERSION_FIELDS} } } }`;
const CREATE = `mutation M($input: CvInput!) { createCv(input: $input) { id current { id version headline } versions { version } } }`;
const SAVE = `mutation M($input: SaveCvVersionInput!) { saveCvVersion(input: $input) { id current { id version layout headline } versions { version } } }`;
const COMMENT = `mutation M($input: CommentCvLineInput!) { commentCvLine(input: $input) { id section line quotedLine text authorCoachId resolvedAt } }`;
const RESOLVE = `mutation M($id: ID!) { resolveCvComment(commentId: $id) { id resolvedAt } }`;
const EXPORT = `query X($id: ID!) { exportPersonalData(candidateId: $id) { complete services { service answered sections { name records } } } }`;
const ERASE = `mutation E($id: ID!) { eraseCandidate(candidateId: $id) { candidateId } }`;
const TAILOR = `query T($id: ID!, $skills: [CvOfferSkillInput!]!) { cv(candidateId: $id) { current { tailoring(offerSkills: $skills) { shown { code label } missing { code label } coverage } } } }`;

// What the platform knows of the person, in ONE query over the federated Candidate (decision 0031).
const SOURCES = `query S($id: ID!) { candidate(id: $id) {
  firstName lastName email phone formerJobTitle hireDate contractEndDate languages
  programme { sponsor { name } }
  recommendations { sharedSkills { code label } }
  assessments { status profile { skills { top { skillCode label rating } } } }
} }`;

interface Sources {
  candidate: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string | null;
    formerJobTitle: string | null;
    hireDate: string | null;
    contractEndDate: string | null;
    languages: string[];
    programme: { sponsor: { name: string } };
    recommendations: { sharedSkills: { code: string; label: string }[] }[];
    assessments: {
      status: string;
      profile: {
        skills: { top: { skillCode: string | null; label: string; rating: number }[] } | null;
      } | null;
    }[];
  };
}

/** A CV as GraphQL's CvInput: enums upper case. */
const cvInput = (candidateId: string, content: CvContent, layout = 'CLASSIQUE') => ({
  candidateId,
  layout,
  ...content,
  skills: content.skills.map((skill) => ({ ...skill, source: skill.source.toUpperCase() })),
  languages: content.languages.map((language) => ({ ...language, level: language.level.toUpperCase() })),
});

/** The CV builder through the gateway: prefill, versions, comments, tailoring, files, and who sees what. */
export function cvCases(career: CareerContext): void {
  describe('the CV builder', () => {
    // One person with a CV for the whole group: Élodie, formerly cheffe de rang at the sponsor.
    let person: { candidateId: string; token: string };
    let me: GraphQLClient;
    let coach: GraphQLClient;
    let firstVersionId: string;
    let secondVersionId: string;
    let commentId: string;

    beforeAll(async () => {
      const ops = career.as(career.tokens.ops);
      const candidateId = await enrol(ops, {
        programmeId: career.programmeId,
        employeeNumber: `CV-${randomUUID().slice(0, 8)}`,
        firstName: 'Élodie',
        lastName: 'Fénelon-Garçon',
        email: 'elodie.fenelon@example.fr',
        phone: '0612345678',
        formerJobTitle: 'Cheffe de rang',
        languages: ['fr', 'en'],
      });
      await coachAssignedTo(ops, candidateId);
      const token = await career.platform.token({
        sub: `p-${candidateId}`,
        role: 'candidate',
        candidate_id: candidateId,
      });
      person = { candidateId, token };
      me = career.as(token);
      coach = career.as(career.tokens.coach);
      const known = `query K($id: ID!) { cv(candidateId: $id) { id } }`;
      await waitFor(
        async () => {
          const [own, coached] = await Promise.all([
            me.request(known, { id: candidateId }),
            coach.request(known, { id: candidateId }),
          ]);
          return !own.body.errors && !coached.body.errors;
        },
        { what: `career to know ${candidateId} and their coach`, timeoutMs: 30_000 },
      );
    });

    it('prefills the first version from one gateway query and saves it as version 1', async () => {
      const { candidate } = await me.ok<Sources>(SOURCES, { id: person.candidateId });
      const content = prefillCv({
        today: new Date().toISOString().slice(0, 10),
        person: candidate,
        formerEmployer: candidate.programme.sponsor.name,
        romeSkills: candidate.recommendations.flatMap((r) => r.sharedSkills),
        assessedSkills: candidate.assessments.flatMap(
          (a) =>
            a.profile?.skills?.top.map((s) => ({ code: s.skillCode, label: s.label, rating: s.rating })) ??
            [],
        ),
      });
      expect(content).toMatchObject({
        identity: {
          fullName: 'Élodie Fénelon-Garçon',
          email: 'elodie.fenelon@example.fr',
          phone: '0612345678',
        },
        headline: 'Cheffe de rang',
        languages: [
          { language: 'Français', level: 'native' },
          { language: 'Anglais', level: 'b1' },
        ],
      });
      const created = await me.ok<{
        createCv: { current: { id: string; version: number; headline: string } };
      }>(CREATE, { input: cvInput(person.candidateId, content) });
      expect(created.createCv.current).toMatchObject({ version: 1, headline: 'Cheffe de rang' });
      firstVersionId = created.createCv.current.id;
      const read = await coach.ok<{ cv: { current: { identity: unknown; languages: unknown } } }>(CV, {
        id: person.candidateId,
      });
      expect(read.cv.current).toMatchObject({
        identity: { fullName: 'Élodie Fénelon-Garçon', town: null },
        languages: [
          { language: 'Français', level: 'NATIVE' },
          { language: 'Anglais', level: 'B1' },
        ],
      });
    });

    it('refuses a second first version (CV_ALREADY_EXISTS)', async () => {
      expectGraphQLError(
        await me.request(CREATE, { input: cvInput(person.candidateId, sampleCv()) }),
        'CV_ALREADY_EXISTS',
      );
    });

    it('saves each edit as a new version; the earlier one stays as it was', async () => {
      const saved = await me.ok<{
        saveCvVersion: { current: { id: string; version: number; layout: string } };
      }>(SAVE, { input: { cv: cvInput(person.candidateId, sampleCv(), 'MODERNE'), basedOnVersion: 1 } });
      expect(saved.saveCvVersion.current).toMatchObject({ version: 2, layout: 'MODERNE' });
      secondVersionId = saved.saveCvVersion.current.id;
      const { cv } = await me.ok<{ cv: { versions: { id: string; version: number; headline: string }[] } }>(
        CV,
        {
          id: person.candidateId,
        },
      );
      expect(cv.versions.map((v) => [v.id, v.version, v.headline])).toEqual([
        [firstVersionId, 1, 'Cheffe de rang'],
        [secondVersionId, 2, 'Cheffe de rang expérimentée, ouverte à la restauration collective'],
      ]);
    });

    it('refuses a save from a version that is no longer the current one (CV_VERSION_CHANGED)', async () => {
      expectGraphQLError(
        await coach.request(SAVE, {
          input: { cv: cvInput(person.candidateId, sampleCv()), basedOnVersion: 1 },
        }),
        'CV_VERSION_CHANGED',
        'version 2 was saved since version 1',
      );
    });

    it('refuses a CV whose dates are wrong, naming the field and the line', async () => {
      const cv = sampleCv();
      cv.experiences[1]!.end = '2010-01';
      cv.experiences[0]!.lines[1] = '';
      const error = expectGraphQLError(
        await me.request(SAVE, { input: { cv: cvInput(person.candidateId, cv), basedOnVersion: 2 } }),
        'BAD_USER_INPUT',
        'experiences[1].end: the end (2010-01) is before the start (2011-04)',
      );
      expect(error.extensions?.['fields']).toEqual([
        { field: 'experiences[0].lines[1]', message: 'line 2 is empty' },
        { field: 'experiences[1].end', message: 'the end (2010-01) is before the start (2011-04)' },
      ]);
    });

    it('lets the coach comment on a line; the person sees it and resolves it, once', async () => {
      const { commentCvLine } = await coach.ok<{ commentCvLine: { id: string } }>(COMMENT, {
        input: {
          versionId: secondVersionId,
          section: 'EXPERIENCES',
          line: 1,
          text: 'Précisez le nombre de couverts servis.',
        },
      });
      expect(commentCvLine).toMatchObject({
        section: 'EXPERIENCES',
        line: 1,
        quotedLine: 'Accueil et conseil de 120 couverts par service',
        authorCoachId: career.coachId,
        resolvedAt: null,
      });
      commentId = commentCvLine.id;
      const { cv } = await me.ok<{
        cv: { current: { comments: { id: string; text: string }[] }; versions: { comments: unknown[] }[] };
      }>(CV, { id: person.candidateId });
      expect(cv.current.comments).toEqual([
        expect.objectContaining({ id: commentId, text: 'Précisez le nombre de couverts servis.' }),
      ]);
      expect(cv.versions[0]!.comments).toEqual([]);
      const resolved = await me.ok<{ resolveCvComment: { resolvedAt: string | null } }>(RESOLVE, {
        id: commentId,
      });
      expect(resolved.resolveCvComment.resolvedAt).not.toBeNull();
      expectGraphQLError(await me.request(RESOLVE, { id: commentId }), 'CV_COMMENT_ALREADY_RESOLVED');
    });

    it('refuses a comment from the person (CV_COACH_ONLY) and on a line the section lacks', async () => {
      expectGraphQLError(
        await me.request(COMMENT, {
          input: { versionId: secondVersionId, section: 'HEADLINE', line: 0, text: 'x' },
        }),
        'CV_COACH_ONLY',
      );
      const error = expectGraphQLError(
        await coach.request(COMMENT, {
          input: { versionId: secondVersionId, section: 'SKILLS', line: 3, text: 'x' },
        }),
        'BAD_USER_INPUT',
        'the skills section of this version has lines 0 to 2, not 3',
      );
      expect(error.extensions?.['fields']).toEqual([
        { field: 'line', message: 'the skills section of this version has lines 0 to 2, not 3' },
      ]);
    });

    it('tells which of an offer’s skills the CV shows and which it lacks', async () => {
      const { cv } = await me.ok<{ cv: { current: { tailoring: unknown } } }>(TAILOR, {
        id: person.candidateId,
        skills: [
          { code: '100012', label: 'Accueillir une clientèle' },
          { label: 'GESTION D’UNE EQUIPE' },
          { label: 'Sommellerie' },
        ],
      });
      expect(cv.current.tailoring).toEqual({
        shown: [
          { code: '100012', label: 'Accueillir une clientèle' },
          { code: null, label: 'GESTION D’UNE EQUIPE' },
        ],
        missing: [{ code: null, label: 'Sommellerie' }],
        coverage: 2 / 3,
      });
    });

    describe('as files through the gateway, in French with accents', () => {
      const file = (path: string, token: string) =>
        fetch(`${new URL(career.platform.gatewayUrl).origin}${path}`, {
          headers: { authorization: `Bearer ${token}` },
        });

      it('gives the person the PDF of a version', async () => {
        const response = await file(`/cvs/${secondVersionId}.pdf`, person.token);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        expect(response.headers.get('content-disposition')).toBe(
          'attachment; filename="cv-elodie-fenelon-garcon-v2.pdf"',
        );
        const { text } = pdfText(Buffer.from(await response.arrayBuffer()));
        for (const expected of [
          'Cheffe de rang — Brasserie Lumière',
          'avril 2011 – août 2015',
          'Expérience professionnelle',
          'Français : Langue maternelle',
          'Randonnée en Ardèche',
        ])
          expect(text).toContain(expected);
      });

      it('gives the coach the Word file, in another layout on request', async () => {
        const response = await file(`/cvs/${secondVersionId}.docx?layout=classique`, career.tokens.coach);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        );
        const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
        const xml = await zip.file('word/document.xml')!.async('string');
        for (const expected of [
          'Élodie Fénelon-Garçon',
          'EXPÉRIENCE PROFESSIONNELLE',
          'Hygiène et sécurité alimentaire (HACCP)',
          'CAP Restaurant, Lycée hôtelier François-Rabelais (2010)',
        ])
          expect(xml).toContain(expected);
      });

      it('refuses an unknown version (404) and a bad format or layout (400), naming the field', async () => {
        expect((await file(`/cvs/${randomUUID()}.pdf`, person.token)).status).toBe(404);
        const layout = await file(`/cvs/${secondVersionId}.pdf?layout=fantaisie`, person.token);
        expect(layout.status).toBe(400);
        expect(await layout.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'layout' }] });
        expect((await file(`/cvs/${secondVersionId}.odt`, person.token)).status).toBe(404);
      });

      it.each(['otherCoach', 'ops', 'opsAll', 'sponsor', 'committee'] as const)(
        'refuses the file to %s (403)',
        async (who) => {
          const response = await file(`/cvs/${secondVersionId}.pdf`, career.tokens[who]);
          expect(response.status).toBe(403);
        },
      );
    });

    // The role matrix: every CV field and mutation, for each role. The person and their coach are
    // answered above; everyone else is refused with FORBIDDEN (the access guard for sponsor HR and
    // committee members, career's rule for another coach and ops), never given an empty answer.
    describe.each(['otherCoach', 'ops', 'opsAll', 'sponsor', 'committee'] as const)('for %s', (who) => {
      const client = () => career.as(career.tokens[who]);

      it.each<[string, () => [string, Record<string, unknown>]]>([
        ['cv', () => [CV, { id: person.candidateId }]],
        ['cv.current.tailoring', () => [TAILOR, { id: person.candidateId, skills: [{ label: 'Accueil' }] }]],
        ['createCv', () => [CREATE, { input: cvInput(randomUUID(), sampleCv()) }]],
        [
          'saveCvVersion',
          () => [SAVE, { input: { cv: cvInput(person.candidateId, sampleCv()), basedOnVersion: 2 } }],
        ],
        [
          'commentCvLine',
          () => [COMMENT, { input: { versionId: secondVersionId, section: 'HEADLINE', line: 0, text: 'x' } }],
        ],
        ['resolveCvComment', () => [RESOLVE, { id: commentId }]],
      ])('refuses %s (FORBIDDEN)', async (_, call) => {
        const [query, variables] = call();
        expectGraphQLError(await client().request(query, variables), 'FORBIDDEN');
      });
    });

    // Last: it erases the person.
    describe('in the person’s export, and erased with them', () => {
      it('puts the CV, its versions, the comment and the downloads in the export', async () => {
        const { exportPersonalData } = await me.ok<{
          exportPersonalData: {
            complete: boolean;
            services: { service: string; sections: { name: string; records: number }[] }[];
          };
        }>(EXPORT, { id: person.candidateId });
        expect(exportPersonalData.complete).toBe(true);
        const sections = exportPersonalData.services.find((part) => part.service === 'career')?.sections;
        expect(sections?.filter((section) => section.name.startsWith('cv'))).toEqual([
          { name: 'cv', records: 1 },
          { name: 'cvVersions', records: 2 },
          { name: 'cvComments', records: 1 },
          { name: 'cvDownloads', records: 2 },
        ]);
      });

      it('removes all of it from career when ops erase the person', async () => {
        await career.as(career.tokens.ops).ok(ERASE, { id: person.candidateId });
        const sql = new Client({ connectionString: career.platform.databaseUrls['career'] });
        await sql.connect();
        try {
          await waitFor(
            async () => {
              const { rows } = await sql.query<{ n: number }>(
                `SELECT (SELECT count(*)::int FROM career_cv WHERE candidate_id = $1)
                      + (SELECT count(*)::int FROM career_cv_version WHERE id = ANY($2))
                      + (SELECT count(*)::int FROM career_cv_comment WHERE cv_version_id = ANY($2))
                      + (SELECT count(*)::int FROM career_cv_download WHERE cv_version_id = ANY($2)) AS n`,
                [person.candidateId, [firstVersionId, secondVersionId]],
              );
              return rows[0]!.n === 0;
            },
            { what: `career to erase ${person.candidateId}'s CV`, timeoutMs: 30_000 },
          );
        } finally {
          await sql.end();
        }
      });
    });
  });
}
