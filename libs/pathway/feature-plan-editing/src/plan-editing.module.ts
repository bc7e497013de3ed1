import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  PathwayRepository,
  PathwayTemplateRepository,
  PlanReconciler,
  ProgrammeTermsRepository,
} from '@passerelle/pathway/data-access';
import { CandidatePathwayResolver } from './candidate-pathway.resolver';
import { PathwayAccess } from './pathway-access';
import { PathwayReader } from './pathway-reader';
import { PathwayResolver } from './pathway.resolver';
import { AddMilestoneHandler } from './usecases/add-milestone/add-milestone.handler';
import { CompleteMilestoneHandler } from './usecases/complete-milestone/complete-milestone.handler';
import { PlanEditor } from './usecases/plan-editor';
import { RedateMilestoneHandler } from './usecases/redate-milestone/redate-milestone.handler';
import { RemoveMilestoneHandler } from './usecases/remove-milestone/remove-milestone.handler';
import { ReorderMilestonesHandler } from './usecases/reorder-milestones/reorder-milestones.handler';

/** The plan as people read it (with the types the other areas share), then its edits. */
export const PLAN_TYPE_PATHS = [join(__dirname, 'plan.graphql')];
export const PLAN_EDITING_TYPE_PATHS = [join(__dirname, 'plan-editing.graphql')];
export const PLAN_EDITING_RESOLVERS = [CandidatePathwayResolver, PathwayResolver];

export const PLAN_EDITING_HANDLERS = [
  AddMilestoneHandler,
  RemoveMilestoneHandler,
  ReorderMilestonesHandler,
  RedateMilestoneHandler,
  CompleteMilestoneHandler,
];

/** A person's plan: who may read it, and the coach's five edits to it. */
@Module({
  imports: [CandidateScopeOwnEnrolmentsModule],
  providers: [
    PathwayRepository,
    PathwayTemplateRepository,
    ProgrammeTermsRepository,
    PlanReconciler,
    PlanEditor,
    ...PLAN_EDITING_HANDLERS,
    PathwayAccess,
    PathwayReader,
    ...PLAN_EDITING_RESOLVERS,
  ],
  exports: [...PLAN_EDITING_HANDLERS],
})
export class PlanEditingModule {}
