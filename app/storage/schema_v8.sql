-- Schema version 8: the mechanic's bay — job clock intervals, findings, QC checks, recommended jobs.
--
-- Clocked time: one row per interval a mechanic worked on a job. A station writes `started_at`
-- when the clock starts and `ended_at` + `end_reason` (PAUSE_PARTS, PAUSE_BREAK, PAUSE_OTHER_JOB,
-- FINISHED, QC_RETURN...) when it stops. Rows are per-field last-writer-wins; an interval has one
-- writer in practice (the mechanic's tablet), so totals are the same on every station whatever the
-- delivery order. Payroll reads these rows (clocked) against the jobs' flat-rate hours (billed).
CREATE TABLE job_clock_intervals (id TEXT PRIMARY KEY, job_id TEXT, wo_id TEXT, mechanic_id TEXT,
    started_at TEXT, ended_at TEXT, end_reason TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX job_clock_job ON job_clock_intervals (job_id);
CREATE INDEX job_clock_mechanic ON job_clock_intervals (mechanic_id, started_at);
CREATE INDEX job_clock_running ON job_clock_intervals (mechanic_id) WHERE ended_at IS NULL AND _del IS NULL;

-- What a mechanic found beyond the complaint: a pick-list code plus free text.
CREATE TABLE wo_findings (id TEXT PRIMARY KEY, wo_id TEXT, job_id TEXT, mechanic_id TEXT, code TEXT,
    text TEXT, recorded_at TEXT, recommended_job_id TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX wo_findings_wo ON wo_findings (wo_id);

-- A recommended extra job is a wo_jobs line carrying the mechanic who recommended it (the upsell
-- incentive is paid on approved ones); the advisor proposes it to the customer.
ALTER TABLE wo_jobs ADD COLUMN recommended_by TEXT;

-- QC: a checker passes the work order or returns it with a reason, recorded against a job.
CREATE TABLE qc_checks (id TEXT PRIMARY KEY, wo_id TEXT, job_id TEXT, checker_id TEXT, result TEXT,
    reason TEXT, checked_at TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX qc_checks_wo ON qc_checks (wo_id);
CREATE INDEX qc_checks_job ON qc_checks (job_id);
