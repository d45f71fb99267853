import { buildProgram, programFor } from '../../bin/program';
import { LAZY_COMMANDS } from '../../bin/commands/lazy';

describe('the command list', () => {
  test('the lazy map names exactly the commands of the full program', () => {
    expect(Object.keys(LAZY_COMMANDS).sort()).toEqual(buildProgram().commands.map((c) => c.name()).sort());
  });

  test('a named command gets a program with only that command', async () => {
    const program = await programFor(['node', 'oci-mlops', 'validate-config', 'x.yaml']);
    expect(program.commands.map((c) => c.name())).toEqual(['validate-config']);
  });

  test('help gets the whole program', async () => {
    const program = await programFor(['node', 'oci-mlops', '--help']);
    expect(program.commands.length).toBe(Object.keys(LAZY_COMMANDS).length);
  });
});
