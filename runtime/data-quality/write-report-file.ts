import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a report beside its final name (creating its folder) and renames it into place, so a reader
 * never sees half a report and a failure leaves any earlier one intact.
 *
 * @param file - the report path
 * @param text - its content
 * @throws Error naming the file when it cannot be written
 * @example
 * await writeReportFile('reports/data-quality.xml', renderSuiteJunit(result, 'tx.csv'));
 */
export async function writeReportFile(file: string, text: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw new Error(`${file}: cannot write the report: ${(err as Error).message}`);
  }
}
