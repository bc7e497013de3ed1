/**
 * The header row of a CSV file, read in the browser for the column-mapping screen (intake says
 * which fields it could not place, not the file's headers): UTF-8 (with or without its BOM), else
 * Windows-1252, as HR exports come; the separator is the one the first line uses most.
 */
export async function csvHeaders(file: File): Promise<string[] | null> {
  if (!/\.(csv|txt)$/i.test(file.name) && !file.type.includes('csv')) return null;
  const bytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const separator = [';', ',', '\t'].reduce((best, candidate) =>
    line.split(candidate).length > line.split(best).length ? candidate : best,
  );
  const headers: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      headers.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  headers.push(cell.trim());
  const named = headers.filter(Boolean);
  return named.length > 0 ? named : null;
}
