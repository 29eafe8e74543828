"""Finding what could identify someone in free text, and a redacted version for publishing.

Covers email addresses, phone numbers, NHS numbers (with their check digit), postcodes, street
addresses, dates of birth and names of people (after a title or a naming cue, or a capitalised
word mid-sentence that is not an ordinary English word). It errs towards redacting: a quote
loses a word rather than publish a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from purpose.logic.meaning import MODEL

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"(?<!\d)(?:\+44\s?(?:\(0\)\s?)?|\(?0)(?:\d[\s)-]{0,2}){8,10}\d(?!\d)")
NHS_NUMBER = re.compile(r"(?<!\d)(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})(?!\d)")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)
ADDRESS = re.compile(r"\b\d{1,4}[a-z]?,?\s+([A-Z][a-z]+\s){1,3}(Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|"
                     r"Crescent|Court|Place|Gardens|Terrace|Grove|Walk|Row|Square|Hill|Park|View|Rise|Mews)\b")
DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](19\d\d|20[01]\d)\b|\b\d{1,2}(st|nd|rd|th)?\s+(January|February|March|"
                  r"April|May|June|July|August|September|October|November|December)\s+(19\d\d|200\d)\b", re.I)
BIRTH_CUE = re.compile(r"\b(born|d\.?o\.?b|date of birth|birthday)\b", re.I)
TITLE_NAME = re.compile(r"\b(Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Nurse|Sister|Matron|Prof|Professor|Paramedic|Sir|Dame)\.?\s+"
                        r"([A-Z][a-z'-]+)(\s+[A-Z][a-z'-]+)?")
NAMED = re.compile(r"\b(called|named|name is|name was|thanks to|thank you to|thank you)\s+([A-Z][a-z'-]+)"
                   r"(\s+[A-Z][a-z'-]+)?")
CAPITALISED = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z'-]{2,})")
KEEP = {"NHS", "GP", "A&E", "ED", "ICU", "I", "Covid", "Christmas", "English", "British", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Trust", "Hospital", "Ward", "Service", "Team",
        "Ambulance", "Friends", "Family", "Test", "Healthwatch", "Google", "Facebook", "Internet", "Mum", "Dad"}


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    path = MODEL / "words.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def _nhs_number_valid(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def find_personal_information(text: str) -> list[Finding]:
    found: list[Finding] = []
    for match in EMAIL.finditer(text):
        found.append(Finding("email address", *match.span()))
    for match in NHS_NUMBER.finditer(text):
        if _nhs_number_valid("".join(match.groups())):
            found.append(Finding("NHS number", *match.span()))
    for match in PHONE.finditer(text):
        found.append(Finding("phone number", *match.span()))
    for match in POSTCODE.finditer(text):
        found.append(Finding("postcode", *match.span()))
    for match in ADDRESS.finditer(text):
        found.append(Finding("address", *match.span()))
    for match in DATE.finditer(text):
        window = text[max(0, match.start() - 40):match.end() + 10]
        if BIRTH_CUE.search(window) or (match.group(3) and int(match.group(3)) < 2006):
            found.append(Finding("date of birth", *match.span()))
    for pattern, group in ((TITLE_NAME, 2), (NAMED, 2)):
        for match in pattern.finditer(text):
            if match.group(group) not in KEEP:
                found.append(Finding("name", match.start(group), match.end(match.lastindex or group)))
    ordinary = _ordinary_words()
    for match in CAPITALISED.finditer(text):
        word = match.group(1)
        if word not in KEEP and word.lower() not in ordinary and not word.lower().rstrip("s") in ordinary:
            found.append(Finding("name", *match.span(1)))
    return _merge(found)


def _merge(found: list[Finding]) -> list[Finding]:
    merged: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if merged and f.start < merged[-1].end:
            if f.end > merged[-1].end:
                merged[-1] = Finding(merged[-1].kind, merged[-1].start, f.end)
            continue
        merged.append(f)
    return merged


def may_identify_someone(text: str) -> bool:
    return bool(find_personal_information(text))


def redact(text: str) -> str:
    """The text with each identifying detail replaced by [kind], e.g. "[name] on ward 7 was kind"."""
    out, last = [], 0
    for f in find_personal_information(text):
        out += [text[last:f.start], f"[{f.kind}]"]
        last = f.end
    return "".join(out + [text[last:]])
