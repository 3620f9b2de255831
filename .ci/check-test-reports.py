#!/usr/bin/env python3
"""Reads every Surefire and Failsafe XML report and fails when a required test did not run or any test
was skipped. Prints the totals as a plain 'N passed, N failed, N skipped' line."""
import glob
import sys
import xml.etree.ElementTree as ET

REQUIRED = {
    "PostgreSQL tests": lambda name: ".Postgres" in name,
    "ArchUnit architecture tests": lambda name: name.endswith("ArchitectureTest"),
    "end-to-end fixture tests": lambda name: name.endswith("FixturesEndToEndTest"),
    "headless-browser dashboard tests": lambda name: name.endswith("DashboardBrowserTest"),
    "kill -9 crash-safety tests": lambda name: name.endswith("CrashSafetyIT"),
    "two-instance scale-out tests": lambda name: name.endswith("PostgresScaleOutIT"),
}

reports = glob.glob("**/target/surefire-reports/TEST-*.xml", recursive=True) + \
    glob.glob("**/target/failsafe-reports/TEST-*.xml", recursive=True)
if not reports:
    sys.exit("FAIL: no test reports found: did the tests run at all?")

totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
ran = {label: 0 for label in REQUIRED}
skipped_cases = []
for path in reports:
    suite = ET.parse(path).getroot()
    name = suite.get("name", "")
    for key in totals:
        totals[key] += int(suite.get(key, "0"))
    for case in suite.iter("testcase"):
        if case.find("skipped") is not None:
            skipped_cases.append(f"{case.get('classname')}.{case.get('name')}")
            continue
        for label, matches in REQUIRED.items():
            if matches(case.get("classname", name)):
                ran[label] += 1

problems = []
for label, count in ran.items():
    print(f"{label}: {count} ran")
    if count == 0:
        problems.append(f"no {label} ran")
if skipped_cases:
    problems.append("skipped tests: " + ", ".join(skipped_cases[:20]))

passed = totals["tests"] - totals["failures"] - totals["errors"] - totals["skipped"]
print(f"tests: {passed} passed, {totals['failures'] + totals['errors']} failed, {totals['skipped']} skipped")
if problems:
    for problem in problems:
        print("FAIL: " + problem, file=sys.stderr)
    sys.exit(1)
