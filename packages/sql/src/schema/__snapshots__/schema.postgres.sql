CREATE SCHEMA IF NOT EXISTS "kinderwerk";
CREATE TABLE IF NOT EXISTS "kinderwerk"."children" (
  "child_id" TEXT NOT NULL CHECK (length("child_id") >= 1) CHECK (length("child_id") <= 64),
  "birth_date" DATE NOT NULL,
  "gender" TEXT CHECK ("gender" IN ('girl', 'boy', 'other', 'unknown')),
  "postcode" TEXT CHECK (length("postcode") = 4),
  "neighbourhood" TEXT CHECK (length("neighbourhood") >= 1) CHECK (length("neighbourhood") <= 100),
  "groep" INTEGER CHECK ("groep" >= 1) CHECK ("groep" <= 8),
  "registered_on" DATE,
  "household_id" TEXT CHECK (length("household_id") >= 1) CHECK (length("household_id") <= 64),
  PRIMARY KEY ("child_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."activities" (
  "activity_id" TEXT NOT NULL CHECK (length("activity_id") >= 1) CHECK (length("activity_id") <= 64),
  "name" TEXT NOT NULL CHECK (length("name") >= 1) CHECK (length("name") <= 200),
  "kind" TEXT NOT NULL CHECK ("kind" IN ('course', 'craft', 'sport', 'play', 'outdoor-play', 'online', 'home-kit', 'holiday-programme', 'outreach', 'other')),
  "programme_lines" TEXT[],
  "pillars" TEXT[],
  "location_type" TEXT CHECK ("location_type" IN ('community-centre', 'street', 'school', 'partner-venue', 'online', 'home')),
  "neighbourhood" TEXT CHECK (length("neighbourhood") >= 1) CHECK (length("neighbourhood") <= 100),
  "partners" JSONB,
  "min_age" INTEGER CHECK ("min_age" >= 0) CHECK ("min_age" <= 30),
  "max_age" INTEGER CHECK ("max_age" >= 0) CHECK ("max_age" <= 30),
  "age_range_widened" BOOLEAN,
  "start_date" DATE,
  "end_date" DATE,
  "capacity" INTEGER CHECK ("capacity" >= 1) CHECK ("capacity" <= 100000),
  PRIMARY KEY ("activity_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."sessions" (
  "session_id" TEXT NOT NULL CHECK (length("session_id") >= 1) CHECK (length("session_id") <= 64),
  "activity_id" TEXT NOT NULL CHECK (length("activity_id") >= 1) CHECK (length("activity_id") <= 64),
  "date" DATE NOT NULL,
  "start_time" TEXT,
  "duration_minutes" INTEGER NOT NULL CHECK ("duration_minutes" >= 1) CHECK ("duration_minutes" <= 1440),
  "professionals" INTEGER CHECK ("professionals" >= 0) CHECK ("professionals" <= 1000),
  "interns" INTEGER CHECK ("interns" >= 0) CHECK ("interns" <= 1000),
  "volunteers" INTEGER CHECK ("volunteers" >= 0) CHECK ("volunteers" <= 1000),
  PRIMARY KEY ("session_id"),
  FOREIGN KEY ("activity_id") REFERENCES "kinderwerk"."activities" ("activity_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."attendance" (
  "session_id" TEXT NOT NULL CHECK (length("session_id") >= 1) CHECK (length("session_id") <= 64),
  "child_id" TEXT NOT NULL CHECK (length("child_id") >= 1) CHECK (length("child_id") <= 64),
  "present" BOOLEAN,
  PRIMARY KEY ("session_id", "child_id"),
  FOREIGN KEY ("session_id") REFERENCES "kinderwerk"."sessions" ("session_id"),
  FOREIGN KEY ("child_id") REFERENCES "kinderwerk"."children" ("child_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."signals" (
  "signal_id" TEXT NOT NULL CHECK (length("signal_id") >= 1) CHECK (length("signal_id") <= 64),
  "child_id" TEXT NOT NULL CHECK (length("child_id") >= 1) CHECK (length("child_id") <= 64),
  "date" DATE NOT NULL,
  "category" TEXT NOT NULL CHECK (length("category") >= 1) CHECK (length("category") <= 64),
  "observed_by" TEXT NOT NULL CHECK ("observed_by" IN ('professional', 'intern', 'volunteer')),
  "description" TEXT CHECK (length("description") <= 2000),
  "confidentiality" TEXT CHECK ("confidentiality" IN ('team', 'confidential', 'restricted')),
  PRIMARY KEY ("signal_id"),
  FOREIGN KEY ("child_id") REFERENCES "kinderwerk"."children" ("child_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."referrals" (
  "referral_id" TEXT NOT NULL CHECK (length("referral_id") >= 1) CHECK (length("referral_id") <= 64),
  "child_id" TEXT NOT NULL CHECK (length("child_id") >= 1) CHECK (length("child_id") <= 64),
  "signal_id" TEXT CHECK (length("signal_id") >= 1) CHECK (length("signal_id") <= 64),
  "destination" TEXT NOT NULL CHECK (length("destination") >= 1) CHECK (length("destination") <= 64),
  "created_on" DATE NOT NULL,
  "sent_on" DATE,
  "responded_on" DATE,
  "closed_on" DATE,
  "follow_up_on" DATE,
  "status" TEXT NOT NULL CHECK ("status" IN ('draft', 'sent', 'accepted', 'declined', 'completed', 'withdrawn')),
  "consent" TEXT CHECK ("consent" IN ('given', 'not-needed', 'overridden')),
  "consent_ground" TEXT CHECK ("consent_ground" IN ('meldrecht', 'no-personal-data')),
  "consent_reason" TEXT CHECK ("consent_reason" IN ('safety-of-child', 'safety-of-others', 'acute-danger')),
  "decline_reason" TEXT CHECK ("decline_reason" IN ('outside-remit', 'no-capacity', 'family-declined', 'already-known', 'other')),
  "withdraw_reason" TEXT CHECK ("withdraw_reason" IN ('consent-withdrawn', 'no-longer-needed', 'sent-in-error', 'other')),
  PRIMARY KEY ("referral_id"),
  FOREIGN KEY ("child_id") REFERENCES "kinderwerk"."children" ("child_id"),
  FOREIGN KEY ("signal_id") REFERENCES "kinderwerk"."signals" ("signal_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."staff" (
  "staff_id" TEXT NOT NULL CHECK (length("staff_id") >= 1) CHECK (length("staff_id") <= 64),
  "role" TEXT CHECK ("role" IN ('professional', 'intern', 'volunteer')),
  "contract_hours" DOUBLE PRECISION CHECK ("contract_hours" >= 0) CHECK ("contract_hours" <= 80),
  "vog_date" DATE,
  "meldcode_training_date" DATE,
  "start_date" DATE,
  "end_date" DATE,
  PRIMARY KEY ("staff_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."staffing" (
  "staff_id" TEXT NOT NULL CHECK (length("staff_id") >= 1) CHECK (length("staff_id") <= 64),
  "date" DATE NOT NULL,
  "hours" DOUBLE PRECISION NOT NULL CHECK ("hours" > 0) CHECK ("hours" <= 24),
  "kind" TEXT CHECK ("kind" IN ('session', 'preparation', 'meeting', 'outreach', 'training')),
  "session_id" TEXT CHECK (length("session_id") >= 1) CHECK (length("session_id") <= 64),
  FOREIGN KEY ("staff_id") REFERENCES "kinderwerk"."staff" ("staff_id"),
  FOREIGN KEY ("session_id") REFERENCES "kinderwerk"."sessions" ("session_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."signups" (
  "activity_id" TEXT NOT NULL CHECK (length("activity_id") >= 1) CHECK (length("activity_id") <= 64),
  "child_id" TEXT NOT NULL CHECK (length("child_id") >= 1) CHECK (length("child_id") <= 64),
  "date" DATE NOT NULL,
  "status" TEXT CHECK ("status" IN ('placed', 'waiting', 'withdrawn')),
  "placed_on" DATE,
  FOREIGN KEY ("activity_id") REFERENCES "kinderwerk"."activities" ("activity_id"),
  FOREIGN KEY ("child_id") REFERENCES "kinderwerk"."children" ("child_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."meldcode" (
  "trajectory_id" TEXT NOT NULL CHECK (length("trajectory_id") >= 1) CHECK (length("trajectory_id") <= 64),
  "child_id" TEXT NOT NULL CHECK (length("child_id") >= 1) CHECK (length("child_id") <= 64),
  "signal_id" TEXT CHECK (length("signal_id") >= 1) CHECK (length("signal_id") <= 64),
  "started_on" DATE NOT NULL,
  "step" INTEGER CHECK ("step" >= 1) CHECK ("step" <= 5),
  "decision" TEXT CHECK ("decision" IN ('report', 'help', 'close')),
  "decided_on" DATE,
  "closed_on" DATE,
  PRIMARY KEY ("trajectory_id"),
  FOREIGN KEY ("child_id") REFERENCES "kinderwerk"."children" ("child_id"),
  FOREIGN KEY ("signal_id") REFERENCES "kinderwerk"."signals" ("signal_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."budgets" (
  "funder" TEXT NOT NULL CHECK (length("funder") >= 1) CHECK (length("funder") <= 200),
  "funder_kind" TEXT CHECK ("funder_kind" IN ('municipality', 'fund', 'own', 'other')),
  "amount" DOUBLE PRECISION CHECK ("amount" >= 0) CHECK ("amount" <= 10000000000),
  "from" DATE NOT NULL,
  "to" DATE NOT NULL,
  "programme_line" TEXT CHECK (length("programme_line") >= 1) CHECK (length("programme_line") <= 64),
  "activity_id" TEXT CHECK (length("activity_id") >= 1) CHECK (length("activity_id") <= 64),
  FOREIGN KEY ("activity_id") REFERENCES "kinderwerk"."activities" ("activity_id")
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."targets" (
  "indicator" TEXT NOT NULL CHECK (length("indicator") >= 1) CHECK (length("indicator") <= 64),
  "target" DOUBLE PRECISION NOT NULL CHECK ("target" >= 0) CHECK ("target" <= 10000000000),
  "from" DATE,
  "to" DATE,
  "funder" TEXT CHECK (length("funder") >= 1) CHECK (length("funder") <= 200)
);
CREATE TABLE IF NOT EXISTS "kinderwerk"."neighbourhoods" (
  "code" TEXT NOT NULL CHECK (length("code") >= 1) CHECK (length("code") <= 100),
  "name" TEXT NOT NULL CHECK (length("name") >= 1) CHECK (length("name") <= 100),
  "population4to12" INTEGER CHECK ("population4to12" >= 0) CHECK ("population4to12" <= 10000000),
  PRIMARY KEY ("code")
);
