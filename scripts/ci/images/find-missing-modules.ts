import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** A `require`/`import` of a package that does not resolve inside the image. */
export interface MissingModule {
  /** The file that requires it, relative to the image root. */
  readonly file: string;
  readonly specifier: string;
}

/**
 * Finds every package the image's own JavaScript (outside node_modules) requires or imports that
 * does not resolve from where that file is in the image: a runtime dependency missing from the
 * function's package.json, even one required lazily on a path the probe does not take. Specifiers
 * are read with TypeScript's `preProcessFile` (a real parser, comments and strings aside); resolution
 * is Node's, starting at the file, so only node_modules inside the image root can satisfy it.
 *
 * @param root - the image root folder (no node_modules above it)
 * @param dir - the folder inside the root to scan (the WORKDIR)
 * @returns the unresolved requires, file by file
 */
export function findMissingModules(root: string, dir: string): MissingModule[] {
  const missing: MissingModule[] = [];
  const visit = (path: string) => {
    for (const entry of readdirSync(path)) {
      const p = join(path, entry);
      const s = statSync(p);
      if (s.isDirectory()) {
        if (entry !== 'node_modules') visit(p);
      } else if (/\.(c|m)?js$/.test(entry)) {
        const { importedFiles } = ts.preProcessFile(readFileSync(p, 'utf8'), true, true);
        for (const { fileName } of importedFiles) {
          if (fileName.startsWith('.') || fileName.startsWith('/') || isBuiltin(fileName)) continue;
          try {
            require.resolve(fileName, { paths: [dirname(p)] });
          } catch {
            missing.push({ file: relative(root, p), specifier: fileName });
          }
        }
      }
    }
  };
  visit(dir);
  return missing;
}
