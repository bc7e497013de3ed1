import { graphql } from './gql';

/** The programmes of the member's sponsors (intake's `programmes`, in their sponsors' scope). */
export const COMMITTEE_PROGRAMMES = graphql(`
  query CommitteeProgrammes {
    programmes(first: 200) {
      nodes {
        id
        name
        status
        type
        startDate
        durationMonths
        sponsor {
          id
          name
        }
      }
    }
  }
`);
