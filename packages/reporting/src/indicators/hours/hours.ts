// Indicator group "hours": attendance per session, activity hours, contact hours and staff hours.
// Partial states hold exact minutes; hours are rounded here only.
import { roundRatio } from "../../_lib/round.js";
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { l, scalar } from "../group.js";

/** The ids of the group, in report order. */
export const HOURS_IDS = [
  "attendancesPerSession",
  "activityHours",
  "contactHours",
  "staffHours.professional",
  "staffHours.intern",
  "staffHours.volunteer",
] as const;

/** The values of the group. */
export interface HoursValues {
  /** `null` without sessions. */
  readonly attendancesPerSession: number | null;
  readonly activityHours: number;
  readonly contactHours: number;
  readonly "staffHours.professional": number;
  readonly "staffHours.intern": number;
  readonly "staffHours.volunteer": number;
}

/** Exact minutes over the counted sessions. */
interface Minutes {
  activity: number;
  contact: number;
  professional: number;
  intern: number;
  volunteer: number;
}

function minutesOf(facts: PeriodFacts): Minutes {
  const { counted, minutes, professionals, interns, volunteers } = facts.sessions;
  const { start } = facts.attendance;
  const m: Minutes = { activity: 0, contact: 0, professional: 0, intern: 0, volunteer: 0 };
  for (let i = 0; i < counted.length; i++) {
    const si = counted[i]!;
    const duration = minutes[si]!;
    m.activity += duration;
    m.contact += (start[si + 1]! - start[si]!) * duration;
    m.professional += professionals[si]! * duration;
    m.intern += interns[si]! * duration;
    m.volunteer += volunteers[si]! * duration;
  }
  return m;
}

function compute(facts: PeriodFacts): GroupResult<HoursValues> {
  const m = minutesOf(facts);
  const sessions = facts.sessions.counted.length;
  return {
    values: {
      attendancesPerSession: sessions === 0 ? null : roundRatio(facts.attendance.children.length, sessions, 1),
      activityHours: roundRatio(m.activity, 60, 1),
      contactHours: roundRatio(m.contact, 60, 1),
      "staffHours.professional": roundRatio(m.professional, 60, 1),
      "staffHours.intern": roundRatio(m.intern, 60, 1),
      "staffHours.volunteer": roundRatio(m.volunteer, 60, 1),
    },
    raw: { activityMinutes: m.activity, contactMinutes: m.contact },
  };
}

/** Attendance per session and the hours of activities, contact and staff. */
export const hoursGroup: IndicatorGroup<(typeof HOURS_IDS)[number], HoursValues> = {
  name: "hours",
  ids: HOURS_IDS,
  specs: {
    attendancesPerSession: scalar({
      unit: "mean",
      decimals: 1,
      definition: "attendances / sessions, 1 decimal.",
      disclosure: "none",
      label: l("Gemiddelde opkomst per bijeenkomst", "Mean attendance per session"),
      description: l("Aanwezigheden gedeeld door bijeenkomsten.", "Attendances divided by sessions."),
    }),
    activityHours: scalar({
      unit: "hours",
      decimals: 1,
      definition: "Sum of session durations ÷ 60, 1 decimal.",
      disclosure: "none",
      label: l("Activiteitsuren", "Activity hours"),
      description: l("Som van de duur van de bijeenkomsten.", "Sum of the session durations."),
    }),
    contactHours: scalar({
      unit: "hours",
      decimals: 1,
      definition: "Sum over sessions of counted attendances × duration ÷ 60, 1 decimal.",
      disclosure: "none",
      label: l("Contacturen", "Contact hours"),
      description: l("Som over bijeenkomsten van aanwezigheden × duur.", "Sum over sessions of attendances × duration."),
    }),
    "staffHours.professional": scalar({
      unit: "hours",
      decimals: 1,
      definition: "Sum over sessions of professionals × duration ÷ 60, 1 decimal.",
      disclosure: "none",
      label: l("Uren beroepskrachten", "Professional staff hours"),
      description: l("Som over bijeenkomsten van beroepskrachten × duur.", "Sum over sessions of professionals × duration."),
    }),
    "staffHours.intern": scalar({
      unit: "hours",
      decimals: 1,
      definition: "Sum over sessions of interns × duration ÷ 60, 1 decimal.",
      disclosure: "none",
      label: l("Uren stagiairs", "Intern hours"),
      description: l("Som over bijeenkomsten van stagiairs × duur.", "Sum over sessions of interns × duration."),
    }),
    "staffHours.volunteer": scalar({
      unit: "hours",
      decimals: 1,
      definition: "Sum over sessions of volunteers × duration ÷ 60, 1 decimal.",
      disclosure: "none",
      label: l("Uren vrijwilligers", "Volunteer hours"),
      description: l("Som over bijeenkomsten van vrijwilligers × duur.", "Sum over sessions of volunteers × duration."),
    }),
  },
  compute,
};
