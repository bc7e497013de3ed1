import { careerContext, type CareerContext } from './career/career-context';
import { applicationsCases } from './career/applications.cases';
import { journeyCases } from './career/journey.cases';
import { interviewPracticeCases } from './career/interview-practice.cases';
import { cvCases } from './career/cv.cases';
import { projectCases } from './career/project.cases';
import { startPlatform } from './platform-harness';

// The career service through the gateway (issue 18): the person's own job-search material, seen by
// the person and their coach only. One platform for every area; each area declares its cases in
// tests/e2e/career/<area>.cases.ts and is called once below.

const career = {} as CareerContext;

beforeAll(async () => {
  Object.assign(career, await careerContext(await startPlatform()));
});

afterAll(async () => {
  await career.platform?.stop();
});

projectCases(career);
applicationsCases(career);
journeyCases(career);
interviewPracticeCases(career);
cvCases(career);
