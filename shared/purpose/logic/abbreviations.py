"""NHS abbreviations and shorthand, read as the words they stand for before work is matched with a vision.

Registers of improvement work are written by busy teams: "VRI in ED", "POCT lactate on AMU", "abx within 1 hr".
The word vectors do not know most of these (and drop words of two letters), so without this table the
words that say what the work is about are the ones the review cannot read. Written by the team from general
NHS usage; an abbreviation with two common senses in NHS registers (PE, PR, RA, PIP, MS, PA, CD, HPV) is left
out rather than guessed.

Upper-case abbreviations are matched only as written, in capitals (with a plural "s": "HCAs", "FCPs"), so
"ICE" the requesting system is not ice and "SALT" is not salt. Lower-case shorthand ("abx", "appt") is
matched in any case. Shorthand the vectors already read well ("meds", "rehab") is not listed.
"""

from __future__ import annotations

import re

from purpose.logic.meaning import spaces_for

ABBREVIATIONS = {
    # Services, units and places
    "AMU": "acute medical unit", "SAU": "surgical assessment unit", "EAU": "emergency assessment unit",
    "MIU": "minor injuries unit", "CDU": "clinical decision unit", "ED": "emergency department",
    "HASU": "hyperacute stroke unit", "CCU": "coronary care unit", "SCBU": "special care baby unit",
    "MBU": "mother and baby unit", "DSU": "day surgery unit", "OPD": "outpatient department",
    "MLU": "midwife-led unit", "CDC": "community diagnostic centre", "GUM": "sexual health clinic",
    "CMHT": "community mental health team", "EIP": "early intervention in psychosis",
    "HSDU": "sterile services for surgical instruments", "COTE": "care of older people",
    "T&O": "trauma and orthopaedics", "ENT": "ear, nose and throat", "UEC": "urgent and emergency care",
    "CCG": "clinical commissioning group", "UKHSA": "public health agency", "NHSBT": "NHS blood and transplant",
    "NHSE": "national NHS", "NICE": "national clinical guidance", "GIRFT": "getting it right first time",
    "LIMS": "laboratory information system", "PAS": "patient administration system",
    "EPMA": "electronic prescribing", "eObs": "electronic observations", "ICE": "electronic test requesting",
    "NMS": "new medicine service", "DMS": "discharge medicines service",
    "CPCS": "community pharmacist consultation service", "NEPTS": "non-emergency patient transport",
    "PTS": "patient transport", "OVM": "overseas visitor charging", "E&F": "estates and facilities",
    "HR": "human resources", "ESR": "electronic staff record", "CCOT": "critical care outreach team",
    "MDT": "multidisciplinary team", "PALS": "patient advice and liaison service",
    "FTSU": "freedom to speak up", "OOH": "out of hours", "FGM": "female genital mutilation",
    "FASD": "fetal alcohol spectrum disorder",
    # People and roles
    "HCSW": "healthcare support worker", "RN": "registered nurse", "RMN": "mental health nurse",
    "RGN": "registered nurse", "MW": "midwife", "HV": "health visitor", "DN": "district nurse",
    "CNS": "clinical nurse specialist", "ANP": "advanced nurse practitioner",
    "ODP": "operating department practitioner", "OT": "occupational therapy",
    "SLT": "speech and language therapy", "SALT": "speech and language therapy",
    "FCP": "first contact physiotherapist", "IEN": "internationally educated nurse",
    "IMG": "international medical graduate", "IDVA": "domestic abuse adviser", "ISVA": "sexual violence adviser",
    "AMHP": "approved mental health professional", "CYP": "children and young people",
    "LD": "learning disability", "LDA": "learning disability and autism",
    "SEND": "special educational needs and disabilities", "EHCP": "education, health and care plan",
    # Conditions
    "T1DM": "type 1 diabetes", "T2DM": "type 2 diabetes", "DM": "diabetes", "GDM": "gestational diabetes",
    "HTN": "hypertension", "CHD": "coronary heart disease", "IHD": "coronary heart disease",
    "MI": "heart attack", "ACS": "heart attack", "NSTEMI": "heart attack", "HF": "heart failure",
    "CCF": "heart failure", "CVA": "stroke", "VTE": "venous thrombosis, blood clots",
    "OSA": "obstructive sleep apnoea", "CFS": "chronic fatigue syndrome", "ILD": "lung fibrosis",
    "RTI": "respiratory infection", "LRTI": "chest infection", "URTI": "respiratory infection",
    "CAUTI": "catheter urinary tract infection",
    "SSI": "surgical site infection", "HCAI": "infection caught in hospital", "CDI": "difficile infection",
    "MSSA": "staphylococcus bloodstream infection", "ESRD": "kidney failure", "OA": "osteoarthritis",
    "#NOF": "hip fracture", "NOF": "hip fracture", "LBP": "low back pain", "MND": "motor neurone disease",
    "PND": "postnatal depression", "EUPD": "personality disorder", "EoL": "end of life",
    "PPH": "bleeding after birth", "HAT": "blood clots associated with hospital",
    "HAPU": "hospital-acquired pressure ulcers",
    # Tests, treatments and care
    "LMWH": "blood-thinning injections", "DOAC": "anticoagulant tablets", "NOAC": "anticoagulant tablets",
    "INR": "warfarin blood test", "NIV": "non-invasive ventilation", "SpO2": "oxygen saturation",
    "BP": "blood pressure", "HbA1c": "blood sugar test", "CXR": "chest x-ray", "USS": "ultrasound",
    "OGTT": "glucose tolerance test", "GTT": "glucose tolerance test", "2WW": "two-week suspected cancer referral",
    "FDS": "faster diagnosis of cancer", "DNA": "did not attend", "WNB": "was not brought",
    "PIFU": "patient-initiated follow-up", "A&G": "advice and guidance", "F2F": "face to face",
    "POA": "pre-operative assessment", "POCT": "point-of-care testing", "IOL": "induction of labour",
    "LSCS": "caesarean section", "NBV": "new birth visit", "VBA": "very brief advice on smoking",
    "TTO": "take-home medicines at discharge", "POD": "patients' own medicines", "IV": "intravenous",
    "AES": "anti-embolism stockings", "VRI": "video remote interpreting", "BSL": "British Sign Language",
    "EAL": "English as an additional language", "OSCE": "nursing clinical exam", "DBS": "criminal record check",
    "SI": "serious incident", "PSII": "patient safety incident investigation", "RCA": "root cause analysis",
    "QI": "quality improvement", "PDSA": "plan, do, study, act", "SOP": "standard operating procedure",
    "CIP": "cost improvement programme", "HRG": "payment coding", "LOS": "length of stay",
    "LoS": "length of stay", "DTOC": "delayed discharge", "MFFD": "medically fit for discharge",
    "D2A": "discharge to assess", "NCTR": "no criteria to reside in hospital", "TCI": "admission date",
    "EV": "electric vehicle", "ANPR": "number plate cameras", "HVAC": "heating and ventilation",
    "AfC": "agenda for change pay", "THR": "hip replacement", "TKR": "knee replacement",
    "IPC": "infection prevention and control",
    # Shorthand, in any case
    "abx": "antibiotics", "appt": "appointment", "appts": "appointments",
    "physio": "physiotherapy", "physios": "physiotherapists", "paeds": "paediatrics", "gynae": "gynaecology",
    "ortho": "orthopaedics", "neuro": "neurology", "resus": "resuscitation", 
    "refurb": "refurbishment", "pts": "patients", "dx": "diagnosis", "tx": "treatment", "sx": "symptoms",
    "wks": "weeks", "c. diff": "difficile infection", "c.diff": "difficile infection",
    "cdiff": "difficile infection", "micro": "microbiology", "pre-op": "pre-operative", "post-op": "post-operative",
}

