// The exact text an SM2 signature of a tree head covers (UTF-8, lines ending in \n). Anyone can rebuild it
// from the published fields and check the signature with OpenSSL or any SM2 library (the portal page
// shows how). The signer's ID is the default of GM/T 0009: 1234567812345678.
export const SM2_USER_ID = '1234567812345678';

export interface TreeHeadFields {
  algorithm: 'sm3' | 'sha256';
  treeSize: number;
  rootHash: string;
  /** ISO 8601, UTC, milliseconds. */
  timestamp: string;
}

export function treeHeadText(head: TreeHeadFields): string {
  return [
    'sanxiang-tree-head-v1',
    `algorithm: ${head.algorithm}`,
    `tree_size: ${head.treeSize}`,
    `root_hash: ${head.rootHash}`,
    `timestamp: ${head.timestamp}`,
    '',
  ].join('\n');
}

/** SubjectPublicKeyInfo (DER) of an SM2 public key given as 04‖x‖y: id-ecPublicKey with the SM2 curve. */
export function sm2PublicKeyPem(publicKeyHex: string): string {
  const der = Buffer.from(`3059301306072a8648ce3d020106082a811ccf5501822d034200${publicKeyHex}`, 'hex');
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}
