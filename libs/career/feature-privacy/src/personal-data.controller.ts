import { BadRequestException, Controller, Get, Param, Query } from '@nestjs/common';
import { ServiceCallers } from '@passerelle/shared/auth';
import { readPersonalDataRequest, type ServicePersonalData } from '@passerelle/shared/contracts';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';

/**
 * Career's part of a person's data export (decision 0022): intake only, with its service token,
 * never through the gateway. 400 `BAD_USER_INPUT` naming the field for a malformed request.
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
    const read = readPersonalDataRequest({ candidateId, requestedBy, requestedByRole });
    if (!read.ok) throw new BadRequestException(read.problem);
    return this.exportPersonalData.execute(read.request);
  }
}