_AS_WRITTEN = {k: v for k, v in ABBREVIATIONS.items() if not k.islower()}
_ANY_CASE = {k: v for k, v in ABBREVIATIONS.items() if k.islower()}
# One pass over the text: a word with a capital or a digit in it, or one of the shorthand words. Most words
# of a register are neither, so a review of thousands of items stays fast.
_CANDIDATE = re.compile(r"(?<![\w&#.-])(?:(?i:" + "|".join(map(re.escape, sorted(_ANY_CASE, key=len, reverse=True)))
                        + r")|#?[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9&]*)(?![\w&-])")


def _spell(match: re.Match) -> str:
    word = match.group(0)
    if word in _AS_WRITTEN:
        return _AS_WRITTEN[word]
    if word.endswith("s") and word[:-1] in _AS_WRITTEN:  # "HCAs", "FCPs"
        return _AS_WRITTEN[word[:-1]]
    return _ANY_CASE.get(word.lower(), word)


# Most texts have none, which a glance at their words tells faster than the pattern: punctuation (but for the
# "#", "&" and "-" abbreviations are written with) to spaces, then a look up of each word.
_TO_SPACES = str.maketrans({c: " " for c in ".,;:!?()[]{}/\\'\"“”‘’"})
_ASCII_TO_SPACES = spaces_for(lambda c: c in ".,;:!?()[]{}/\\'\"")  # the same, in C
_WRITTEN_WORDS = frozenset(_AS_WRITTEN) | {k + "s" for k in _AS_WRITTEN}
_SHORTHAND_WORDS = frozenset(w for k in _ANY_CASE for w in k.replace(".", " ").split())


# In a text written all in capitals ("SEND LETTERS TO GPS"), these are more likely the everyday words.
_ALSO_WORDS = frozenset({"COTE", "GUM", "HAT", "ICE", "NICE", "PALS", "PAS", "POD", "SALT", "SEND", "SOP"})


def _spell_in_capitals(match: re.Match) -> str:
    return match.group(0) if match.group(0) in _ALSO_WORDS else _spell(match)


def spelled_out(text: str) -> str:
    """The text with each abbreviation of ABBREVIATIONS replaced by the words it stands for."""
    words = (text.encode("ascii").translate(_ASCII_TO_SPACES).decode("ascii") if text.isascii()
             else text.translate(_TO_SPACES)).split()
    if _WRITTEN_WORDS.isdisjoint(words) and _SHORTHAND_WORDS.isdisjoint(map(str.lower, words)):
        return text
    return _CANDIDATE.sub(_spell_in_capitals if text.isupper() else _spell, text)
