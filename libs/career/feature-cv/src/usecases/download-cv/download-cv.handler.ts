import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { CareerAccessRepository, CvRepository } from '@passerelle/career/data-access';
import { renderCvDocx } from '../../export/render-cv-docx';
import { renderCvPdf } from '../../export/render-cv-pdf';
import { CvError, CvErrorCode, outOfScope } from '../../cv.error';
import type { DownloadCvCommand } from './download-cv.command';

export interface CvFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** "Élodie Fénelon-Garçon" as "elodie-fenelon-garcon", for a file name. */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'cv';

/**
 * A version of the person's CV as a PDF or a Word file, for the person or their coach, in its
 * layout (or another, to compare); each download written to the audit (who, which version, format).
 */
@Injectable()
export class DownloadCvHandler {
  constructor(
    private readonly access: CareerAccessRepository,
    private readonly cvs: CvRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: DownloadCvCommand): Promise<CvFile> {
    const found = await this.cvs.version(command.versionId);
    if (!found) throw new CvError(CvErrorCode.VersionNotFound, 'no such CV version');
    if (!(await this.access.accessTo(identity, found.cv.candidateId))) throw outOfScope();
    const { version } = found;
    const layout = command.layout ?? version.layout;
    const body =
      command.format === 'pdf'
        ? await renderCvPdf(version.content, layout)
        : await renderCvDocx(version.content, layout);
    await this.cvs.recordDownload({
      id: randomUUID(),
      cvVersionId: version.id,
      format: command.format,
      layout,
      subject: identity.subject,
      role: identity.role,
      downloadedAt: this.clock.now(),
    });
    return {
      fileName: `cv-${slug(version.content.identity.fullName)}-v${version.version}.${command.format}`,
      contentType: CONTENT_TYPES[command.format],
      body,
    };
  }
}
