import { BadRequestException, Controller, Get, Param, Query } from '@nestjs/common';
import { ServiceCallers } from '@passerelle/shared/auth';
import { personalDataRequestSchema, type ServicePersonalData } from '@passerelle/shared/contracts';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';

/**
 * Matching's part of a person's data export (decision 0022): intake only, with its service
 * token, never through the gateway. 400 `BAD_USER_INPUT` naming the field for a malformed request.
 */
@Controller('internal/candidates')
export class PersonalDataController {
  constructor(private readonly exportPersonalData: ExportPersonalDataHandler) {}

  @Get(':candidateId/personal-data')
  @ServiceCallers('intake')
  personalData(
    @Param('candidateId') candidateId: string,
    @Query('requestedBy') requestedBy: string,
    @Query('requestedByRole') requestedByRole: string,
  ): Promise<ServicePersonalData> {
    const request = personalDataRequestSchema.safeParse({ candidateId, requestedBy, requestedByRole });
    if (!request.success) {
      throw new BadRequestException({
        error: 'BAD_USER_INPUT',
        message: request.error.issues.map((issue) => issue.message).join('; '),
        fields: request.error.issues.map((issue) => issue.path.join('.')),
      });
    }
    return this.exportPersonalData.execute(request.data);
  }
}
