/**
 * Child process for the crash-safety test: registers models and requests their approval as fast as
 * it can, printing `ack <action> <model_id>` (synchronously) after each transition has committed,
 * until it is killed.
 *
 * argv: dbFile
 */
import { writeSync } from 'node:fs';
import { SqliteGovernanceStore } from '../../../../runtime/governance/adapters/sqlite-store';
import { GovernanceService } from '../../../../runtime/governance/governance-service';
import { parseApprovalPolicy } from '../../../../runtime/governance/parse-approval-policy';
import { sampleModel } from '../support';

const store = new SqliteGovernanceStore(process.argv[2]!);
const service = new GovernanceService({ store, policy: parseApprovalPolicy() });
const alice = { actor: 'alice', groups: [] };

void (async () => {
  for (let i = 1; ; i++) {
    const m = await service.register(alice, sampleModel({ name: 'burst', version: String(i) }));
    writeSync(1, `ack register ${m.modelId}\n`);
    await service.requestApproval(alice, m.modelId, 'technical');
    writeSync(1, `ack request ${m.modelId}\n`);
  }
})();
