#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file.

fill-ts.py en FILE.ts              English: the translation is the source text (plural forms made
                                   from "(s)" in the source: "%n job(s)" -> "%n job" / "%n jobs").
fill-ts.py ja FILE.ts DICT.json    Japanese: translations from DICT.json ({"source": "translation"},
                                   or {"context\\u0004source": "translation"} where a source needs a
                                   different translation in one context).
Prints the sources it could not fill. Run lupdate afterwards to normalise the file's formatting.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def english_forms(source):
    if "(s)" in source:
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    return [source, source]


def main():
    lang, path = sys.argv[1], sys.argv[2]
    table = {}
    if lang != "en":
        with open(sys.argv[3], encoding="utf-8") as f:
            table = json.load(f)
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") not in ("unfinished", None):
                continue
            if tr.get("type") is None and (tr.text or len(tr)):
                continue
            source = msg.findtext("source")
            numerus = msg.get("numerus") == "yes"
            if lang == "en":
                forms = english_forms(source) if numerus else [source]
            else:
                text = table.get(f"{ctx}\u0004{source}", table.get(source))
                if text is None:
                    missing.append(f"{ctx}: {source}")
                    continue
                forms = [text]
            for child in list(tr):
                tr.remove(child)
            if numerus:
                tr.text = None
                for form in forms:
                    el = ET.SubElement(tr, "numerusform")
                    el.text = form
            else:
                tr.text = forms[0]
            tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
