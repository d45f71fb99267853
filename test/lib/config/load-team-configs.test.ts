import { join } from 'node:path';
import { ConfigError, type ConfigProblem, formatProblem, listTeamFiles, loadTeamConfigs } from '../../../lib/config';
import { tempDir, writeFiles } from '../../support/temp-dir';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
const valid = (team: string) => `team: ${team}\ncompartmentId: ${COMPARTMENT}\nregion: eu-frankfurt-1\n`;

function problemsOf(files: Record<string, string>): string[] {
  const dir = writeFiles(tempDir(), files);
  try {
    loadTeamConfigs(listTeamFiles(dir));
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p: ConfigProblem) => formatProblem({ ...p, file: p.file.slice(dir.length + 1) }));
    throw err;
  }
  return [];
}

describe('loadTeamConfigs', () => {
  test('loads the example team files with defaults applied', () => {
    const teams = loadTeamConfigs(listTeamFiles(join(__dirname, '../../../stacks/teams')));
    expect(teams.map((t) => t.config.team)).toEqual(['forecasting', 'fraud-detection', 'recommendations']);
    const recs = teams.find((t) => t.config.team === 'recommendations')!.config;
    expect(recs.budget).toEqual({ monthlyAmount: 9000, actualThresholdsPercent: [80, 100], forecastThresholdsPercent: [100], alertEmails: [] });
    expect(recs.tags.defined).toEqual({});
  });

  test('fails on malformed YAML with the line and column of the syntax error', () => {
    const problems = problemsOf({ 'a.yaml': `${valid('a1')}tags: {freeform: [\n` });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/^a\.yaml:[45]:\d+ \(document\): malformed YAML: /);
  });

  test('fails on an unknown key and suggests the closest allowed one', () => {
    expect(problemsOf({ 'a.yaml': `${valid('a1')}enviroment: prod\n` })).toEqual(['a.yaml:4:1 enviroment: unknown key "enviroment"; did you mean "environment"?']);
  });

  test('fails on an unknown nested key, located at the key', () => {
    expect(problemsOf({ 'a.yaml': `${valid('a1')}budget:\n  monthlyAmount: 10\n  montlyAmount: 12\n` })).toEqual([
      'a.yaml:6:3 budget.montlyAmount: unknown key "montlyAmount"; did you mean "monthlyAmount"?',
    ]);
  });

  test('fails on a wrong type, naming the value received', () => {
    expect(problemsOf({ 'a.yaml': `${valid('a1')}budget:\n  monthlyAmount: lots\n` })).toEqual(['a.yaml:5:18 budget.monthlyAmount: expected number, got "lots"']);
  });

  test('fails on a malformed OCID', () => {
    expect(problemsOf({ 'a.yaml': 'team: a1\ncompartmentId: ocid1.bucket.oc1..abc\nregion: eu-frankfurt-1\n' })).toEqual([
      'a.yaml:2:16 compartmentId: must be an OCID of a compartment or tenancy: ocid1.compartment.<realm>.[region].<unique id>, got "ocid1.bucket.oc1..abc"',
    ]);
  });

  test('fails on an unknown OCI region and suggests the closest one', () => {
    expect(problemsOf({ 'a.yaml': `team: a1\ncompartmentId: ${COMPARTMENT}\nregion: eu-frankfrut-1\n` })).toEqual([
      expect.stringMatching(/^a\.yaml:3:9 region: unknown value "eu-frankfrut-1"; did you mean "eu-frankfurt-1"\?/),
    ]);
  });

  test('fails on a missing required key at the enclosing mapping', () => {
    expect(problemsOf({ 'a.yaml': `team: a1\nregion: eu-frankfurt-1\n` })).toEqual(['a.yaml:1:1 compartmentId: missing required key "compartmentId" (expected string)']);
  });

  test('fails on duplicate names inside a team', () => {
    const file = `${valid('a1')}notifications:\n  - {name: ops, severity: critical, email: ops@example.com}\n  - {name: ops, severity: warning, email: team@example.com}\n`;
    expect(problemsOf({ 'a.yaml': file })).toEqual(['a.yaml:6:12 notifications.1.name: duplicate name "ops": item 0 of notifications already uses it']);
  });

  test('fails on a notification with two endpoints, at the entry', () => {
    const file = `${valid('a1')}notifications:\n  - name: ops\n    severity: critical\n    email: ops@example.com\n    smsNumber: "+14255550100"\n`;
    expect(problemsOf({ 'a.yaml': file })).toEqual([
      'a.yaml:5:5 notifications.0: set exactly one endpoint of email, customHttpsUrl, pagerDutyUrl, slackWebhookUrl, functionId, smsNumber; got email and smsNumber',
    ]);
  });

  test('fails on a custom HTTPS URL with query parameters, at the value', () => {
    const file = `${valid('a1')}notifications:\n  - {name: hook, severity: info, customHttpsUrl: "https://hooks.example.com/oci?token=abc"}\n`;
    expect(problemsOf({ 'a.yaml': file })).toEqual([
      'a.yaml:5:50 notifications.0.customHttpsUrl: must not carry query parameters (Notifications refuses them in CUSTOM_HTTPS URLs; put values in the path), got "https://hooks.example.com/oci?token=abc"',
    ]);
  });

  test('fails on an SMS number not in E.164 form, at the value', () => {
    const file = `${valid('a1')}notifications:\n  - name: sms\n    severity: critical\n    smsNumber: "0425 555 0100"\n`;
    expect(problemsOf({ 'a.yaml': file })).toEqual([expect.stringMatching(/^a\.yaml:7:16 notifications\.0\.smsNumber: must be a phone number in E\.164 form.*, got "0425 555 0100"$/)]);
  });

  test('fails on the removed httpsUrl key, listing the endpoint keys', () => {
    const file = `${valid('a1')}notifications:\n  - {name: hook, severity: info, httpsUrl: "https://hooks.example.com/oci"}\n`;
    expect(problemsOf({ 'a.yaml': file })).toEqual([
      'a.yaml:5:5 notifications.0: set exactly one endpoint of email, customHttpsUrl, pagerDutyUrl, slackWebhookUrl, functionId, smsNumber; got none',
      'a.yaml:5:34 notifications.0.httpsUrl: unknown key "httpsUrl"; allowed keys: name, severity, email, customHttpsUrl, pagerDutyUrl, slackWebhookUrl, functionId, smsNumber',
    ]);
  });

  test('fails on a team name used by two files, naming the first file', () => {
    const problems = problemsOf({ 'a.yaml': valid('same'), 'b.yaml': valid('same') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^b\.yaml:1:7 team: duplicate team name "same": .*a\.yaml already defines it$/);
  });

  test('reports every problem of every file in one run', () => {
    const problems = problemsOf({
      'a.yaml': `team: A\ncompartmentId: nope\nregion: mars-1\n`,
      'b.yaml': `${valid('b1')}budget: {monthlyAmount: -5}\nextra: 1\n`,
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['a.yaml:1:7', 'a.yaml:2:16', 'a.yaml:3:9', 'b.yaml:4:25', 'b.yaml:5:1']);
  });

  test('fails on an empty teams directory', () => {
    const dir = tempDir();
    expect(() => listTeamFiles(dir)).toThrow(/teams directory holds no team files/);
  });

  test('fails on a missing teams directory', () => {
    expect(() => listTeamFiles('/nonexistent/teams')).toThrow(/\/nonexistent\/teams:1:1 \(document\): teams directory not found/);
  });
});
