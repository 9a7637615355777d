#!/usr/bin/env python3
"""Chooses the everyday (out-of-domain) examples added to the fallback intent, from tuning data only.

Input: a JSON-lines dump of how the bot *before* these examples answered each tuning message
(fields file, line, text, label, top, conf; made by running the bot's Nlu over
CLINC150 train and xSID no.valid). Tuning data = every CLINC150 train line, and the xSID
no.valid lines with an ODD line number; the EVEN lines of xSID and all of CLINC150 val are
never read here (they are the untouched report sets).

Per source intent, the K messages the bot answered with the highest confidence as something
other than fallback/small talk (hard negatives) are chosen. CLINC150's own small-talk intents
(greeting, goodbye, thank_you, what_can_i_ask_you) are skipped: the bot may answer those as
greeting/goodbye/thanks/help. Messages already in intents/ or in the held-out set are skipped.

Only messages answered with confidence >= MIN_CONF (default 0) are candidates.

Usage: select_examples.py DUMP K_CLINC K_XSID INTENTS_DIR [MIN_CONF] > chosen.json
"""
import glob
import json
import re
import sys
from collections import defaultdict

SMALLTALK = {"greeting", "help", "thanks", "goodbye", "fallback"}
CLINC_SMALLTALK = {"greeting", "goodbye", "thank_you", "what_can_i_ask_you"}


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def main():
    dump, k_clinc, k_xsid, intents = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    min_conf = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    known = set()
    for f in glob.glob(intents + "/topics/*.json"):
        for i in json.load(open(f, encoding="utf-8"))["intents"]:
            known.update(norm(e) for e in i.get("examples", []))
    for line in open(intents + "/tests/nlu-holdout.jsonl", encoding="utf-8"):
        if line.strip():
            known.add(norm(json.loads(line)["text"]))
    by_label = defaultdict(list)
    for line in open(dump, encoding="utf-8"):
        r = json.loads(line)
        xsid = "xsid" in r["file"]
        if xsid and r["line"] % 2 == 0:
            continue  # the untouched half of xSID
        if not xsid and "clinc150-train" not in r["file"]:
            continue
        if r["label"] in CLINC_SMALLTALK or r["top"] in SMALLTALK or r["conf"] < min_conf:
            continue
        by_label[("xsid" if xsid else "clinc", r["label"])].append(r)
    chosen = []
    for (source, label), rows in sorted(by_label.items()):
        k = k_xsid if source == "xsid" else k_clinc
        rows.sort(key=lambda r: (-r["conf"], r["text"]))
        for r in rows:
            if k == 0:
                break
            if norm(r["text"]) in known:
                continue
            known.add(norm(r["text"]))
            chosen.append({"text": r["text"].strip(), "source": source, "label": label})
            k -= 1
    json.dump(chosen, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
