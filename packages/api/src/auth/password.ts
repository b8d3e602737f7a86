import { hash, verify, type Options } from "@node-rs/argon2";

/**
 * argon2id at OWASP's minimum (m=19456 KiB, t=2, p=1): ~50 ms per hash here. The parameters are
 * stored in each hash, so raising them later only affects new hashes.
 */
const ARGON2ID: Options = {
  // Algorithm.Argon2id; the package's enum is `const` and cannot be imported under isolatedModules.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** A hash of nothing anyone can type, so an unknown email costs the same time as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword(`no account ${Math.random()}`);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
