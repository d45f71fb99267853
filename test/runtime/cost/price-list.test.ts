import sample from './fixtures/oci-price-list-sample.json';
import { applyPriceList } from '../../../runtime/cost/apply-price-list';
import { loadPrices } from '../../../runtime/cost/load-prices';
import { parsePriceList } from '../../../runtime/cost/parse-price-list';
import { PRICE_TABLE } from '../../../runtime/cost/price-table';

// The sample's items are copied from a recorded answer of OCI's price list API; its envelope
// ({ lastUpdated, items }) is the API's.

describe('parsePriceList', () => {
  test('reads the pay-as-you-go rate of each part in the currency asked for', () => {
    const list = parsePriceList(sample, 'USD');
    expect(list.rates.get('B93113')).toBe(0.025);
    expect(parsePriceList(sample, 'SAR').rates.get('B93113')).toBe(0.09376);
    expect(list.lastUpdated).toBe('2026-10-02T00:00:00.000Z');
  });

  test('keeps the rate beyond the free allowance of a tiered part', () => {
    expect(parsePriceList(sample, 'USD').rates.get('B91628')).toBe(0.0255);
  });

  test('fails on a JSON that is not a price list', () => {
    expect(() => parsePriceList({ items: [{ partNumber: 'B1' }] }, 'USD')).toThrow(/parsePriceList: not a price list API answer: items\.0\.currencyCodeLocalizations/);
  });

  test('fails when no part has the currency', () => {
    expect(() => parsePriceList(sample, 'EUR')).toThrow(/no pay-as-you-go price in currency EUR; download the list with \?currencyCode=EUR/);
  });
});

describe('applyPriceList and loadPrices', () => {
  test('reprices by part number, records the download as the source and lists what it could not refresh', () => {
    const doubled = structuredClone(sample);
    doubled.items[0]!.currencyCodeLocalizations[1]!.prices[0]!.value = 0.05;
    const { table, notRefreshed } = applyPriceList(PRICE_TABLE, parsePriceList(doubled, 'USD'), 'prices.json');
    expect(table.find((p) => p.id === 'compute.e4.ocpu')).toMatchObject({ listPrice: 0.05, date: '2026-10-02', source: 'prices.json (OCI price list API, lastUpdated 2026-10-02T00:00:00.000Z)' });
    expect(notRefreshed.map((p) => p.id)).toContain('adb.ecpu');
    expect(notRefreshed.map((p) => p.id)).not.toContain('compute.e4.ocpu');
  });

  test('divides rates of bundled metrics by their unit size', () => {
    const list = { lastUpdated: 'x', currency: 'USD', rates: new Map([['B90000', 0.2]]) };
    const table = [{ ...PRICE_TABLE.find((p) => p.id === 'functions.invocations')!, partNumber: 'B90000' }];
    expect(applyPriceList(table, list, 'p.json').table[0]!.listPrice).toBeCloseTo(0.0000002, 12);
  });

  test('warns about each committed price kept', () => {
    expect(loadPrices(sample, 'USD', 'prices.json').warnings).toContain('price adb.ecpu (part B95702) not in prices.json: committed price 0.336 per ECPU-hour kept');
  });

  test('fails when another currency would leave committed USD prices in the table', () => {
    expect(() => loadPrices(sample, 'SAR', 'prices.json')).toThrow(/loadPrices: prices\.json has no SAR price for compute\.e5\.ocpu \(part B97384\).*cannot be mixed with SAR/);
  });
});
