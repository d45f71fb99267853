import { PRICE_TABLE } from '../../../runtime/cost/price-table';

test('every price has a part number or says why not, a metric, a unit, a positive price, a currency, a date and a source', () => {
  for (const p of PRICE_TABLE) {
    expect(p.listPrice).toBeGreaterThan(0);
    expect(p.currency).toBe('USD');
    expect(p.date).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    expect(p.metric.length && p.unit.length && p.service.length).toBeTruthy();
    expect(p.apiUnitSize).toBeGreaterThanOrEqual(1);
    if (p.partNumber === null) expect(p.source).toMatch(/part number/);
    else expect(p.partNumber).toMatch(/^B\d{5,6}$/);
  }
});

test('ids and part numbers are unique', () => {
  expect(new Set(PRICE_TABLE.map((p) => p.id)).size).toBe(PRICE_TABLE.length);
  const parts = PRICE_TABLE.map((p) => p.partNumber).filter(Boolean);
  expect(new Set(parts).size).toBe(parts.length);
});

test('prices no source verified say so in their source', () => {
  for (const p of PRICE_TABLE.filter((x) => !x.source.startsWith('price list API response captured'))) {
    expect({ id: p.id, flagged: /secondary|unverified|disagree/.test(p.source) }).toEqual({ id: p.id, flagged: true });
  }
});
