#!/usr/bin/python3
"""e2e_metadata: the Function Wizard help of the installed extension.

com.sun.star.sheet.FunctionDescriptions must list every function of the
add-in with the Indonesian texts when the profile's ooLocale is id-ID and the
English ones under en-US, every argument named and described, each text short
enough for the room the Function Wizard gives it.  The expected texts are
read from the generated CalcAddIns.xcu inside the .oxt (the file that is
installed), or from --xcu; they are never copied here by hand.
"""

import argparse
import sys
import xml.etree.ElementTree as ET

import checks
import harness

OOR = "{http://openoffice.org/2001/registry}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The signatures: display name -> (UNO method, optional flag per argument).
SIGNATURES = {
    "CAPAIAN": ("CAPAIAN", [False, False, True]),
    "SERAPAN": ("SERAPAN", [False, False]),
    "EFISIENSI": ("EFISIENSI", [False, False, True]),
    "KATEGORI": ("KATEGORI", [False, True]),
    "INDEKS_SPBE": ("INDEKS_SPBE", [False, True, True]),
    # The finance cross-checks (docs/aturan.md).
    "SELISIH_RINCIAN": ("SELISIH_RINCIAN", [False, False]),
    "CEK_ANGGARAN": ("CEK_ANGGARAN", [False, True]),
    "REKAP_TRIWULAN": ("REKAP_TRIWULAN", [False, False]),
}
# com.sun.star.sheet.FunctionCategory
CATEGORIES = {"Database": 1, "Date&Time": 2, "Financial": 3, "Information": 4,
              "Logical": 5, "Mathematical": 6, "Matrix": 7, "Statistical": 8,
              "Spreadsheet": 9, "Text": 10, "Add-In": 11}
# The Function Wizard (LibreOffice's parameter page) keeps room for two
# lines of an argument's help and three of a function's description, about
# 70 characters a line at its default width; longer text is cut off.
ARGUMENT_MAX = 140
DESCRIPTION_MAX = 210


def _props(node):
    """{prop name: {lang or None: text}} of a configuration node."""
    out = {}
    for prop in node.findall("prop"):
        values = {}
        for value in prop.findall("value"):
            values[value.get(XML_LANG)] = value.text or ""
        out[prop.get(OOR + "name")] = values
    return out


def _child(node, name):
    for child in node.findall("node"):
        if child.get(OOR + "name") == name:
            return child
    return None


def read_xcu(text):
    """{method: {"props": ..., "params": [(name, props)]}} for our service."""
    root = ET.fromstring(text)
    info = _child(root, "AddInInfo")
    service = _child(info, harness.SERVICE_NAME) if info is not None else None
    functions = _child(service, "AddInFunctions") if service is not None else None
    if functions is None:
        raise harness.HarnessError("the CalcAddIns.xcu has no AddInInfo/%s/AddInFunctions"
                                   % harness.SERVICE_NAME)
    table = {}
    for fn in functions.findall("node"):
        params = _child(fn, "Parameters")
        table[fn.get(OOR + "name")] = {
            "props": _props(fn),
            "params": [(p.get(OOR + "name"), _props(p))
                       for p in (params.findall("node") if params is not None else [])],
        }
    return table


def pick(values, locale):
    """The text Calc should show under locale, by configuration fallback."""
    lang = locale.split("-")[0]
    for key in ([locale, lang, None] if lang == "en" else [locale, lang]):
        if key in values:
            return values[key]
    return None


def descriptions(calc):
    fd = calc.service("com.sun.star.sheet.FunctionDescriptions")
    out = {}
    for i in range(fd.getCount()):
        entry = {p.Name: p.Value for p in fd.getByIndex(i)}
        out[entry["Name"]] = entry
    return out


