#!/usr/bin/env python3
"""Times `samnet import cordis` on a synthetic CORDIS bulk zip of the H2020 size.

Usage: scripts/bench_import.py SAMNET [ROWS]   (ROWS default 180000, the H2020
organization.csv).  Writes cordis-synthetic-csv.zip into a temporary folder: ROWS
participations of ROWS/7 projects by ROWS/4 organisations (PICs), 6 % Swedish (with VAT
SE+orgnr+01, valid Luhn digits), the real header of both files, every field quoted, a BOM,
objectives opening with a doubled quote, comma decimals in totalCost.  Prints the wall
time and the peak resident memory of the import (GNU time), with --all and with the
default --country SE, and checks the counts in the report.
"""
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile

ORG_H = ("projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;"
         "postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;contentUpdateDate;"
         "rcn;order;role;ecContribution;netEcContribution;totalCost;endOfParticipation;active").split(";")
PROJ_H = ("id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;"
          "ecSignatureDate;frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;"
          "contentUpdateDate;rcn;grantDoi;keywords").split(";")
NUTS_SE = ["SE110", "SE121", "SE122", "SE123", "SE124", "SE125", "SE211", "SE224", "SE232", "SE332"]


def luhn(nine):
    for d in range(10):
        s = nine + str(d)
        t = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 == 0 else int(c)
                for i, c in enumerate(s))
        if t % 10 == 0:
            return s


def q(v):
    return '"' + str(v).replace('"', '""') + '"'


def write(path, rows):
    rnd = random.Random(1)
    nproj = rows // 7
    norg = rows // 4
    orgs = []
    for k in range(norg):
        pic = str(900000000 + k)
        if rnd.random() < 0.06:
            orgs.append((pic, "SE" + luhn("5560%05d" % (k % 100000)) + "01", "ORGANISATION %d AB" % k,
                         "SE", rnd.choice(NUTS_SE), "PRC"))
        else:
            orgs.append((pic, "", "ORGANISATION %d" % k, rnd.choice(["DE", "FR", "EL", "UK", "ES"]),
                         "", rnd.choice(["HES", "REC", "PRC", "PUB"])))
    proj = []
    for p in range(nproj):
        fields = [q(v) for v in (100000 + p, "ACR%d" % p, "CLOSED", "Title %d" % p, "2016-01-01",
                                 "2019-12-31", "%d,25" % rnd.randint(10**5, 10**7), "1000000",
                                 "H2020-EU.3.1.", "SC1-2016", "2015-12-01", "H2020", "", "", "RIA", "")]
        fields.append('""The proposed action ""%d"" will study, in depth, things""' % p)
        fields += [q(v) for v in ("2020-01-01 10:00:00", p, "10.3030/%d" % p, "k")]
        proj.append(";".join(fields))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.csv", "\ufeff" + ";".join(q(h) for h in PROJ_H) + "\n" + "\n".join(proj) + "\n")
        lines = ["\ufeff" + ";".join(q(h) for h in ORG_H)]
        for i in range(rows):
            p = i % nproj
            o = orgs[rnd.randrange(norg)]
            role = "coordinator" if i < nproj else "participant"
            lines.append(";".join(q(v) for v in (
                100000 + p, "ACR%d" % p, o[0], o[1], o[2], "", "false", o[5], "Street 1", "12345",
                "City", o[3], o[4], "59.8,17.6", "", "https://example/%s" % o[0],
                "2020-01-01 10:00:00", "1", i, role, "%d.5" % rnd.randint(0, 10**6), "", "", "false", "")))
        z.writestr("csv/organization.csv", "\n".join(lines) + "\n")


def run(samnet, zpath, out, extra):
    cmd = ["/usr/bin/time", "-f", "%e %M", samnet, "import", "cordis", zpath, "-o", out,
           "--format", "csv"] + extra
    t0 = time.time()
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    wall = time.time() - t0
    rss_kb = int(res.stderr.strip().split("\n")[-1].split()[1])
    report = dict(line.split(",", 1) for line in res.stdout.split("\n\n")[0].split("\n")[1:] if line)
    return wall, rss_kb, report


def main():
    samnet = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 180000
    with tempfile.TemporaryDirectory() as d:
        z = os.path.join(d, "cordis-synthetic-csv.zip")
        write(z, rows)
        print("input: %d participation rows, %d projects, zip %.1f MB"
              % (rows, rows // 7, os.path.getsize(z) / 1e6))
        for label, extra in (("--all", ["--all"]), ("--country SE", [])):
            wall, rss, rep = run(samnet, z, os.path.join(d, "ds" + label[2:5]), extra)
            print("%-13s %6.2f s  %6.1f MB peak RSS  projects %s actors %s participations %s"
                  % (label, wall, rss / 1024, rep["projects"], rep["actors"], rep["participations"]))
            if label == "--all":
                assert int(rep["rows read"]) == rows + rows // 7, rep


if __name__ == "__main__":
    main()
