import { describe, expect, it } from "vitest";
import { COPIED_TABLES, uncopiedModels } from "./tables";

describe("the tables `crestwood db copy` moves", () => {
  it("are every model of the schema (add a new model to COPIED_TABLES)", () => {
    expect(uncopiedModels()).toEqual([]);
  });

  it("name each model's client property", () => {
    for (const table of COPIED_TABLES) expect(table.delegate).toBe(table.model[0]!.toLowerCase() + table.model.slice(1));
  });
});
