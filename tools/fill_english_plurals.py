#!/usr/bin/env python3
"""Fills the plural forms of translations/convivium_en.ts from the English
source texts ("%n record(s)" -> "%n record" / "%n records"). Run after the
update_translations target; only empty numerus entries are filled."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/convivium_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if translation.get("type") != "unfinished" and forms and all(f.text for f in forms):
        continue
    singular = re.sub(r"\((?:s|es)\)", "", source)
    singular = singular.replace(" lose their", " loses their" if "contributor" in source else " loses its")
    plural = re.sub(r"\((s|es)\)", r"\1", source.replace("person(s)", "people"))
    for f in list(translation):
        translation.remove(f)
    for text in (singular, plural):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
    translation.tail = "\n    "
tree.write(path, encoding="utf-8", xml_declaration=True)
