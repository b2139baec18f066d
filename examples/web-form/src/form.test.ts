import { describe, expect, it } from "vitest";
import { CHILD_FIELDS, checkChild, checkSession, fieldId, localToday, messagesByField, toInput } from "./form.js";

describe("toInput", () => {
  it("trims the text, leaves empty fields out and turns whole numbers in numeric fields into numbers", () => {
    expect(toInput({ childId: " kw-1 ", postcode: "", groep: "4", neighbourhood: "  " }, CHILD_FIELDS, ["groep"])).toEqual({ childId: "kw-1", groep: 4 });
  });

  it("keeps text that is not a whole number as text, so core can say what is wrong", () => {
    expect(toInput({ groep: "vier", childId: "12" }, CHILD_FIELDS, ["groep"])).toEqual({ groep: "vier", childId: "12" });
  });

  it("reads only the fields it is given", () => {
    expect(toInput({ childId: "kw-1", extra: "x" }, ["childId"])).toEqual({ childId: "kw-1" });
  });
});

describe("checkChild", () => {
  it("stores the registration date and reduces the postcode to its four digits", () => {
    const result = checkChild({ childId: "kw-1", birthDate: "2016-04-23", postcode: "5025 kl" }, new Set(), "2025-10-01");
    expect(result).toEqual({ ok: true, value: { childId: "kw-1", birthDate: "2016-04-23", postcode: "5025", registeredOn: "2025-10-01" }, issues: [] });
  });

  it("says an empty required field is missing, once", () => {
    const result = checkChild({ childId: "", birthDate: "2016-04-23" }, new Set(), "2025-10-01");
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["value.required", ["childId"]]]);
  });

  it("refuses an id that is registered already", () => {
    const result = checkChild({ childId: "kw-1", birthDate: "2016-04-23" }, new Set(["kw-1"]), "2025-10-01");
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["form.childId.duplicate"]);
  });
});

describe("checkSession", () => {
  const session = { sessionId: "b-1", activityId: "knutselclub", date: "2025-10-01", durationMinutes: "90" };

  it("returns the session and its attendance when every child is registered", () => {
    const result = checkSession(session, [{ childId: "kw-1", present: true }, { childId: "kw-2", present: false }], new Set(["kw-1", "kw-2"]));
    expect(result.ok && result.value).toEqual({
      session: { sessionId: "b-1", activityId: "knutselclub", date: "2025-10-01", durationMinutes: 90, professionals: 0, interns: 0, volunteers: 0 },
      attendance: [
        { sessionId: "b-1", childId: "kw-1", present: true },
        { sessionId: "b-1", childId: "kw-2", present: false },
      ],
    });
  });

  it("puts each row's issue on that row, and checks the rows even when the session id is wrong", () => {
    const result = checkSession({ ...session, sessionId: "" }, [{ childId: "kw-1", present: true }, { childId: "kw-1", present: true }, { childId: "", present: true }, { childId: "kw-9", present: true }], new Set(["kw-1"]));
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["value.required", ["sessionId"]],
      ["form.attendance.duplicate", ["attendance", 1, "childId"]],
      ["value.required", ["attendance", 2, "childId"]],
      ["form.attendance.unknown-child", ["attendance", 3, "childId"]],
    ]);
  });

  it("asks for at least one child", () => {
    const result = checkSession(session, [], new Set());
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["form.attendance.empty", ["attendance"]]]);
  });
});

describe("messagesByField", () => {
  it("groups the messages by the id of their field, errors first, in the language asked for", () => {
    const result = checkChild({ childId: "Sanne", birthDate: "2016-04-23" }, new Set(["Sanne"]), "2025-10-01");
    const byField = messagesByField("child", result.issues, "en");
    expect([...byField]).toEqual([
      [
        "child-childId",
        [
          { text: "A child with this Child ID is already registered.", severity: "error" },
          { text: "Child ID looks like a name: one capitalised word, or no digits. Use a pseudonym, never a name.", severity: "warning" },
        ],
      ],
    ]);
    expect(fieldId("session", ["attendance", 0, "childId"])).toBe("session-attendance-0-childId");
  });
});

describe("localToday", () => {
  it("writes the local date as YYYY-MM-DD", () => {
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
  });
});