def check_locale(calc, report, table, locale, other):
    report.section = "metadata " + locale
    chosen = calc.ui_locale()
    if not report.ok("soffice runs with the UI language %s" % locale,
                     chosen.split("-")[0] == locale.split("-")[0],
                     "it chose %r: is LibreOffice's %s language pack installed "
                     "(Debian: libreoffice-l10n-%s)?" % (chosen, locale,
                                                       locale.split("-")[0])):
        return
    entries = descriptions(calc)
    marked = []
    for display, (method, optional) in SIGNATURES.items():
        row = table.get(method)
        if not report.ok("%s is in CalcAddIns.xcu as %s" % (display, method), row is not None):
            continue
        entry = entries.get(display)
        if not report.ok("%s is in FunctionDescriptions" % display, entry is not None,
                         "names seen: %s" % sorted(n for n in entries if "_" in n or
                                                   n.isupper())[:40]):
            continue
        props = row["props"]
        want = pick(props.get("Description", {}), locale)
        report.ok("%s has a %s description in the xcu" % (display, locale), bool(want))
        report.ok("%s description is the %s text" % (display, locale),
                  entry["Description"] == want,
                  "got %r, expected %r" % (entry["Description"], want))
        report.ok("%s description fits the Wizard (<= %d characters)"
                  % (display, DESCRIPTION_MAX),
                  len(entry["Description"]) <= DESCRIPTION_MAX,
                  "%d characters" % len(entry["Description"]))
        foreign = pick(props.get("Description", {}), other)
        report.ok("%s description differs from the %s one" % (display, other),
                  foreign is not None and foreign != want, repr(foreign))
        report.ok("%s display name is the same in every locale" % display,
                  pick(props.get("DisplayName", {}), locale) == display,
                  repr(props.get("DisplayName")))
        category = pick(props.get("Category", {}), "en-US")
        report.ok("%s category" % display, entry["Category"] == CATEGORIES.get(category),
                  "got %r, xcu %r" % (entry["Category"], category))
        args = entry["Arguments"]
        params = row["params"]
        report.ok("%s has %d arguments in the wizard and the xcu" % (display, len(optional)),
                  len(args) == len(optional) == len(params),
                  "wizard %d, xcu %d" % (len(args), len(params)))
        for k, (arg, (pname, pprops)) in enumerate(zip(args, params)):
            name = pick(pprops.get("DisplayName", {}), locale)
            desc = pick(pprops.get("Description", {}), locale)
            label = "%s argument %d (%s)" % (display, k + 1, pname)
            report.ok(label + " has a %s name and description" % locale,
                      bool(name) and bool(desc))
            report.ok(label + " name", arg.Name == name,
                      "got %r, expected %r" % (arg.Name, name))
            report.ok(label + " description", arg.Description == desc,
                      "got %r, expected %r" % (arg.Description, desc))
            report.ok(label + " description fits the Wizard (<= %d characters)"
                      % ARGUMENT_MAX, len(arg.Description) <= ARGUMENT_MAX,
                      "%d characters: %r" % (len(arg.Description), arg.Description))
            other_desc = pick(pprops.get("Description", {}), other)
            report.ok(label + " description differs from the %s one" % other,
                      other_desc is not None and other_desc != desc, repr(other_desc))
            if optional[k]:
                report.ok(label + " is optional", arg.IsOptional)
            elif arg.IsOptional:
                marked.append(label)
    if marked:
        print("  quirk: the wizard marks %d required arguments optional (Calc makes every "
              "any-typed argument optional), e.g. %s" % (len(marked), marked[0]))
    extra = sorted(set(table) - {m for m, _ in SIGNATURES.values()})
    report.ok("the xcu has no function beyond the signatures above", not extra, str(extra))


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--oxt", required=True)
    p.add_argument("--xcu", help="CalcAddIns.xcu to compare with (default: the one in the .oxt)")
    p.add_argument("--soffice")
    p.add_argument("--keep", action="store_true")
    args = p.parse_args()
    report = checks.Report("e2e_metadata")
    try:
        if args.xcu:
            with open(args.xcu, encoding="utf-8") as f:
                xcu_text = f.read()
        else:
            xcu_text = harness.oxt_member(args.oxt, "CalcAddIns.xcu")
        table = read_xcu(xcu_text)
        calc = harness.CalcSession(args.oxt, locale="id-ID", budget=240, label="e2e_metadata",
                                   soffice=args.soffice, keep=args.keep)
        calc.__enter__()
    except (harness.HarnessError, OSError, ET.ParseError) as e:
        harness.die(str(e))
    try:
        check_locale(calc, report, table, "id-ID", "en-US")
        calc.restart(locale="en-US")
        check_locale(calc, report, table, "en-US", "id-ID")
        report.section = "end"
        report.ok("soffice still alive at the end", calc.alive())
    except Exception as e:
        import traceback
        report.fail("raised", "%s\n%s" % (e, traceback.format_exc()))
    finally:
        calc.close()
    sys.exit(report.summary())


if __name__ == "__main__":
    main()
