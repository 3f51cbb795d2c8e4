#!/usr/bin/env python3
"""Fills unfinished French entries of translations/convivium_fr.ts from a
small JSON dictionary {"source": "traduction"} or, for plural forms,
{"source": ["singulier", "pluriel"]}. Usage: translate_fr.py dict.json"""
import json
import sys
import xml.etree.ElementTree as ET

path = "translations/convivium_fr.ts"
words = json.load(open(sys.argv[1], encoding="utf-8"))
raw = open(path, encoding="utf-8").read()
tree = ET.ElementTree(ET.fromstring(raw))
done = 0
for message in tree.iter("message"):
    translation = message.find("translation")
    source = message.find("source").text
    if translation.get("type") != "unfinished" or source not in words:
        continue
    value = words[source]
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = "\n            "
        for form in value:
            f = ET.SubElement(translation, "numerusform")
            f.text = form
            f.tail = "\n            "
    else:
        translation.text = value
    del translation.attrib["type"]
    done += 1
body = ET.tostring(tree.getroot(), encoding="unicode")
open(path, "w", encoding="utf-8").write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
print(f"{done} translated")
