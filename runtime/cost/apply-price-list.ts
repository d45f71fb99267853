import { type PriceList } from './parse-price-list';
import { type PriceEntry } from './price-table';

export interface AppliedPrices {
  /** The table with every part found in the list repriced (and its date and source updated). */
  readonly table: PriceEntry[];
  /** Entries the list did not reprice (no part number, or the part is not in the list): they keep the committed price. */
  readonly notRefreshed: PriceEntry[];
}

/**
 * Reprices the committed table from a price list download, by part number.
 *
 * @param table - the committed table
 * @param list - from parsePriceList
 * @param sourceName - how to name the download in each refreshed entry's source (its file name)
 * @returns the refreshed table and the entries it could not refresh
 * @example
 * applyPriceList(PRICE_TABLE, parsePriceList(json, 'USD'), 'prices.json').notRefreshed.map((e) => e.id);
 */
export function applyPriceList(table: readonly PriceEntry[], list: PriceList, sourceName: string): AppliedPrices {
  const notRefreshed: PriceEntry[] = [];
  const date = list.lastUpdated?.slice(0, 10) ?? 'unknown';
  const refreshed = table.map((entry) => {
    const rate = entry.partNumber ? list.rates.get(entry.partNumber) : undefined;
    if (rate === undefined) {
      notRefreshed.push(entry);
      return entry;
    }
    return { ...entry, listPrice: rate / entry.apiUnitSize, currency: list.currency, date, source: `${sourceName} (OCI price list API, lastUpdated ${list.lastUpdated ?? 'not given'})` };
  });
  return { table: refreshed, notRefreshed };
}
