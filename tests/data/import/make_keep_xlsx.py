#!/usr/bin/env python3
"""Writes keep_search_results.xlsx, a small keep.eu export in the real layout
(shared/reference/registers.md 2.2): sheet 1 is something else, projects and
partners on sheets 2 and 3, strings shared or inline, Excel serial dates,
"N.a." markers, a U+2019 apostrophe in a header.  Run once; the file is committed."""
import zipfile
from xml.sax.saxutils import escape

PROJ_H = ["Period", "Programme", "Project acronym", "Project ID (2021-2027 only)",
          "Project name in English", "Project start", "Project end",
          "Project's total budget / expenditure", "Project's EU funding",
          "Union co-financing rate", "Theme 1"]
PROJ = [
    ["2014-2020", "2014 - 2020 INTERREG VB North Sea", "COBEN", "", "Community Benefits",
     43466, "N.a.", 2349367.02, 1879493.6, "80%", "Environment"],
    ["2021-2027", "2021 - 2027 Interreg Baltic Sea Region", "COBEN", "C001", "Coastal benefits",
     "01/03/2023", 45657, 1000000, 800000, "80%", "Governance"],
    ["2014-2020", "2014 - 2020 INTERREG V-A Italy-Austria", "ALPS", "", "Alps",
     43466, 44196, 500000, 400000, "85%", "Tourism"],
]
PART_H = ["Programme", "Project acronym", "Project ID (2021-2027 only)", "Organisation in English",
          "Lead partner", "Country code", "Participant Identification Code",
          "Partner\u2019s ID if not PIC", "Type of Organisation", "NUTS3 code (or equivalent)",
          "ERDF contribution (2014-2020 only)",
          "Partner's programme co-financing (EUR) (2021-2027 only)"]
PART = [
    ["2014 - 2020 INTERREG VB North Sea", "COBEN", "", "Uppsala Municipality", "No", "SE",
     951881080, "", "Local public authority", "SE121", 119846, ""],
    ["2014 - 2020 INTERREG VB North Sea", "COBEN", "", "Aalborg Kommune", "Yes", "DK",
     "", "N.a.", "Local public authority", "DK050", "0.00", ""],
    ["2021 - 2027 Interreg Baltic Sea Region", "COBEN", "C001", "Region Sk\u00e5ne", "Yes", "SE",
     "", "SE 232100-0255", "Regional public authority", "SE224", "", 250000],
    ["2021 - 2027 Interreg Baltic Sea Region", "COBEN", "C001", "Uppsala kommun", "No", "SE",
     951881080, "SE 212000-3005", "Local public authority", "SE121", "", 1000],
    ["2014 - 2020 INTERREG V-A Italy-Austria", "ALPS", "", "Comune di Bolzano", "Yes", "IT",
     "", "", "Local public authority", "ITH10", 5000, ""],
]

shared = []


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet(rows, inline_at=None):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        out.append('<row r="%d">' % r)
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if v == "":
                continue  # empty cells are not stored, as Excel does
            if isinstance(v, (int, float)):
                out.append('<c r="%s"><v>%r</v></c>' % (ref, v))
            elif (r, c) == inline_at:
                out.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v)))
            else:
                if v not in shared:
                    shared.append(v)
                out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, shared.index(v)))
        out.append('</row>')
    out.append('</sheetData></worksheet>')
    return "".join(out)


s2 = sheet([PROJ_H] + PROJ, inline_at=(2, 4))
s3 = sheet([PART_H] + PART)
s1 = sheet([["keep.eu search results"]])
sst = ('<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(shared), len(shared))
       + "".join('<si><t>%s</t></si>' % escape(s) for s in shared) + '</sst>')
wb = ('<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
      '<sheet name="Search info" sheetId="1" r:id="rId1"/>'
      '<sheet name="Search results, projects" sheetId="2" r:id="rId2"/>'
      '<sheet name="Search results, partners" sheetId="3" r:id="rId3"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet3.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>')
ct = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
with zipfile.ZipFile("keep_search_results.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct)
    z.writestr("xl/workbook.xml", wb)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
    z.writestr("xl/sharedStrings.xml", sst)
    z.writestr("xl/worksheets/sheet1.xml", s1)
    z.writestr("xl/worksheets/sheet2.xml", s2)
    z.writestr("xl/worksheets/sheet3.xml", s3)
