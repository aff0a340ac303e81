// Writes the synthetic Baicheng dataset of examples/data/ (deterministic: seeded generator).
// Usage: npx tsx scripts/generate-demo-data.ts
// All names are invented. Credit codes carry correct GB 32100 and GB 11714 check characters;
// license numbers follow XK16-2xx-xxxxx with Jilin's prefix 吉.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import {
  BAICHENG_COUNTIES,
  creditCodeCheckCharacter,
  type InspectorInput,
  type LicensedEnterpriseInput,
} from '../src/index.js';

const rng = seedrandom('baicheng-demo-data/v1');
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const int = (min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
function organizationCode(): string {
  let body = '';
  for (let i = 0; i < 8; i++) body += i < 2 && rng() < 0.4 ? pick(['M', 'A'] as const) : ORG_ALPHABET[int(0, 9)];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * (ORG_WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}
function creditCode(division: string): string {
  const first17 = `91${division}${organizationCode()}`;
  return first17 + (creditCodeCheckCharacter(first17) as string);
}

const PLACES: Record<string, string[]> = {
  '220802': ['洮北', '白城', '平台', '东风', '德顺'],
  '220821': ['镇赉', '嘎什根', '莫莫格', '坦途', '黑鱼泡'],
  '220822': ['通榆', '开通', '瞻榆', '向海', '边昭'],
  '220881': ['洮南', '瓦房', '万宝', '那金', '福顺'],
  '220882': ['大安', '安广', '月亮泡', '舍力', '太山'],
};
const WORDS = ['恒泰', '鑫源', '宏达', '嘉禾', '瑞丰', '华兴', '金穗', '绿洲', '天成', '永盛', '利民', '北辰', '松原', '雪原', '鹤乡', '丰泽'];
const PRODUCTS = [
  { code: '204', product: '食品用塑料包装容器工具等制品', kind: '塑料制品' },
  { code: '205', product: '食品用纸包装、容器等制品', kind: '纸制品' },
] as const;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马', '朱', '胡', '郭', '何', '高', '林'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚'];
const person = (): string => pick(SURNAMES) + pick(GIVEN);

// About 150 enterprises across the five county-level units, Taobei (the urban district) largest.
const SHARE: Record<string, number> = { '220802': 46, '220821': 24, '220822': 22, '220881': 32, '220882': 26 };
const enterprises: LicensedEnterpriseInput[] = [];
const risk: Record<string, 'A' | 'B' | 'C' | 'D'> = {};
const inspectionsThisYear: Record<string, number> = {};
let serial = 100;
const names = new Set<string>();
for (const county of BAICHENG_COUNTIES) {
  for (let i = 0; i < (SHARE[county.code] as number); i++) {
    const p = pick(PRODUCTS);
    let name: string;
    do name = `${pick(PLACES[county.code] as string[])}${pick(WORDS)}${p.kind}有限公司`;
    while (names.has(name));
    names.add(name);
    const issuedYear = int(2019, 2025);
    // Licenses are valid five years; a few lapsed before the demo date (2026-03-02).
    const lapsed = rng() < 0.04;
    const issuedOn = lapsed ? `2020-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}` : `${issuedYear}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
    const validUntil = lapsed ? `2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}` : `${Math.max(issuedYear + 5, 2026)}-${pad(int(4, 12), 2)}-${pad(int(1, 28), 2)}`;
    const code = creditCode(county.code);
    enterprises.push({
      creditCode: code,
      name,
      county: county.code,
      legalRepresentative: person(),
      licenses: [
        {
          number: `吉XK16-${p.code}-${pad(serial++, 5)}`,
          product: p.product,
          issuedOn,
          validUntil,
          issuer: { level: 'provincial', name: '吉林省市场监督管理厅' },
        },
      ],
    });
    risk[code] = pick(['A', 'A', 'B', 'B', 'B', 'B', 'C', 'C', 'D'] as const);
    if (rng() < 0.05) inspectionsThisYear[code] = 2;
  }
}

// About 30 inspectors: city bureau and county bureaus; some credentials lapsed, some conflicts.
const inspectors: InspectorInput[] = [];
for (let i = 1; i <= 30; i++) {
  const county = i <= 8 ? undefined : (BAICHENG_COUNTIES[(i - 9) % 5] as (typeof BAICHENG_COUNTIES)[number]);
  const expired = i % 11 === 0;
  const conflicts = i % 7 === 0 ? [pick(enterprises).creditCode, pick(enterprises).creditCode] : undefined;
  inspectors.push({
    id: `BC-${pad(i, 3)}`,
    name: person(),
    bureau: county ? { level: 'county', county: county.code } : { level: 'city' },
    credential: {
      number: `吉执法${pad(22080000 + i * 37, 8)}`,
      validFrom: '2023-01-01',
      validUntil: expired ? '2025-12-31' : '2028-12-31',
    },
    ...(conflicts ? { conflicts: [...new Set(conflicts)] } : {}),
  });
}

// Last year's city spot checks (Article 19): 16 distinct enterprises, one checked twice.
const spotChecks: { enterpriseId: string; date: string }[] = [];
const checked = [...enterprises].sort(() => rng() - 0.5).slice(0, 16);
// A check is made while the enterprise holds a license: never before the day it was issued.
const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
checked.forEach((e, i) => {
  const drawn = `2025-${pad(3 + Math.floor(i / 2), 2)}-${pad(int(1, 28), 2)}`;
  const issued = e.licenses.map((l) => l.issuedOn).sort()[0] as string;
  spotChecks.push({ enterpriseId: e.creditCode, date: drawn < issued ? nextDay(issued) : drawn });
});
spotChecks.push({ enterpriseId: (checked[0] as LicensedEnterpriseInput).creditCode, date: '2025-11-18' });

const dir = join(import.meta.dirname, '..', 'examples', 'data');
mkdirSync(dir, { recursive: true });
const write = (file: string, data: unknown): void => writeFileSync(join(dir, file), JSON.stringify(data, null, 2) + '\n');
write('enterprises.json', enterprises);
write('risk-classes.json', risk);
write('inspections-this-year.json', inspectionsThisYear);
write('inspectors.json', inspectors);
write('spot-checks-2025.json', spotChecks);
console.log(`examples/data: ${enterprises.length} enterprises, ${inspectors.length} inspectors, ${spotChecks.length} spot checks`);
