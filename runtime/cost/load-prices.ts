import { applyPriceList } from './apply-price-list';
import { parsePriceList } from './parse-price-list';
import { PRICE_TABLE, type PriceEntry } from './price-table';

export interface LoadedPrices {
  readonly table: readonly PriceEntry[];
  /** Messages about committed prices the download could not refresh. */
  readonly warnings: readonly string[];
}

/**
 * The prices an estimate uses: the committed table, repriced from a price list download when
 * one is given. A download in another currency than the table must reprice every entry, or the
 * estimate would mix currencies.
 *
 * @param download - the parsed `--prices` JSON, or undefined for the committed table
 * @param currency - the localization to read from the download
 * @param sourceName - the download's file name, recorded in each refreshed entry
 * @throws Error naming loadPrices and the entries left in another currency
 * @example
 * loadPrices(JSON.parse(readFileSync('prices.json', 'utf8')), 'USD', 'prices.json').warnings;
 */
export function loadPrices(download: unknown, currency: string, sourceName: string): LoadedPrices {
  if (download === undefined) return { table: PRICE_TABLE, warnings: [] };
  const { table, notRefreshed } = applyPriceList(PRICE_TABLE, parsePriceList(download, currency), sourceName);
  const foreign = notRefreshed.filter((e) => e.currency !== currency);
  if (foreign.length) {
    throw new Error(`loadPrices: ${sourceName} has no ${currency} price for ${foreign.map((e) => `${e.id} (part ${e.partNumber ?? 'unknown'})`).join(', ')}; the committed ${foreign[0]!.currency} prices cannot be mixed with ${currency}`);
  }
  const warnings = notRefreshed.map((e) => `price ${e.id} (part ${e.partNumber ?? 'unknown'}) not in ${sourceName}: committed price ${e.listPrice} per ${e.unit} kept`);
  return { table, warnings };
}
