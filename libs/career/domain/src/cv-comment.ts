import { CV_SECTIONS, cvSectionLines, type CvContent, type CvSection } from './cv';
import type { CvProblem } from './cv-validation';

/** How long a coach's comment may be. */
export const CV_COMMENT_LENGTH = 1000;

/** Where a comment points: a section of a version and one of its lines (0-based). */
export interface CvCommentAnchor {
  section: CvSection;
  line: number;
}

/**
 * What is wrong with a comment on a version: an unknown section, a line the section does not have
 * (the message says which lines it has), an empty or too long text. Empty: the comment can be saved,
 * quoting `cvSectionLines(content, section)[line]`.
 */
export function cvCommentProblems(content: CvContent, anchor: CvCommentAnchor, text: string): CvProblem[] {
  const problems: CvProblem[] = [];
  if (!(CV_SECTIONS as readonly string[]).includes(anchor.section))
    problems.push({
      field: 'section',
      message: `"${anchor.section}" is not a section (${CV_SECTIONS.join(', ')})`,
    });
  else {
    const lines = cvSectionLines(content, anchor.section);
    if (!Number.isInteger(anchor.line) || anchor.line < 0 || anchor.line >= lines.length)
      problems.push({
        field: 'line',
        message:
          lines.length === 0
            ? `the ${anchor.section} section of this version is empty`
            : `the ${anchor.section} section of this version has lines 0 to ${lines.length - 1}, not ${anchor.line}`,
      });
  }
  if (text.trim() === '') problems.push({ field: 'text', message: 'the comment is empty' });
  else if (text.length > CV_COMMENT_LENGTH)
    problems.push({
      field: 'text',
      message: `the comment is ${text.length} characters long; at most ${CV_COMMENT_LENGTH}`,
    });
  return problems;
}
