import { mapBasinsToZones, placeKey } from './basin-zone-mapping';

const commune = (code: string, label: string, zoneCode: string, departmentCode: string) => ({
  code,
  label,
  zoneCode,
  departmentCode,
});

describe('placeKey', () => {
  it.each([
    ['ST GIRONS', 'saint girons'],
    ['Saint-Girons', 'saint girons'],
    ['MORTAGNE L AIGLE', 'mortagne l aigle'],
    ["L'Aigle", 'l aigle'],
    ['Châlons-en-Champagne', 'chalons en champagne'],
    ['STE MAXIME', 'sainte maxime'],
  ])('%s -> %s', (name, key) => expect(placeKey(name)).toBe(key));
});

describe('mapBasinsToZones', () => {
  const communes = [
    commune('28134', 'Dreux', '2406', '28'),
    commune('28001', 'Abondant', '2406', '28'),
    commune('28085', 'Chartres', '2404', '28'),
    commune('28002', 'Allonnes', '2404', '28'),
    commune('28003', 'Ardelles', '2404', '28'),
    commune('03310', 'Vichy', '8401', '03'),
    commune('03095', 'Cusset', '8401', '03'),
    commune('61214', "L'Aigle", '2803', '61'),
    commune('61293', 'Mortagne-au-Perche', '2804', '61'),
    commune('51108', 'Châlons-en-Champagne', '4408', '51'),
    commune('09261', 'Saint-Girons', '7609', '09'),
    commune('09225', 'Pamiers', '7610', '09'),
  ];
  const zones = [{ code: '2804', label: 'Mortagne-au-Perche' }];

  it.each<[string, string, string, { zoneCode: string; weight: number; method: string }[]]>([
    ['a town of the department', 'DREUX', '28', [{ zoneCode: '2406', weight: 1, method: 'name' }]],
    ['"BASSIN" dropped', 'BASSIN DREUX', '28', [{ zoneCode: '2406', weight: 1, method: 'name' }]],
    ['"ST" read as saint', 'ST GIRONS', '09', [{ zoneCode: '7609', weight: 1, method: 'name' }]],
    ['two towns of one zone', 'VICHY CUSSET', '03', [{ zoneCode: '8401', weight: 1, method: 'name' }]],
    [
      'the longest run naming a town wins',
      'MORTAGNE L AIGLE',
      '61',
      [{ zoneCode: '2803', weight: 1, method: 'name' }],
    ],
    [
      'two towns of two zones: split evenly',
      'DREUX CHARTRES',
      '28',
      [
        { zoneCode: '2404', weight: 0.5, method: 'name' },
        { zoneCode: '2406', weight: 0.5, method: 'name' },
      ],
    ],
    ['the start of a town name', 'CHALONS', '51', [{ zoneCode: '4408', weight: 1, method: 'name' }]],
    [
      'no town named: shared by commune count',
      'BEAUCE NORD',
      '28',
      [
        { zoneCode: '2404', weight: 0.6, method: 'department_share' },
        { zoneCode: '2406', weight: 0.4, method: 'department_share' },
      ],
    ],
    [
      'a town of another department is not looked at',
      'DREUX',
      '09',
      [
        { zoneCode: '7609', weight: 0.5, method: 'department_share' },
        { zoneCode: '7610', weight: 0.5, method: 'department_share' },
      ],
    ],
    ['a department without communes: no zone', 'MONACO', '99', []],
  ])('%s: %s (%s)', (_what, label, departmentCode, expected) => {
    const links = mapBasinsToZones([{ code: '1', label, departmentCode }], communes, zones);
    expect(links.map(({ zoneCode, weight, method }) => ({ zoneCode, weight, method }))).toEqual(expected);
  });

  it("keeps each basin row's figures whole: weights add up to one", () => {
    const basins = ['DREUX', 'BEAUCE NORD', 'MORTAGNE L AIGLE', 'VICHY CUSSET'].map((label, i) => ({
      code: String(i),
      label,
      departmentCode: ['28', '28', '61', '03'][i]!,
    }));
    const links = mapBasinsToZones(basins, communes, zones);
    for (const basin of basins) {
      const total = links.filter((l) => l.basinCode === basin.code).reduce((sum, l) => sum + l.weight, 0);
      expect(total).toBeCloseTo(1, 3);
    }
  });
});
