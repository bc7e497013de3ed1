import { detectDelimiter, detectFileKind, detectTextEncoding, looksBinary } from './file-sniffing';

describe('file sniffing', () => {
  it.each([
    ['ASCII', Buffer.from('Nom;Prénom'.replace('é', 'e')), 'utf-8'],
    ['UTF-8', Buffer.from('Nom;Prénom', 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.from('\uFEFFNom;Prénom', 'utf8'), 'utf-8'],
    [
      'Windows-1252',
      Buffer.from([0x4e, 0x6f, 0x6d, 0x3b, 0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d]),
      'windows-1252',
    ],
    ['UTF-8 cut inside a character at the sample end', Buffer.from('Prénom', 'utf8').subarray(0, 4), 'utf-8'],
  ])('%s', (_name, bytes, expected) => expect(detectTextEncoding(bytes)).toBe(expected));

  it.each([
    ['Matricule;Nom;Prénom', ';'],
    ['Employee number,Last name,First name', ','],
    ['"Nom, usuel";Prénom;Email', ';'],
    ['a\tb\tc', '\t'],
    ['Matricule', ';'],
  ])('delimiter of %j is %j', (line, expected) => expect(detectDelimiter(line)).toBe(expected));

  it('tells a zip (XLSX) from text, and binary from text', () => {
    expect(detectFileKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1]))).toBe('xlsx');
    expect(detectFileKind(Buffer.from('Nom;'))).toBe('csv');
    expect(looksBinary(Buffer.from([0x41, 0x00, 0x42]))).toBe(true);
    expect(looksBinary(Buffer.from('Nom;Prénom\r\nA;B\r\n'))).toBe(false);
  });
});
