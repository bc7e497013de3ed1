import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@passerelle/shared/clock';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { languageOf } from '@passerelle/assessment/domain';
import type { AssessmentLanguage, AssessmentReport } from '@passerelle/assessment/graphql-types';
import { ReportService } from './report.service';

/** The report field of an assessment: the PDF inline, and where to download the same file. */
@Resolver('Assessment')
export class AssessmentReportResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly clock: Clock,
  ) {}

  @ResolveField('report')
  @Roles('candidate', 'coach', 'ops')
  async report(
    @Parent() parent: { id: string },
    @Args('language') language: AssessmentLanguage | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentReport | null> {
    const report = await this.reports.render(identity, parent.id, languageOf(language));
    return (
      report && {
        fileName: report.fileName,
        contentType: 'application/pdf',
        contentBase64: report.pdf.toString('base64'),
        downloadPath: `/reports/${parent.id}.pdf?lang=${languageOf(language)}`,
        generatedAt: this.clock.now(),
      }
    );
  }
}
