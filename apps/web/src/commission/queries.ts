import { graphql } from './gql';

/** The programmes of the caller’s sponsors (intake's `programmes`, in their sponsors' scope). */
export const COMMISSION_PROGRAMMES = graphql(`
  query CommissionProgrammes {
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
