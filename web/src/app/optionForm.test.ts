import { describe, expect, it } from "vitest";
import { analysisOptions, type OptionSchema } from "./api";
import { acceptedOptions, planForm } from "./optionForm";

const disrupt: OptionSchema[] = [
  { name: "strategy", type: "string", description: "Whom to remove next.", default: "degree", choices: ["degree", "keyplayer"] },
  { name: "steps", type: "integer", description: "How many agents to remove.", default: 10, minimum: 1, maximum: 1000 },
  { name: "recover", type: "boolean", description: "A removed agent's ties pass to a contact.", default: false },
  { name: "from", type: "string", description: "Only transactions from this time." },
];

describe("planForm", () => {
  it("shows the hinted options the service knows, reports the others and folds the rest", () => {
    const plan = planForm(disrupt, [{ name: "remove" }, { name: "steps", label: "Steps", value: 5 }, { name: "strategy" }]);
    expect(plan.unknown).toEqual(["remove"]);
    expect(plan.main.map((f) => [f.name, f.label, f.value])).toEqual([["steps", "Steps", 5], ["strategy", "Whom to remove next", "degree"]]);
    // "from" follows the workbench's time filter, so it is not a form field.
    expect(plan.more.map((f) => f.name)).toEqual(["recover"]);
    expect(plan.main[1].choices).toEqual(["degree", "keyplayer"]);
  });

  it("keeps only the options another analysis accepts", () => {
    expect(acceptedOptions({ steps: 5, strategy: "degree", k: 3 }, [{ name: "k", type: "integer", description: "" }])).toEqual({ k: 3 });
  });
});

describe("analysisOptions", () => {
  it("reads each analysis's request body from an OpenAPI document", () => {
    const doc = {
      paths: {
        "/api/v1/cases/{caseName}/versions/{version}/analyses/keyplayers": {
          post: { requestBody: { content: { "application/json": { schema: { properties: {
            k: { type: "integer", description: "How many key players.", default: 5, minimum: 1, maximum: 100 },
            positive: { type: "boolean", description: "KPP-Pos.", default: false },
          } } } } } },
        },
        "/api/v1/cases": { get: {} },
      },
    };
    const options = analysisOptions(doc);
    expect([...options.keys()]).toEqual(["keyplayers"]);
    expect(options.get("keyplayers")).toEqual([
      { name: "k", type: "integer", description: "How many key players.", default: 5, choices: undefined, minimum: 1, maximum: 100 },
      { name: "positive", type: "boolean", description: "KPP-Pos.", default: false, choices: undefined, minimum: undefined, maximum: undefined },
    ]);
  });
});
