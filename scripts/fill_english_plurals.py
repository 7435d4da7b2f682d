#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills the English plural forms in translations/picklescope_en.ts.

Source strings say "%n file(s)"; English needs "1 file" / "2 files". Every numerus message
gets its two forms from the source text; other messages stay untranslated (the source text
is English already). Run after `cmake --build build --target picklescope_gui_lupdate`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/picklescope_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    singular = source.replace("(es)", "").replace("(s)", "")
    singular = singular.replace(" that are not ", " that is not ")
    plural = source.replace("(es)", "es").replace("(s)", "s")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
