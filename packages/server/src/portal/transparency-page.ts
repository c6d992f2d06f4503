import {
  hashChildren,
  hashLeaf,
  inclusionProof,
  merkleDigest,
  toHex,
  verifyInclusion,
} from '@sanxiang/core/merkle';
import type { AppDeps } from '../context.js';
import { listPublicKeys, listTreeHeads } from '../transparency/list-tree-heads.js';
import { SM2_USER_ID, treeHeadText } from '../transparency/tree-head-text.js';
import { pageNumber, pagination } from './catalog-format.js';
import { type Html, html } from './html.js';

const PAGE_SIZE = 20;
const TRIGGERS: Record<string, string> = { schedule: '定时签署', request: '按需签署', seed: '初始签署' };

function chinaTime(iso: string): Html {
  const t = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return html`<time datetime="${iso}">${t.slice(0, 10)} ${t.slice(11, 19)}</time>`;
}

/** The worked example: a three-leaf tree with SM3, computed here, with the inclusion check of leaf 2. */
function workedExample(): Html {
  const h = merkleDigest('sm3');
  const data = ['第一条记录', '第二条记录', '第三条记录'].map((s) => new TextEncoder().encode(s));
  const leaves = data.map((d) => hashLeaf(h, d));
  const n01 = hashChildren(h, leaves[0]!, leaves[1]!);
  const root = hashChildren(h, n01, leaves[2]!);
  const path = inclusionProof(h, leaves, 2, 3);
  const ok = verifyInclusion(h, 2, 3, leaves[2]!, path, root);
  return html`<ol>
  <li>三个叶子的数据依次为“第一条记录”“第二条记录”“第三条记录”（UTF-8）。叶子哈希 = SM3(0x00 ‖ 数据)：
    <ul>
      <li>叶子 0：<code class="hash">${toHex(leaves[0]!)}</code></li>
      <li>叶子 1：<code class="hash">${toHex(leaves[1]!)}</code></li>
      <li>叶子 2：<code class="hash">${toHex(leaves[2]!)}</code></li>
    </ul></li>
  <li>三个叶子的树在 2 处分开（小于 3 的最大的 2 的幂）。左子树 = SM3(0x01 ‖ 叶子 0 ‖ 叶子 1) =
    <code class="hash">${toHex(n01)}</code></li>
  <li>根哈希 = SM3(0x01 ‖ 左子树 ‖ 叶子 2) = <code class="hash">${toHex(root)}</code></li>
  <li>叶子 2 的包含证明（auditPath）只有一个哈希：<code class="hash">${path.map(toHex).join(', ')}</code>。
    核验者从叶子 2 的哈希出发：序号 2 是偶数且等于最后一个序号，所以把证明中的哈希放在左边：
    SM3(0x01 ‖ 证明[0] ‖ 叶子 2)，得到的正是上面的根哈希——${ok ? '核验通过' : '核验失败'}。
    若第三条记录被改动一个字，它的叶子哈希就变了，算出的根与已签名的根不再相同。</li>
</ol>`;
}

/**
 * 可验证执法日志 (R-01): the signed tree heads of the audit log, the public key, and how anyone checks
 * them — signature with OpenSSL, inclusion and consistency proofs with any RFC 6962 verifier.
 */
