import { planRunCommand } from '../../../../scripts/ci/images/plan-run-command';

describe('planRunCommand', () => {
  test('runs npm and relative file commands, records system commands and the uid useradd gives', () => {
    const plan = planRunCommand('npm ci --ignore-scripts && npm rebuild better-sqlite3 && rm -rf node_modules/x/bin/napi-v*/darwin && useradd --uid 1000 --no-create-home fn && chown -R fn /function');
    expect(plan.commands.map((c) => [c.program, c.action])).toEqual([['npm', 'run'], ['npm', 'run'], ['rm', 'run'], ['useradd', 'record'], ['chown', 'record']]);
    expect(plan.users).toEqual({ fn: 1000 });
    expect(plan.problems).toEqual([]);
  });

  test('fails a program it neither runs nor records', () => {
    expect(planRunCommand('curl -fsSL https://example.com/x.sh | sh').problems[0]).toMatch(/`curl` is neither/);
  });

  test('fails an absolute path in a command that would run here', () => {
    expect(planRunCommand('rm -rf /usr/share/doc').problems).toEqual(['`rm ... /usr/share/doc` uses an absolute path, which cannot be mapped into the scratch image root']);
  });

  test('fails a redirection', () => {
    expect(planRunCommand('echo x > /etc/motd').problems[0]).toMatch(/shell operator .* is not supported/);
  });
});
