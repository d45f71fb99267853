import { z } from 'zod';

/** The subset of OCI's price list API answer (`GET .../cetools/api/v1/products/`) the estimate reads. */
const PriceListSchema = z.object({
  lastUpdated: z.string().optional(),
  items: z.array(
    z.object({
      partNumber: z.string(),
      displayName: z.string().optional(),
      metricName: z.string().optional(),
      currencyCodeLocalizations: z.array(
        z.object({
          currencyCode: z.string(),
          prices: z.array(z.object({ model: z.string(), value: z.number(), rangeMin: z.number().optional(), rangeMax: z.number().optional() })),
        }),
      ),
    }),
  ),
});

/** Pay-as-you-go rates by part number, from one price list download. */
export interface PriceList {
  /** `lastUpdated` of the download, when it has one. */
  readonly lastUpdated?: string;
  readonly currency: string;
  /** Part number -> rate per API metric unit. For tiered parts, the rate of the highest tier (beyond the free allowance). */
  readonly rates: ReadonlyMap<string, number>;
}

/**
 * Reads the JSON OCI's public price list API returns
 * (`https://apexapps.oracle.com/pls/apex/cetools/api/v1/products/?currencyCode=USD`):
 * `{ lastUpdated, items: [{ partNumber, displayName, metricName, currencyCodeLocalizations:
 * [{ currencyCode, prices: [{ model, value, rangeMin?, rangeMax? }] }] }] }`. Parts priced in
 * tiers (a free allowance, then a rate) keep the rate of the highest tier: the estimate prices
 * resources before the tenancy-wide free allowances.
 *
 * @param json - the parsed download
 * @param currency - ISO 4217 code of the localization to read
 * @returns the pay-as-you-go rates in that currency
 * @throws Error naming parsePriceList when the JSON is not a price list or has no item in `currency`
 * @example
 * parsePriceList(JSON.parse(readFileSync('prices.json', 'utf8')), 'USD').rates.get('B93113'); // 0.025
 */
export function parsePriceList(json: unknown, currency: string): PriceList {
  const parsed = PriceListSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`parsePriceList: not a price list API answer: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const rates = new Map<string, number>();
  for (const item of parsed.data.items) {
    const localization = item.currencyCodeLocalizations.find((l) => l.currencyCode === currency);
    const payg = localization?.prices.filter((p) => p.model === 'PAY_AS_YOU_GO') ?? [];
    if (!payg.length) continue;
    const highest = payg.reduce((a, b) => ((b.rangeMin ?? 0) > (a.rangeMin ?? 0) ? b : a));
    rates.set(item.partNumber, highest.value);
  }
  if (!rates.size) throw new Error(`parsePriceList: no pay-as-you-go price in currency ${currency}; download the list with ?currencyCode=${currency}`);
  return { lastUpdated: parsed.data.lastUpdated, currency, rates };
}
