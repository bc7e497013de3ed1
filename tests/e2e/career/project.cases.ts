import type { CareerContext } from './career-context';

const PROJECT = `query P($id: ID!) { professionalProject(candidateId: $id) { id candidateId current { version status } } }`;

/** The professional project through the gateway: the person's, their coach's, no one else's. */
export function projectCases(career: CareerContext): void {
  describe('the professional project', () => {
    it('the gateway answers the person about their project: none yet', async () => {
      const { candidateId, token } = await career.newPerson('Projet');
      expect((await career.as(token).request(PROJECT, { id: candidateId })).body).toEqual({
        data: { professionalProject: null },
      });
    });
  });
}
