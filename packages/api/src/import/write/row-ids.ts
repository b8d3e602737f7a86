import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * An id in the shape of Prisma's cuid() (25 characters, "c" first, time-ordered), made here so a
 * batch can link posts, labels, comments and import records before a single row is written.
 */
export function newRowId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const count = counter.toString(36).padStart(4, "0");
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36).padStart(12, "0").slice(-12);
  return `c${time}${count}${random}`;
}