export async function transparencyBody(
  deps: AppDeps,
  query: Record<string, string | undefined>,
  origin: string,
): Promise<Html> {
  const page = pageNumber(query.page);
  const [heads, keys] = await Promise.all([
    listTreeHeads(deps.db, { page, pageSize: PAGE_SIZE }),
    listPublicKeys(deps.db),
  ]);
  const latest =
    page === 1 ? heads.items[0] : (await listTreeHeads(deps.db, { page: 1, pageSize: 1 })).items[0];
  const key = keys.items.find((k) => k.keyId === latest?.keyId) ?? keys.items[0];
  const api = `${origin}/api/v1/transparency`;
  return html`
<h1>可验证执法日志</h1>
<section class="card" aria-labelledby="h-what">
  <h2 id="h-what">这是什么</h2>
  <p>本平台的每一次操作——登录、立案、审批、查阅案卷、上传证据——都写入审计日志，审计日志不能修改或删除。为了让机关以外的人也能确认这一点，每条审计记录同时是一棵默克尔树（Merkle tree，RFC 6962 / RFC 9162 规定的结构）的叶子。平台定时（并在管理员要求时）用 SM2 私钥对树的大小和根哈希签名，形成“签名树头”，公布在本页。</p>
  <p>只要某一条记录被改动、删除或调换顺序，重新计算出的根哈希就与已公布的签名树头不符；两个先后公布的树头之间可以用“一致性证明”确认后者只是在前者之后追加了记录。任何人都可以用下面的公开接口和通用工具（OpenSSL、任何 RFC 6962 核验程序）自行核验，不需要账号，也不需要相信本平台。</p>
  <p class="muted">哈希算法：${latest?.algorithm === 'sha256' ? 'SHA-256' : 'SM3（GB/T 32905）'}；签名算法：SM2（GB/T 32918），签名者标识 ${SM2_USER_ID}。叶子哈希 = H(0x00 ‖ 审计记录哈希)，内部节点 = H(0x01 ‖ 左 ‖ 右)。</p>
</section>

<section class="card" aria-labelledby="h-latest">
  <h2 id="h-latest">最新签名树头</h2>
  ${
    latest
      ? html`<dl class="facts">
    <dt>记录条数（tree_size）</dt><dd>${latest.treeSize}</dd>
    <dt>根哈希（root_hash）</dt><dd><code class="hash">${latest.rootHash}</code></dd>
    <dt>签署时间</dt><dd>${chinaTime(latest.timestamp)}（北京时间）；签名文本中为 <code>${latest.timestamp}</code></dd>
    <dt>签名（DER，十六进制）</dt><dd><code class="hash">${latest.signature}</code></dd>
    <dt>签名密钥</dt><dd>${latest.keyId}</dd>
  </dl>`
      : html`<p role="status">尚未签署树头。平台启动后会按计划签署第一个树头。</p>`
  }
</section>

<section class="card" aria-labelledby="h-key">
  <h2 id="h-key">签名公钥</h2>
  ${
    key
      ? html`<p>密钥编号 ${key.keyId}，生成于 ${chinaTime(key.createdAt)}。公钥（未压缩点 04‖x‖y）：</p>
  <p><code class="hash">${key.publicKey}</code></p>
  <p>同一公钥的 PEM 格式（可直接存为 <code>sanxiang-log.pem</code> 交给 OpenSSL）：</p>
  <pre class="cmd">${key.publicKeyPem}</pre>`
      : html`<p role="status">尚未生成签名密钥。</p>`
  }
  <p class="muted">接口：<code>GET ${api}/keys</code></p>
</section>

<section class="card" aria-labelledby="h-heads">
  <h2 id="h-heads">已公布的签名树头</h2>
  ${
    heads.total === 0
      ? html`<p role="status">尚无签名树头。</p>`
      : html`<div class="table-wrap">
  <table class="list">
    <caption>签名树头（共 ${heads.total} 个，由新到旧）</caption>
    <thead><tr>
      <th scope="col">编号</th>
      <th scope="col">签署时间（北京时间）</th>
      <th scope="col">记录条数</th>
      <th scope="col">根哈希</th>
      <th scope="col">方式</th>
    </tr></thead>
    <tbody>
      ${heads.items.map(
        (h) => html`<tr>
        <th scope="row">#${h.id}</th>
        <td class="nowrap">${chinaTime(h.timestamp)}</td>
        <td class="nowrap">${h.treeSize}</td>
        <td><code class="hash">${h.rootHash}</code></td>
        <td class="nowrap">${TRIGGERS[h.trigger] ?? h.trigger}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>`
  }
  ${pagination({
    page,
    pageSize: PAGE_SIZE,
    total: heads.total,
    href: (n) => (n > 1 ? `/transparency?page=${n}` : '/transparency'),
    label: '签名树头分页',
  })}
  <p class="muted">接口：<code>GET ${api}/tree-heads?page=1&amp;pageSize=20</code>（含每个树头的签名）</p>
</section>

<section class="card" aria-labelledby="h-how">
  <h2 id="h-how">如何核验</h2>
  <h3>第一步：核对树头的签名</h3>
  <p>取最新树头：<code>GET ${api}/tree-head</code>，答复为 <code>{treeSize, rootHash, algorithm, timestamp, signature}</code>。签名覆盖的文本是下面五行（UTF-8，每行以换行符结尾），把树头中的值填入即可：</p>
  <pre class="cmd">${latest ? treeHeadText(latest) : treeHeadText({ algorithm: 'sm3', treeSize: 0, rootHash: '…', timestamp: '…' })}</pre>
  <p>用 OpenSSL 3 核对（把上面的文本存为 <code>head.txt</code>，公钥存为 <code>sanxiang-log.pem</code>）：</p>
  <pre class="cmd">echo ${latest?.signature ?? '<signature>'} | xxd -r -p &gt; head.sig
openssl dgst -sm3 -verify sanxiang-log.pem -sigopt distid:${SM2_USER_ID} -signature head.sig head.txt</pre>
  <p>输出 <code>Verified OK</code> 即签名有效。</p>

  <h3>第二步：核对某条记录在日志中</h3>
  <p><code>GET ${api}/proof/inclusion?index=N&amp;treeSize=M</code> 返回 <code>{leafIndex, treeSize, leafHash, auditPath}</code>（不给 treeSize 时按最新签名树头）。从 leafHash 出发，依次与 auditPath 中的哈希合并（RFC 9162 第 2.1.3.2 节）：令 fn = N，sn = M − 1；对每个哈希 p，若 fn 为奇数或 fn = sn，则 r = H(0x01 ‖ p ‖ r)，并在 fn 为偶数时把 fn、sn 同时右移直到 fn 为奇数或为 0；否则 r = H(0x01 ‖ r ‖ p)；每步后 fn、sn 各右移一位。最后 sn 应为 0，r 应等于签名树头的根哈希。</p>

  <h3>第三步：核对两个树头前后一致</h3>
  <p><code>GET ${api}/proof/consistency?from=M&amp;to=N</code> 返回 <code>{from, to, proof}</code>。按 RFC 9162 第 2.1.4.2 节的算法，用两个树头的根哈希核对：通过即说明大小为 N 的日志完整包含大小为 M 的日志，中间没有记录被改动或删除。所有哈希均为小写十六进制，任何 RFC 6962 核验程序（把哈希函数换成 SM3）都可使用。</p>

  <h3>一个小例子</h3>
  ${workedExample()}

  <h3>机关内部的全面核验</h3>
  <p>持有数据库的单位（例如上级机关或审计部门）可运行 <code>npx sanxiang verify</code>：它从审计记录重新计算哈希链和整棵树，核对每个已签名树头的签名、根哈希和前后一致性，并对每个已存文件重新计算 SM3 与 SHA-256 摘要；发现任何改动即以非零状态退出，并指出第一处出问题的记录。</p>
</section>`;
}
