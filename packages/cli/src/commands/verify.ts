import { loadConfig, openDatabase, verifyEverything } from '@sanxiang/server';

/**
 * `sanxiang verify` (R-01): recomputes the audit chain and the Merkle tree from the audit rows, checks the
 * stored subtrees, every signed tree head (SM2 signature, root, consistency with the head before) and every
 * blob against its digests. Exit 0 when everything holds; 1 naming the first bad entry otherwise.
 */
export async function verify(options: { blobs?: boolean; json?: boolean } = {}): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const started = Date.now();
    const report = await verifyEverything(database.db, config, {
      blobs: options.blobs !== false,
      onProgress: (n) => {
        if (!options.json && process.stderr.isTTY) process.stderr.write(`\r已校验 checked ${n} …`);
      },
    });
    if (!options.json && process.stderr.isTTY) process.stderr.write('\r');
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return report.ok ? 0 : 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = [
      `审计记录 audit events:   ${report.events}（哈希链 chain + 叶子 leaves）`,
      `日志树 log tree:         ${report.leaves} 个叶子 leaves, ${report.algorithm}, root ${report.root}`,
      `已核对子树 subtrees:     ${report.nodesChecked}`,
      `签名树头 signed heads:   ${report.heads}`,
      `文件 blobs:              ${report.blobs ? `${report.blobs.checked} 个已重算摘要 re-hashed` : '未检查 not checked'}`,
      `用时 time:               ${seconds} s`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (report.ok) {
      process.stdout.write('校验通过：日志、树头和文件均未被改动。Verified: nothing was altered.\n');
      return 0;
    }
    const first = report.firstProblem!;
    process.stderr.write(
      `校验失败 VERIFICATION FAILED — ${report.problemCount} 处问题 problem(s)\n` +
        `第一处 first bad entry: [${first.kind} ${first.at}] ${first.message}\n`,
    );
    for (const p of report.problems.slice(1, 10))
      process.stderr.write(`  [${p.kind} ${p.at}] ${p.message}\n`);
    return 1;
  } finally {
    await database.close();
  }
}
