"""How often the review questions the right work, on visions it was not tuned to.

tests/data/alignment_check holds four visions (mental health crisis care, maternity, frailty at
home, ambulance response) with twelve work items each, labelled by the team before the method was
run on them; half serve the vision, half do not, and many of those share its words ("the
maternity unit signage", "the mental health ward kitchen", "the estates contract handover").
tests/data/alignment_holdout holds four more (children's mental health, heart attack and stroke
prevention, planned care, learning disability and autism), written and labelled the same way.
tests/data/alignment_fresh and alignment_fresh2 hold six visions each with sixteen items. The first
was written before the care links (model/care_links.json); after it showed they helped only the
areas of care they cover, links for its six areas were added, so it is no longer unseen. The second
was written after the care links and scored once, when the method was settled (81 of 96); links
for two of its areas were added after that. alignment_fresh3 (six more visions) was written and
scored (75 of 96) before the condition and support-word checks, which were then written knowing
its misses; so none of these is unseen any more. alignment_fresh4 was written after the checks and
scored once (76 of 96, against 65 for the method before them); it was then used to widen the
checks' lists and the care links. alignment_fresh5 was written after that and scored once (83 of
96, against 77 before the checks). alignment_fresh6 to alignment_fresh13 were written in the next
session, each before the changes it then measured, and scored once when those were settled (85,
81, 76, 79, 83, 82, 78 and 83 of 96; 80, 75, 70, 76, 80, 82, 72 and 80 for the method at that
session's start); all but the last were then tuned on. alignment_fresh14 to alignment_fresh16 were
written in the session after, each before the changes it then measured (86, 79 and 70 of 96 when first
scored; 85, 79 and 72 for the method at that session's start), and then tuned on; alignment_fresh17 was
written after that session's last change and scored once with the final method (78 of 96; 77 for the method
at the session's start), and alignment_fresh18 after that (79 of 96; 78). In the next session
alignment_fresh19 (81 of 96 when first scored) and alignment_fresh20 (73, written in register shorthand:
"VTE RA in the EPR", "abx") were written before its changes; alignment_jargon has fresh19's items as a
team would write them in a register (77 against 81 in plain words), to measure what shorthand costs.
alignment_fresh21 was written after that session's shorthand and register changes and scored once (76 of
96, as for the method at the session's start); three small changes followed (77). alignment_fresh22 was
written at the start of the session after (82 of 96 when first scored); care links for its six areas of care
and three small changes followed (90: links written knowing its misses, so no longer unseen). alignment_fresh23
was written after those changes and scored once (82 of 96, as for the method at that session's start); links for
its areas and eight more common ones followed (88). alignment_fresh24 was written at the start of the session
after (80 of 96 when first scored); reading the vision's own initials ("MS", "TAVI") and heart valve disease as a
condition followed (88), then care links for its areas and inflammatory bowel disease (91: no longer unseen).
alignment_fresh25 was written after those changes and scored once (76 of 96, as for the method at that session's
start); accents read as plain letters, plural names read in the singular and links for its areas followed (82).
alignment_fresh26 was written after all of those changes and scored once (83 of 96; 83 for the method at that
session's start); conditions named by their adjective ("depressed", "septic") followed from one of its misses (84),
then links for its areas and more for breast cancer (90: no longer unseen). alignment_fresh27 was written after
all of that session's changes and scored once (80 of 96; 80 for the method at that session's start).
alignment_fresh28 was written at the start of the session after (78 of 96 when first scored); conditions the
table lacked and links for fresh27's and fresh28's areas followed (88 and 90). alignment_fresh29 was written after
those changes and scored once (73 of 96; 73 for the method at that session's start); links for its areas followed
(80). alignment_fresh30 was written after those and scored once (79 of 96; 79 for the method at the session's
start); reading a vision for staff by how it opens, from misses on it and other sets, followed (81).
alignment_fresh31 was written after that and scored once (74 of 96; 74 for the method at the session's start);
nothing was tuned on it. alignment_fresh32 (75 of 96) and alignment_devstyle were written at the start of the
session after and scored once; nothing that session tried was kept, so neither is tuned on. alignment_devstyle
has four visions in the development set's style, 24 items each with more obvious other work and support work
(84 of 96 when first scored). alignment_devstyle2 (hip fracture, homeless health, end of life care, staff safe
from violence) was written in the same style at the start of the session after and scored once (82 of 96);
nothing that session tried on the verdicts was kept, so it is not tuned on either. The session after added one
input to the verdict model, chosen between three variants on every set: work that names only another area of care
than the vision's (87 and 84 of 96 on the two devstyle sets, 76 and 77 on fresh31 and fresh32; 86 on fresh12,
which had 88). So those four are no longer wholly unseen. alignment_devstyle3 (stillbirth, dementia, flow through
the emergency department, stroke) was written in the development set's style after that input was kept, and scored
once: 90 of 96, as for the method before it (which questioned a fertility waiting list and a cancer backlog less,
and liaison psychiatry in the emergency department and a care home advice line more). A kitchen, furniture and
office supplies were then added to the support words, from its miss of a neonatal unit's parents' kitchen (91).
alignment_devstyle4 (finding kidney disease early, tobacco dependence in hospital, children's asthma, outpatients)
was written after all of that session's changes and scored once: 89 of 96, with the same misses as the method at the
session's start. alignment_devstyle5 (mental health crisis care, frailty at home, avoidable deaths of people with a
learning disability, bowel screening uptake) was written after that and scored once: 82 of 96 (80 for the method at
the session's start). Its misses under the learning disability vision led to reading visions for a group of people
(the care links' "group"): work naming that group is not checked for other conditions or screening (84).
alignment_devstyle6 (keeping nurses and midwives, type 2 diabetes care, domestic abuse noticed in hospital, cancer
treatment within 62 days) was written after all of that and scored once: 83 of 96 (82 for the method at the session's
start). alignment_devstyle7 (sepsis recognised and treated within the hour, category 2 ambulance response, pressure
ulcers in care at home, high blood pressure found and treated) was written at the start of the next session and
scored once: 83 of 96. Its misses then led to care links for deterioration and ambulance response, and to six
new areas of care (86). alignment_devstyle8 (children's and young people's mental health, infections caught in
hospital, discharge when ready, diabetes care in hospital) was written after all of that and scored once: 79 of 96,
as for the method at that session's start; not tuned on (82 with the coverage input, kept a session later).
alignment_devstyle9 (acute kidney injury in hospital, speaking up, several long-term conditions, same day emergency
care) was written after the coverage input and scored once: 84 of 96 (83 for the method at that session's start); its
misses led to links for its areas (90). alignment_devstyle10 (antibiotics through a drip at home, fewer emergency
readmissions, children's hearing, healthcare support workers' careers) was written after all of that and scored
once: 90 of 96 (82 for the method at that session's start); not tuned on. What descriptions add was then chosen with
all of these in view. alignment_devstyle11 (wet macular degeneration injections, life on mental health wards, scan
reporting, adjustments for disabled staff) was written after that and scored once: 84 of 96 (79 for the method at the
session's start, 78 before that input); not tuned on. alignment_devstyle12 (induction of labour, out of area mental
health placements, a fracture service, children's epilepsy) was written last and scored once: 87 of 96 (86 for the
method at the session's start); not tuned on. alignment_devstyle13 (safe surgery in theatres, children free from tooth
decay, resident doctors' rotas and teaching, alcohol care in hospital) was written after the check of care outside
hospital and scored once: 84 of 96, as for the method at the session's start; its miss of liver fibrosis scans led
to fibrosis named by its organ (85). alignment_devstyle14 (safe and needed blood transfusion, young carers, health care
in care homes, diabetes technology for type 1 diabetes) was written after that and scored once: 84 of 96, as for the
method at the session's start; its miss of type 2 remission under the type 1 vision led to reading the types of
diabetes (85). alignment_devstyle15 (seven-day senior care on the medical wards, veterans, children's speech and
language, NHS 111 right first time) was written after every change of that session and scored once: 85 of 96 (84 for
the method at the session's start); not tuned on. alignment_devstyle16 (patients sleeping well on the wards, cataract
surgery, heart attack care from the 999 call to rehabilitation, clear letters) was written at the start of the next
session and scored once: 81 of 96, as for the method at the session's start; its miss of the catheter lab, read as the
bladder's catheter, led to naming the lab as the heart's (83). alignment_devstyle17 (up, dressed and moving in
hospital, electronic prescribing, nurses and midwives from overseas, acute oncology) and alignment_devstyle18 (getting
to appointments, young people and vaping, women in senior roles, children's pain in the emergency department) were
written after that and scored once, after the session's other changes: 83 and 79 of 96, as for the method at the
session's start; care links for getting to hospital and for electronic prescribing followed from their misses (85
and 81). alignment_devstyle19 (wound infections after surgery, ReSPECT plans, GP registration for everyone, 999 callers
cared for without a trip to hospital) and alignment_devstyle20 (staff sickness absence, waiting well for hip and knee
replacements, students' mental health, mouth care in hospital) were written after every change of that session and
scored once: 73 and 81 of 96, against 73 and 82 for the method at the session's start; the one item that moved led
to the check of ties through who the work is for firing only on work whose words lean to unrelated work (82).
alignment_devstyle21 (children's early language, insulin safety for inpatients, blood tests close to home, wards
staffed without agency nurses) was written at the start of the next session, with its misaligned items mixed as the
development set's are (support work, other areas of care, a few that share a word or a service), and scored once: 87
of 96, as for the method at the session's start; not tuned on. alignment_devstyle22 (older inpatients eating and
drinking, continence care, staff logging in on working devices, vaccines in pregnancy) and alignment_devstyle23
(research in everyday care, volunteers, staff paid correctly, interpreters) were written and scored once in turn: 84
and 81 of 96. Their misses led to the patient record read as no one the work is for, support work named by its kind
(laptops under a vision about computers, overtime under one about pay) and appointments read as outside the wards (88
and 84; 89 and 84 once a name inside a longer name of another area of care was read as that area's). alignment_devstyle24 (perinatal mental health, persistent pain and strong painkillers, safe buildings,
antibiotics used only when needed) was written after every change of that session and scored once: 82 of 96, as for
the method at the session's start; back pain and fibromyalgia as persistent pain followed (84). alignment_devstyle25
(ready for a major incident, accurate clinical records, community equipment, children in care and care leavers) was
written after that and scored once: 83 of 96, as for the method at the session's start; a care link for major
incidents followed (88). alignment_devstyle26 (living within our means, diagnostic tests within six weeks,
surviving a cardiac arrest in the community, suspected skin cancer) was written after every change of that session
and scored once: 87 of 96, as for the method at the session's start; not tuned on. alignment_devstyle27 (term babies
kept with their mothers, social care workers, eye emergencies, procurement) was written last and scored once: 76 of
96, as for the method at the session's start; contracts named by a vision about buying supplies followed (77).
alignment_devstyle28 (cyber security, never events in surgery, diabetes in pregnancy, radiotherapy close to home) to
alignment_devstyle31 (antenatal and newborn screening, neurodivergent staff, patients as partners in safety, children's
surgery), with devstyle29 (lived experience in mental health services, children's therapies, heatwaves and cold
snaps, newly qualified nurses) and devstyle30 (mental health crises in the emergency department, accessible
information, sexual safety at work, artificial limbs), were written and committed together at the start of the next
session and scored once: 76, 86, 84 and 85 of 96. Care links for their areas and diabetes in pregnancy read as a type
of its own followed (79, 87, 86 and 87). alignment_devstyle32 to alignment_devstyle35 (staff food at any hour,
clinical coding, trans and non-binary patients, genomic testing; Black heritage blood donors, identifying patients,
staff homes, female genital mutilation; childcare for shift workers, medical devices, moving and handling, district
nursing caseloads; a patient portal, the cost of living, hospital food, emotional support with cancer) were written
after those changes and scored once: 74, 81, 75 and 80 of 96, as for the method at the session's start. Care links
for their areas and support work named by its kind (kitchens under a vision about meals, residences under one about
housing) followed (84, 84, 79 and 89). alignment_devstyle36 to alignment_devstyle39 (spiritual care, staff feeling
valued, getting through by phone, home oxygen; frequent emergency department attenders, appraisals, food allergies in
hospital, alcohol in pregnancy; staff travel, video appointments, clinical supervision, after a death; water safety,
teenage pregnancy and young parents, children's bladder and bowel care, arts and health) were written after those and
scored once: 87, 84, 89 and 79 of 96, against 87, 83, 89 and 79 for the method at the session's start. Awards named
by a vision about staff feeling valued, links for spiritual care, water safety and children's continence, and a
vision for parents read as one for fathers too followed (89, 84, 89 and 85). alignment_devstyle40 and
alignment_devstyle41 hold eight broad, organisation-wide visions (a longer, healthier life across an integrated care
system, the right ambulance response first time, care at home, mental health care early and close to home; children's
services, getting care from a GP practice, joint surgery, a rural hospice), written after every change of that session
and scored once: 88 and 80 of 96, as for the method at the session's start. All 24 misses were aligned work
questioned. Links for joint surgery, and hospices and the last months of life as end of life care, followed (88, 86).
alignment_devstyle42 and alignment_devstyle43 hold eight more broad visions (safe, timely hospital care; safe,
personal maternity care; a great place to work; cancer treatment started quickly; urgent care in the right place;
information shared and care managed online; older people living well; a stroke network), written after that and
scored once: 84 and 86 of 96, as for the method at the session's start; again every miss was aligned work questioned.
alignment_devstyle44 (an HIV partnership, an eye care network, coastal towns' health, the physical health of people
with serious mental illness), written after every change of the session before and scored once: 85 of 96 (8 of the
11 misses aligned work questioned). People with psychosis, schizophrenia or bipolar disorder known as the group a
vision about severe mental illness is for, and a vision about waiting too long served by waiting list work, followed
(89). alignment_devstyle45 (integrated neighbourhood care, community pharmacy first, safety at night and at weekends,
equal maternity safety for Black and Asian women), written after those and scored once: 83 of 96, 8 of its 13 misses
misaligned work passed (hospital pharmacy work under a vision for community pharmacies; weekend visiting and seven-day
GP access under safety at night and at weekends). Links for Pharmacy First and for safe care at night followed (86).
alignment_devstyle46 (clean air, health and justice liaison and diversion, honesty when things go wrong, the trust as
a local employer and buyer), written after those and scored once: 83 of 96. Cancer's link named only by cancer found
early (not "health needs found early"), an incident as patient safety work, and anti-idling, cycling to work and a
community garden as work for clean air and a local anchor followed (87).
alignment_devstyle47 (outpatient appointments that make a difference, modern slavery, staff recruited from overseas,
children's vaccinations), written after those and scored once: 76 of 96, 11 of its 20 misses under the modern slavery
vision, where "forced labour" read as a birth and much support work passed. A link for modern slavery, and a vision
for staff "and their families" read as one for those families too, followed (79).
alignment_devstyle48 (time back from paperwork with safe and fair AI, fire safety, health visiting, tracheostomy
safety), written after those and scored once: 79 of 96. Links for clinical paperwork and for tracheostomy and
laryngectomy care followed (83).
alignment_devstyle49 (farmers' health, care on islands, suicide among men, medical care at big events), written after
those and scored once: 82 of 96. The work known to prevent suicide among men (men's sheds, barbers, construction sites,
support through separation, veterans) followed (86).
alignment_devstyle50 (children's palliative care, women's health hubs, parent-infant relationships, blood cancers),
written after those and scored once: 85 of 96, not tuned on.
alignment_devstyle51 (four broad visions: a district general hospital, a mental health and learning disability trust,
a primary care network, a rural district; every misaligned item is support work), written after those and scored
once: 86 of 96, every miss aligned work questioned. A link for harm-free care in hospital, named by safe care, followed
(89).
alignment_devstyle52 (endometriosis diagnosed within a year, heart failure cared for at home, older people's medicines
reviewed and stopped when they no longer help, adults living with obesity), written after those and scored once: 90
of 96. Pacemakers and implanted defibrillators as heart failure work, and the bowel and bladder surgeons of deep
endometriosis, followed (92).
alignment_devstyle53 (four visions in the commonest areas, written fresh to measure the knowledge on areas it was
written for with items it had not seen: planned care within 18 weeks, community mental health care for adults with
severe mental illness, urgent and emergency care, staff health and wellbeing), written after those and scored once: 84
of 96, 5 of its 12 misses under the staff vision (flexible working, staff flu vaccination and money worries read as
other areas of care). A staff vision named by staff "supported at work" and its "wellbeing team", the severe mental
illness group served by community mental health work, work that names the vision's own group never another area, and
the urgent treatment centre as urgent and emergency care followed (89).
alignment_devstyle54 (four visions written as close to the development set's as the team could: a children's hospital,
an ambulance service, a cardiovascular prevention partnership, learning from patient safety incidents), written after
those and scored once: 87 of 96. Children "treated quickly, safely and kindly" as safe care in hospital, medicines
safety as part of it, and a dose "checked by weight" no longer read as work on a healthy weight followed (89).
alignment_devstyle55 (health inequalities across a system, children with special educational needs and disabilities,
maternity and neonatal safety, COPD; most misaligned items obvious other work or support work), written after those and
scored once: 88 of 96, every miss aligned work questioned. Stopping smoking as a Core20PLUS5 theme, the designated
clinical officer, seating, bathing and tube feeds as work for children with special educational needs, and
self-management for COPD followed (92).
alignment_devstyle56 (musculoskeletal pain, children's diabetes, district nursing for people who are housebound, adult
hearing loss; most misaligned items obvious), written after those and scored once: 87 of 96, 8 of its 9 misses aligned
work questioned. A hybrid closed loop as diabetes technology followed (88); a link for district nursing gained 1 and
lost 4 elsewhere, so is not there.
After those, a make run check found crews handing over in a cohort area only partial under a vision that no ambulance
waits outside the hospital: the ambulance response link named also by ambulance handovers and handover delays, and
served by cohorting, followed. After the refit it needs, 5 items more on devstyle5, devstyle22 and devstyle43, and
devstyle19 from 72 to 70 (two aligned items at the threshold), so its floor is 0.72.
alignment_devstyle57 (sickle cell crises, liver disease found early, lung cancer screening, learning from complaints;
most misaligned items obvious), written after those and scored once: 83 of 96, 12 of its 13 misses aligned work
questioned. A link for liver disease (fatty liver is one) and "lung cancers" naming lung cancer followed (86).
alignment_devstyle58 (wet macular degeneration and sight loss while waiting, chronic kidney disease found early in general
practice, smoke-free pregnancy, NHS dentistry in rural areas; most misaligned items obvious), written in a later session
and scored once: 94 of 96 (a GP practice's telephone system passed under the kidney vision on "practice", and removing
smoking shelters from the hospital grounds was partial under the smoke-free pregnancy vision). Not tuned on.
alignment_devstyle59 (cardiac rehabilitation, gynaecology waits, cardiac arrest outside hospital, babies born very early;
written with more of the development set's traps, work in the vision's area or with its words that does not serve it),
written after that and scored once: 93 of 96. Cataract surgery passed under the gynaecology vision, as known work for
any vision about waiting lists: it is now known work for eye care alone (94; cataract waits under visions for joint
pain and children's surgery were questioned too).
alignment_devstyle60 (falls in hospital, migraine and headache care, abdominal aortic aneurysm screening, acute oncology;
written with the development set's traps: the same area's other work, its words in another service), written after
that and scored once: 87 of 96. A chemotherapy unit's waiting room and a gym for people who have finished cancer
treatment passed under the acute oncology vision, as did falls classes in the community under one about falls in
hospital; outreach to traveller sites and easy-read letters for men with a learning disability were "another area of
care" under the aneurysm screening vision (leaving groups of people out of that check moved eight sets by one item
each, net one fewer, so it is not there). Building work a description opens with ("Refurbish the waiting room") named as
support work, as in a title, followed (88; devstyle44 one more).
alignment_devstyle61 (recovery after intensive care, safer sleep for babies, blood in the urine and bladder cancer found
early, children's breathing illness in winter; the development set's traps), written in a later session and scored once:
86 of 96. Flu vaccination for over-65s passed under the children's vision (0.95): the vectors and the tables read no
digits, so "over-65s" was "over". Ages from 60 up, said as ages ("over-65s", "people over 65", "aged 75 and over"; not
"over 60 minutes"), now name older people when the review asks who work is for (87; fresh5's shingles vaccine for
over-70s under a vision for children's vaccines, fresh21's bowel screening for people aged 60 to 74 under a vision for
teenagers and young adults with cancer, and two of devstyle33's items for older people under a vision for staff, are
questioned too). Read as words as well, "patients over 80" in a priority tied falls clinics in the community to a vision
about patients on the move in hospital: four items lost, so not as words. A kidney stone list and vasectomy waits passed
under the urology vision, whose purpose names the urology clinic: "urology" named the care link for kidney stones, whose
known work they are. It names it no more (88, and devstyle22's faster referral to urology under a continence vision is
no longer "another area of care"; a CT urogram under the urology vision, known work as a CT scan before, is questioned
now). Left: chemotherapy for advanced bladder cancer, cardiac rehabilitation under the intensive care vision, a hospital
teacher and a young people's crisis team under the children's one.
alignment_devstyle62 (care in early pregnancy and after pregnancy loss, familial hypercholesterolaemia found and
treated, deterioration on the wards noticed early, mouth cancer found early; the development set's traps), written after
that and scored once: 84 of 96. Brief alcohol advice with mouth checks for heavy drinkers was questioned as about a
condition the mouth cancer vision does not name, though its priority names people who "drink heavily": the table of
conditions names alcohol so too now (85). Left: antenatal classes and contraception after birth under the early
pregnancy vision ("pregnancy" names the care link for safer births; a link for early pregnancy and pregnancy loss moved
nothing, and the vectors do not know "ectopic"), BRCA testing under the familial hypercholesterolaemia vision, whose
purpose names genetic testing, voice therapy after a laryngectomy under the mouth cancer one, and fluid balance charts
for kidney injury questioned as another area of care. A group of people a care link knows is no other area of care when
the work also has a word of the vision's own, beyond the 300 or so commonest ("health", "support"): mouth checks at a
homeless health centre serve the mouth cancer vision (86), and so do devstyle60's outreach to traveller sites under
aneurysm screening (89), devstyle5's support workers helping people with a learning disability do the bowel screening
home test (92), devstyle19's easy read ReSPECT leaflet (71) and devstyle35's carers using a patient portal (90); no
labelled item lost (with words merely close to the vision's, a learning disability flag in the record passed under a
vision for trans people).
alignment_devstyle63 (time-critical medicines on time in hospital, coeliac disease, young people moving to adult
services, penicillin allergy labels checked and removed), written after that and scored once: 86 of 96, all 24 under the
coeliac vision. Not tuned on: most of what passed was partial (0.41 to 0.60), other work for the vision's own conditions
or people (epilepsy surgery, deep brain stimulation for Parkinson's, diabetes prevention, apprenticeships for school
leavers, adult ADHD assessments); anaphylaxis kits in GP practices passed under the penicillin allergy vision (0.93),
and bedside medicine lockers and letters sent to young people themselves were questioned. Moving the edge of "question"
from 0.35 to 0.33 or 0.37 loses items on these sets and the others.
alignment_devstyle64 (every death reviewed by a medical examiner, severe sickness in pregnancy, endoscopy within six
weeks, children's dental extractions and orthodontic waits), written after that and scored once: 83 of 96. Children's
tonsil surgery passed under the dental vision (0.72): the nose and throat (tonsils, sinuses, adenoids) are now a part of
the body of their own (84; tonsil operations under devstyle4's children's asthma vision and fresh32's scoliosis one are
questioned too; with the voice box in that line, voice restoration after a laryngectomy was questioned under fresh22's
head and neck cancer vision, so it is not). The vectors do not know "hyperemesis", the vision's own word, so peer
support with a hyperemesis charity and teaching staff about it were questioned; matching the vision's unknown words to
themselves moved eight sets (net two more, three lost; one more when they did not count in coverage), so it is not done.
Left: anti-sickness medicines with chemotherapy, blood pressure monitors and early pregnancy scans under the pregnancy
sickness vision, weekend MRI lists under the endoscopy one, complaint response times under the medical examiner one.
alignment_devstyle65 (gout treated to target, hip surveillance for children with cerebral palsy, ear wax removed
close to home, children's eczema controlled at home), written after that and scored once: 89 of 96. Rheumatoid arthritis
work passed under the gout vision through "the rheumatology team" in its purpose, which named the care link for
inflammatory arthritis: a service's name no longer names that link, as urology no longer names kidney stones (90). The
vectors did not know "microsuction", "allopurinol" or "urate", nor the pregnancy sickness vision's "hyperemesis",
devstyle61's "haematuria" or devstyle21's "ketoacidosis": 180 clinical words were then read from what they mean (GLOSSES
in purpose.training.distill_words; alone, "haematuria" sat beside "ottoman"), 16 items more and 4 fewer over every set
(92 here, devstyle64 86, devstyle61 89; lost: a biosimilar switch under devstyle26's finance vision, carbohydrate
counting under devstyle56's children's diabetes one, vasectomy waits under devstyle61's haematuria one and a second
birthing pool under devstyle66's labour one; the unit tests' eye screening trap under an inpatient diabetes vision is
partial now).
Left: a standing frame loan store read as finance, translated leaflets about gout, tinnitus groups and a two-week wait
neck lump clinic under the ear wax vision.
alignment_devstyle66 (obstructive sleep apnoea diagnosed and treated, anaemia in pregnancy, pain relief in labour, blood
tests close to home without queuing), written after that and scored once: 73 of 96, the hardest set yet. Most of what
passed is other maternity work under the two maternity visions (a triage phone line, baby tags, anti-D injections,
stop smoking support): any vision that names pregnancy, birth or labour names the care link for safer births, whose work
then counts as known; narrowing that link's names gained as many items as it lost over every set, so it is left. Also
left: blood cultures for sepsis and travel vaccines under the blood tests vision, pulmonary rehabilitation and
spirometers under the sleep apnoea one ("respiratory" in its purpose names the link for lung conditions).
alignment_devstyle67 (pre-eclampsia caught early, prostate cancer risk known by Black men, a CT scan within an hour
for older people on blood thinners who hit their head, carpal tunnel treated in the community), written after that and
scored once: 80 of 96. The hand clinic's waiting list was questioned as planned care, another area of care, and so was
devstyle66's sleep clinic waiting list: a waiting list, which every service has, is no other area when the work has a
word of the vision's own, as a group of people is not (81, devstyle66 76, devstyle11 86). The hand and wrist are a part
of the body of their own, read by their services ("hand" alone is hygiene or handing over), and the ankle, shoulder and
elbow are the bones and joints': knee injections, dental extractions under local anaesthetic and ankle sprains are
questioned under the carpal tunnel vision (84). No labelled item lost. Left: other maternity work under the
pre-eclampsia vision (a bereavement suite, baby scales, stop smoking support) through the safer births link (without
midwives, obstetricians, antenatal, postnatal and neonatal care, triage, interpreters and bereavement among its work,
one item fewer over every set), shorter radiotherapy for prostate cancer, strength and balance classes and concussion
in rugby under the head injury vision.
alignment_devstyle68 (hip dysplasia in babies found early, fewer wound infections after caesarean births, hernia
repairs as day cases within 18 weeks, lithium monitoring on time), written after that and scored once: 71 of 96.
Gallbladder removal passed under the hernia vision ("gallbladder" is close to "hernia"): the gallbladder names
gallstones in the table of conditions now (72; no labelled item lost). Left: other work of the vision's own setting
under each (blood spot screening and neonatal cots under the hip dysplasia vision, induction of labour and vitamin K
under the caesarean one, endoscopy lists and knee prehabilitation under the hernia one); blood tests for clozapine and
warfarin under the lithium vision, whose key word the dictionaries know as a metal (its vector sits by "alkali" and
"batteries"); and aligned work questioned as another area of care (planning a pregnancy on lithium, a lithium record
book, drinking enough in hot weather): not counting another area when the work has a rarer word of the vision's own
lost items over every set, as it did before. Narrowing the names of the safer births link to its own ("stillbirth",
"maternity safety", "labour ward") gained 14 items and lost 11, so it is left.
alignment_devstyle69 (newborn jaundice checked and treated early, restraint and seclusion rare on mental health wards,
no urinary catheter that is not needed, children's brain tumours diagnosed within four weeks), written after that and
scored once: 82 of 96, not tuned on. Skin meters and blood tests at home for community midwives were questioned as care
outside hospital under a vision read as about the wards, though it says "at home or on the ward": reading "at home" in a
vision as care outside hospital gained those two and lost two (a sepsis vision "at home, in an ambulance or on a ward",
and urology outpatient waits under the catheter vision, which cares for catheters "well at home"), so it is not done.
Left: maternity triage and midwife recruitment under the jaundice vision (the safer births link), mole checks there
("skin"), and aligned work in the words of audits, rooms and bags.
alignment_devstyle70 (spinal cord compression in cancer scanned within 24 hours, fewer severe tears in birth, nobody
left behind as services go digital, children who become unwell in hospital noticed early), written after that and scored
once: 74 of 96. Three audits of the vision's own measure were questioned ("an audit of how quickly high scores are
reviewed"), as were devstyle67's scan time audit and devstyle68's two: "audit" carried them to the unrelated topic of
coding and data quality audits. An audit's "audit of", and "audit" closing a title, are now left out of the words read,
and coding is support work by name, so coding audits stay questioned (77; devstyle67 85, devstyle68 74, and fresh17,
fresh29, jargon and devstyle20 one each; no labelled item lost; the learned support weights refitted, leaving one
vision out still 493 of 512). Left: back pain self-referral, knee MRI waits and a new radiotherapy machine under the
spinal cord compression vision, other maternity work under the perineal tear one, and aligned work in the words of
booking, languages and beds.
Across the sets, interpreters and translated information for the vision's own work were questioned (leaflets "in the
languages our families speak", invitations in community languages, bilingual crisis workers): their words lean to
leaflets and communities. They are known work for every vision now (IN_ANY_LANGUAGE in purpose.logic.alignment): ten
items more (devstyle5, 19, 27, 47, 60 two, 65, 69, 70, fresh30), and with the learned weights refitted two aligned items
at the edge of "question" (0.35) fell below it (devstyle22, fresh29); other services' aligned work passed under the
other visions of its set 16 more times (2,665 of 10,080).
alignment_devstyle71 (dialysis at home, children's constipation treated in the community, adults who neglect themselves
supported, skin cancers found early), written after that and scored once: 79 of 96. "Dialysing" was no word the vectors
read ("dialys" is none): a word ending in "ing" or "ed" now reads as its plain form with the "e" the ending dropped, so
an audit of infections in people dialysing at home and deliveries of dialysis fluids serve the home dialysis vision
(81; no labelled item lost). Left: in-centre dialysis taxis, transplant listing and kidney checks in general practice
under the home dialysis vision; social worker pay and modern slavery training under the self-neglect one, whose
"multi-agency" names the care link for agency staffing (not reading a name after a hyphen lost three items); bedwetting
alarms under the constipation one.
alignment_devstyle72 (pancreatic cancer diagnosed quickly, infection screening in pregnancy, adult ADHD assessed and
treated with shared care, osteoarthritis treated with exercise first), written after that and scored once: 83 of 96, not
tuned on. Left: other screening under the antenatal infection screening vision (newborn hearing, Down's syndrome,
chlamydia for students) and hepatitis C treatment, which the table names as the vision's hepatitis; type 2 diabetes
education under the pancreatic cancer vision, which names new diabetes as a warning sign; lithium monitoring under the
adult ADHD one; an IT system for the MSK service ("IT" is no word the review reads; spelling it out as information
technology lost two items elsewhere).
alignment_devstyle73 (endometriosis diagnosed within a year, blood thinners at the right dose, severe psoriasis treated
as a whole person, older people helped up after a fall at home), written after that and scored once: 82 of 96. Found: a
medicine the vision does not name (insulin doses under the blood thinners vision) was not questioned as another
condition is; read so (MEDICINES), 83, and 6 more items elsewhere (clozapine and warfarin under the lithium vision,
statins under an antibiotics one); dialysis transport passed under the blood thinners vision, whose purpose checks
"kidney function", read as kidney care: an organ's function is now read as a test, 84. Left: other gynaecology under the
endometriosis vision (menopause, ovarian cysts, pelvic floor after childbirth); rheumatoid arthritis under the psoriasis
one; hip fracture surgery under the falls one; reversal agents for bleeds questioned ("agents" like "agency").
alignment_devstyle74 (hepatitis B found and cared for for life, heart surgery within 18 weeks, deaf children's language,
patients who cannot get to hospital), written after that and scored once: 79 of 96. Found: hepatitis C treatment passed
under the hepatitis B vision, as the table names both "hepatitis"; hepatitis B and C are now kinds of a condition, as
type 1 and type 2 diabetes are, read from the vision and purpose (condition_kinds): 80, and 2 more elsewhere (hepatitis
C under antenatal infection screening, hepatitis B under a hepatitis C vision). Left: alcohol liver disease and liver
transplants under the hepatitis B vision, which names cirrhosis; MMR catch-up and staff flu vaccination under it, which
vaccinates families; dyslexia and the newborn blood spot under the deaf children one; radio aids for deaf pupils
questioned ("radio" is support work by name), and parking, overnight rooms and outreach clinics under the travel one
(parking as travel when a vision talks of travel lost a car park under an air quality vision).
alignment_devstyle75 (children living with obesity supported without blame, myeloma diagnosed before it breaks bones,
stopping the overmedication of people with a learning disability or autism, birth at home or in a midwife-led unit),
written after that and scored once: 78 of 96. Found: "gas and air" at home births was questioned, "gas" leaning to fuel;
read as Entonox, pain relief in labour (_READINGS), 79, and piped gas and air under the labour pain relief vision. Left:
the symptoms a myeloma vision names (back pain, anaemia) carry back pain physiotherapy and iron infusions, and its
kidneys a blood donor session ("donor" is known work for kidney disease); vertebral fractures and clinical trials for
myeloma questioned (clinical trials as an area any service has: 0.32, still questioned); epilepsy nurses and annual
health checks for people with a learning disability under the overmedication vision, which is for them; induction,
epidurals, a bereavement suite and infant feeding under the home birth one (the safer births link again).
alignment_devstyle76 (rehabilitation after an acquired brain injury, ovarian cancer found early, people with diabetes
having operations, young people with congenital heart disease moving to adult care), written after that and scored once:
79 of 96. Found: a helipad resurfaced passed under the brain injury vision, which names the major trauma centre;
resurfacing is now building work by name, 80. Congenital heart disease became a condition of its own (one more
elsewhere: congenital heart transition under a heart attack vision). Left: diabetes work of every kind (prevention, eye
screening, remission, insulin pumps, kidney checks) under the vision for people with diabetes having operations, which
names no kind of diabetes; the menopause clinic and endometriosis under the ovarian cancer one (gynaecology again);
diabetes transition, chest pain clinics, hypertension in pregnancy and ECG screening of athletes under the congenital
heart one; insulin self-management and hypo boxes in theatre recovery questioned.
alignment_devstyle77 (paid work for people with severe mental illness, rare diseases diagnosed and coordinated, going
home comfortable after day surgery, spinal cord injury rehabilitation and lifelong care), written after that and scored
once: 84 of 96. Found: new lighting for a trauma centre's helipad passed, "helipad" being no word the review read; read
from what it means (the glosses) and support work by name, 85. Left: physical health checks and a clozapine clinic under
the employment vision, which is for people with severe mental illness (their care link's known work); cancer genomics
under the rare disease one; the hyperemesis day unit under the day surgery one ("sickness"); nerve blocks and wheelchair
skills questioned.
alignment_devstyle78 (living well with long-term pain, a suspected sarcoma seen by the specialist team before any
surgery, eating and drinking safely with swallowing problems, both MMR doses on time), written after that and scored
once: 88 of 96. Found: prostate MRI and bowel cancer tests passed under the sarcoma vision, every cancer being one
condition; the cancers are now kinds of it by the teams that treat them (condition_kinds), and back pain and
fibromyalgia kinds of long-term pain, which were questioned under the pain vision as other conditions: 92 (91 with the
weights refitted for known_work below: sepsis screening of admissions at 0.36, partial), and one more elsewhere
(chemotherapy for bladder cancer under a vision about blood in the urine). Left: the acute pain team after surgery under
the long-term pain vision; lipoma removal by GPs under the sarcoma one ("lumps"); travel vaccines under the MMR one;
podiatry waits partial.
alignment_devstyle79 (cochlear implants without delay, adults with Down syndrome checked every year, no one made ill by
a cold or damp home, lupus diagnosed quickly with healthy kidneys), written after that and scored once: 70 of 96. Found:
implant work for adults questioned as for people the vision does not name, its purpose implanting children young; a
vision that opens with everyone now names no one group, 73. Boiler repairs for patients in cold homes questioned as
support work; warm homes talk about boilers (SUPPORT_KINDS), 74, and one more elsewhere (boiler repairs under a warm
homes vision). A tinnitus clinic, ear wax removal and hearing loops passed as the hearing area's known work; a vision
naming one specific piece of an area's known work, and not the area, is now served by that piece alone (known_work), 77,
and four more elsewhere (a menopause clinic under endometriosis, PrEP under hepatitis B, an alcohol care team under
hepatitis C, bedwetting alarms under constipation). Left: grommets, an ENT rota and British Sign Language interpreters
under the implant vision, implant theatre slots and spare processor parts questioned (theatre and parts lean to other
work); autism assessment, antipsychotic reviews and respite beds under the Down syndrome one (learning disability), its
heart checks and sleep apnoea screening questioned; winter beds, warming patients in theatre and homeless discharge
under the cold homes one; pregnancy planning and eye screening for hydroxychloroquine questioned under the lupus one.
alignment_devstyle80 (hip fracture surgery within 36 hours, long COVID believed and helped, Gypsy, Roma and Traveller
families using services as easily as anyone, every potential organ donor identified), written after that and scored
once: 87 of 96, not tuned on. Left: registering university students, closing two small GP surgeries and hospital Wi-Fi
under the Traveller vision (registration, GP, visitors), blood donor sessions under the organ donation one; the National
Hip Fracture Database questioned (audit and data lean to coding), and a donation committee (support work), GP guidance
before referral and reporting discrimination by services (race equality at work) too.
alignment_devstyle81 (care after rape or sexual assault, food patients enjoy, every blood transfusion needed and safe,
prison health care as good as the community's), written after that and scored once: 84 of 96, not tuned on. Left: finger
food for patients with dementia and allergen labels questioned under the food vision as other areas (dementia, allergy:
letting a vision's own word carry other areas when it names no condition lost 21 elsewhere), school meals partial; blood
test results online and phlebotomy waits under the transfusion vision ("blood"), tracking units from the fridge
questioned; opt-out HIV testing in A&E under the sexual assault one (sexual health), its crisis worker rota (support
work) and outreach to students questioned; dental waits in prison questioned, community drug service waits partial.
alignment_devstyle82 (children who stammer, mental health in pregnancy and after birth, artificial limbs after
amputation, head injuries scanned and followed up), written after that and scored once: 88 of 96. Found: severe head
injuries taken to the major trauma centre questioned as another condition, "head injury" being none; it is now
concussion's, 89. Left: stop smoking support, breastfeeding on the postnatal ward and baby tags under the perinatal
mental health vision (the safer births link as the setting: an area's known work dropped when the vision names an area
within it gained 3 and lost 1, not kept), children's mental health waits partial; school nurse drop-ins under the
stammering one (early years); orthotic insoles under the limb one, a prosthetic repair van questioned (0.31).
alignment_devstyle83 (pulmonary rehabilitation soon after referral, cleaner air around hospitals and neighbourhoods,
steadier lives with bipolar disorder, babies with bronchiolitis cared for at home), written after that and scored once:
82 of 96, not tuned on. Left: anaesthetic gases, single-use plastics, inhaler technique checks, COPD rescue packs and
air filters against infection under the clean air vision (net zero's known work, its priority naming a zero-emission
fleet: an air quality area of its own changed nothing); breathing control, walking tests, classes in deprived areas and
waiting list calls questioned under the rehabilitation one; lithium clinics questioned under the bipolar one ("bipolar"
names no area of care); croup in older children, healthy start vitamins and children's mental health in A&E partial
under the bronchiolitis one, and nasal suction questioned (the nose).
alignment_devstyle84 (a vasectomy close to home within 18 weeks, safe transfusions and iron protection in thalassaemia,
children with food allergies feeling safe, Deaf people who use BSL taking part in their care), written after that and
scored once: 80 of 96, not tuned on. Left: home chelation pumps questioned ("chelation" is no word the review reads;
glossed, it passed, and a thalassaemia chelation clinic under a sickle cell vision with it), bone density checks
(osteoporosis), an endocrine clinic and a transition clinic questioned under the thalassaemia vision, hepatitis C care
under it (its priority names the liver), phlebotomy waits and new analysers partial; testicular self-examination and a
catheter clinic under the vasectomy one (men); eczema under the food allergy one (the allergy link's known work); easy
read letters, a patient portal and Polish interpreters under the BSL one, visual call screens and a Deaf staff network
questioned.
alignment_devstyle85 (Parkinson's reviewed twice a year with quick help, tongue-tie in babies treated within two weeks,
people seeking asylum registered with a GP, gallbladders taken out on the same admission), written after that and scored
once: 84 of 96. Found: carer sessions, memory and mood checks and advance care planning questioned under the Parkinson's
vision as other areas (carers, dementia); the Parkinson's link now knows them, 87. Left: a shared record with the GP
questioned (shared care records), clocks on the elderly care wards partial; peer supporters questioned, dental
extractions and cleft lip surgery partial and evening antenatal classes passed under the tongue-tie one (a vision naming
babies names the safer births link: taking babies out of it gained 4 on the labelled sets and passed 28 more of other
visions' work); pregnant women referred to a midwife and medicines people arrive with questioned under the asylum one,
breast screening texts partial.
alignment_devstyle86 (motor neurone disease needs met before a crisis, epilepsy in pregnancy, kidney transplants before
dialysis, colleagues through the menopause), written after that and scored once: 87 of 96. Found: faith leaders talking
about organ donation questioned under the transplant vision as another area; organ donation and transplants are now one
area, 88. Left: a teenagers' epilepsy transition clinic and stop smoking support in pregnancy under the epilepsy in
pregnancy vision (epilepsy's and safer births' known work); home dialysis training under the transplant one (it names
dialysis), paired exchange, donor expenses, weight loss and dental checks before listing questioned; cotton uniforms for
hot flushes questioned as support work under the menopause one.
alignment_devstyle87 (virtual wards, diabetic eye screening, young people injured by violence, early inflammatory
arthritis), written after that and scored once: 76 of 96. Found: hand therapy questioned as a part of the body the
arthritis vision does not name; the link now knows it, 77. Left: most of it under the eye screening vision, which names
diabetes and the eyes, so that diabetic foot checks, insulin pumps, structured education, glaucoma monitoring,
children's vision checks and eye casualty all passed and easy read invitations and screening in pregnancy were
questioned; sports injuries, the four-hour target, elder abuse and police mental health triage under the violence one
("injuries", "young people"), follow-up in the community questioned (a vision naming the trauma wards read as one about
the wards: reading that from the vision's sentence alone lost 2 and passed 27 more of other visions' work); COPD early
discharge questioned under the virtual ward one (another condition), remote X-ray viewing passed; osteoarthritis classes
under the arthritis one.
alignment_devstyle88 (older people at home who are losing weight, the pill from the pharmacy, race equality for
colleagues, wheelchairs within 18 weeks), written after that and scored once: 81 of 96; what it prompted (food first
written with a hyphen, nutrition's known work) changed none of its items. Left: food-first leaflets, dental referral for
chewing and weights in the shared record questioned under the malnutrition vision, a falls clinic passed; Pharmacy
First, online antenatal booking and blood pressure checks for over-40s under the pharmacy contraception one (its purpose
names checking blood pressure; its "without waiting for a GP appointment" names GP access), an awareness campaign and
consultation rooms questioned; the pay gap report questioned as support work and the staff lottery passed and nurse
recruitment open days partial under the race equality one; hip replacements and children's physiotherapy under the
wheelchair one, refurbishing returned chairs questioned.
alignment_devstyle89 (older people who are lonely connected with others, life after cancer treatment, patients able to
park near their entrance, stroke rehabilitation continuing at home), written after that and scored once: 79 of 96.
Found: exercise after treatment and money advice questioned and acute oncology in A&E partial under the life after
cancer vision, which named cancer treatment's link; "finished cancer treatment" now names living with and beyond cancer,
whose known work has treatment summaries, late effects, lymphoedema and money advice, 82. Left: the 62-day backlog and
the faster diagnosis standard passed under it ("cancer"), lymphoedema (0.30) and sexual problems after pelvic
radiotherapy questioned; thrombolysis, thrombectomy and finding atrial fibrillation under the stroke at home one
(stroke's known work); ambulance bays, patient transport and staff cycle loans under the parking one; carers' cafés
questioned (support work by name, carers), lone worker alarms passed under the loneliness one.
alignment_devstyle90 (school nurses young people can talk to, kidney stones, moving more with a long-term condition,
enhanced recovery after bowel surgery), written after that and scored once: 85 of 96. Found: keyhole surgery and
opioid-sparing pain relief questioned under the enhanced recovery vision; bowel surgery's link now knows enhanced
recovery, 87 (drips and catheters out early left questioned: a catheter as its known work passed catheter removal on
medical wards under a wound infection vision that names bowel surgery). Left: sexual health advice at the drop-in
questioned under the school nurse one (a school nursing link passed school vaccinations and bedwetting alarms under
other visions: 2 fewer), a school of nursing open day and play specialists passed; a buddy scheme and warm water
sessions for joint pain questioned under the moving more one; anaemia treated before surgery questioned (0.34).
alignment_devstyle91 (no blood clot in hospital that could have been prevented, annual health checks for adults with a
learning disability, one-stop tests for breathlessness, specialist advice for GPs within two days), written after that
and scored once: 77 of 96, not tuned on. Left: blood transfusion training and blood test results online passed under the
clot vision ("blood"), clot risk in people starting chemotherapy questioned (cancer, another condition), walking on the
wards and a compliance report questioned; NHS health checks for over-40s, diabetes reviews and physical health checks
for people with schizophrenia under the learning disability one ("health check"), help to attend cancer screening
questioned (a screening programme); weekend endoscopy at the diagnostic centre under the breathlessness one; PALS,
streaming in the emergency department and a results portal under the advice one ("advice", "GP"), request templates
questioned.
alignment_devstyle92 (adult autism assessment within a year, HPV vaccination for every young person, greener operating
theatres, women's heart attacks treated as quickly as men's), written after that and scored once: 82 of 96, not tuned
on. Left: carers' assessments, learning disability health checks and psychology waits under the autism one, help while
waiting questioned (another area: waiting lists); flu vaccination in primary schools, travel vaccines and school nurse
drop-ins under the HPV one, online consent questioned (0.25); patient warming, a garden and theatre utilisation under
the theatres one; sex-specific troponin thresholds, an awareness campaign and evening rehabilitation questioned under
the heart attack one.
alignment_devstyle93 (no corridor care, mental health crises in the emergency department, waiting well for planned
surgery, keeping newly qualified nurses and midwives), written after that and scored once: 83 of 96; 86 with discharge
knowing care homes and trusted assessors, and staff who "want to stay" naming staff retention, which knows staff housing
and career conversations. Left: ambulance handovers, talking therapies, memory clinics, sepsis screening, a minor
injuries stream and an awareness week stall passed under the mental health crisis one (the emergency department, or
mental health, alone); an emergency theatre, a staff well-being hub and mental health waits under the waiting well one;
self-rostering questioned (as known work it moved one training item and the learned weights with it: 10 fewer after
refitting).
alignment_devstyle94 (living within our means, children's community waits, heart failure, accessible information),
written after that and scored once: 84 of 96; 88 with value for money knowing waste and biosimilars, and communication
needs knowing hearing loops, audio, screen readers, sensory loss and disabled people. Left: advice on paying for care
homes, debt advice for patients and cost of living support for staff passed under the finance one ("cost", "bank",
"financial": people's money, not the trust's); speech delay spotted by health visitors (another condition) and teaching
assistants questioned; salt and fluid advice and flu jabs for heart failure questioned; freedom of information requests
passed under the accessible information one.
alignment_devstyle95 (respiratory infection hubs in winter, the discharge medicines service, staff sexual safety,
student placements), written after that and scored once: 82 of 96; 84 with respiratory infections knowing sore throats,
sinusitis, CRP tests and antibiotics. Left: a winter GP rota questioned; community pharmacy contraception and blood
pressure checks, antimicrobial stewardship and chemotherapy dose banding passed under the discharge medicines one;
patient safety incident investigations under the sexual safety one ("investigations", "incident"); foster care and
out-of-area placements, medical school exams and school work experience under the placements one, travel and rooms for
students questioned ("accommodation" as support work).
alignment_devstyle96 (adults at risk kept safe, contraception before going home after a birth, back pain,
patient-initiated follow-up), written after that and scored once: 86 of 96; 88 with adult safeguarding knowing scams,
financial abuse and self-neglect. Left: the multi-agency safeguarding hub questioned; induction delays, postnatal
visiting hours and gestational diabetes tests passed under the contraception one (maternity work); follow-up after the
emergency department, after sickness absence and of incidents, and new cancer referrals under the follow-up one
("follow-up" in other senses).
alignment_devstyle97 (young onset dementia, hospital-acquired pneumonia, sterile services, shingles and pneumococcal
vaccination), written after that and scored once: 84 of 96; 85 with pneumonia an area of care knowing mouth care,
swallowing, sitting up and breathing exercises. Left: benefits and pensions advice (support work by name) and activities
for younger people (older people's area) questioned under the young onset one; swallow screening after a stroke and
denture pots questioned, antibiotics for community-acquired pneumonia passed; ring-fenced beds and wound follow-up under
the sterile services one; staff flu, travel vaccines, falls classes and nerve pain reviews under the vaccination one.
alignment_devstyle98 (outpatient hysteroscopy, the ambulance fleet, childcare for staff, fibromyalgia), written after
that and scored once: 77 of 96; 81 with fibromyalgia naming persistent pain, which knows hydrotherapy, fatigue and
flare-ups. Left: an honest leaflet, smaller scopes and longer slots questioned under the hysteroscopy one, choice of GP
practice passed; deep cleaning (support work by name) and a tyre contract questioned, handover delays, crew rotas, first
responders, a switchboard and bus passes passed under the fleet one ("crews", "shift", "travel"); salary sacrifice
childcare questioned, night shift food passed; a diagnosis letter questioned and rheumatology typing passed under the
fibromyalgia one.
alignment_devstyle99 (mental health practitioners in GP practices, pulmonary fibrosis, healthcare in police custody, a
culture of quality improvement), written after that and scored once: 88 of 96; 90 with police custody read as health and
justice care, as prisons are. Left: fast-track CT scans, research trials and a side effect helpline questioned under the
fibrosis one (another area: research, medicines safety); shared custody records and learning disability screening
questioned, medicines safety alerts passed ("drug").
alignment_devstyle100 (children's cancer, personal health budgets, orthotics, parents as partners on the neonatal unit),
written after that and scored once: 80 of 96; 84 with men outside a vision for children and personal health budgets an
area of care (brokers, personal assistants, integrated budgets). Left: travel grants and rooms for parents questioned
under the children's cancer one, bowel screening for people aged 50 to 74 passed; training case managers and budget
sign-off questioned, staff sickness support passed ("long-term"); a supplier contract, knee braces and evening clinics
questioned under the orthotics one; parking for parents questioned, play specialists and a staff nursery parents'
evening passed under the neonatal one.
alignment_devstyle101 (transfers between hospitals, the NHS App, dignified care for people with severe obesity, patients
as safety partners), written after that and scored once: 83 of 96, not tuned on. Left: a standard transfer bag
questioned (support work), transfers of care to social services and critical care follow-up passed under the transfers
one ("transfer", "critical"); patient transport booking and job applications online passed under the app one; wider
doors, larger gowns, pressure care and large blood pressure cuffs questioned under the obesity one, weight loss surgery
and childhood obesity prevention passed; co-designed safety posters questioned, safety glasses for laboratories passed.
alignment_devstyle102 (fair access to weight-loss medicines, clean hospitals, remote monitoring of pacemakers, foot
care), written after that and scored once: 78 of 96; 79 with heart rhythm and cardiac devices an area of care (one more
in each of two older sets: pacemaker follow-up questioned under heart surgery and valve visions). Left: a supply
shortage plan questioned, medicines waste, antibiotic prescribing and statins passed under the weight-loss medicines
one; domestic staff recruitment, hydrogen peroxide vapour and cleaning labels questioned, a clean air zone, clean data,
hand washing in schools, sepsis screening and staff flu jabs passed under the clean hospitals one ("clean",
"infection"); manufacturer data, battery planning and recalls questioned, remote working passed under the devices one;
corns and verrucas questioned.
alignment_devstyle103 (workplace adjustments for neurodivergent colleagues, doctors who qualified overseas, antenatal
education, staff back and joint injuries), written after that and scored once: 76 of 96; 79 with musculoskeletal care
knowing moving and handling, sit-stand desks and workstation assessments. Left: assistive software (support work by
name) and Access to Work questioned, a careers fair passed under the adjustments one; help with housing and schools for
families (people the vision does not name), communication skills, exams and speaking up questioned, medical students,
research abroad, management trainees and a travel clinic passed under the overseas doctors one ("international",
"abroad", "graduate"); booking classes questioned, obstetric teaching, antenatal screening and postnatal beds passed
under the antenatal education one; ceiling hoists for patients and slide sheets questioned.
alignment_devstyle104 (damp and mould in children's homes, procedures of little value, lower-carbon inhalers, children's
ENT surgery within 18 weeks), written after that and scored once: 82 of 96; 83 with damp and mould in homes an area of
care. Left: a damp survey of hospital buildings, staff housing repairs, children's ward beds and housing benefit for
staff passed under the damp one; an exceptions panel, varicose vein criteria and a tonsillectomy audit questioned,
faster cancer diagnosis, evidence for tribunals and research approvals passed under the low-value one; anaesthetic
gases, paperless prescriptions and staff cycling passed under the inhalers one (carbon).
alignment_devstyle105 (children's hospital at home, prostate cancer found early in Black men, carers of people with
dementia welcomed on the wards, learning from clinical negligence claims), written after that and scored once: 85 of 96,
not tuned on. Left: campaign materials and football match stands questioned under the prostate one; reclining chairs and
parking for carers (support work by name) and discharge planning questioned, children's ward visiting, young carers at
school and maternity partners staying passed under the carers one; benefits claims, information requests and a maternity
phone line passed under the claims one ("claims", "requests", "maternity").
alignment_devstyle106 (Martha's rule, polycystic ovary syndrome, valproate in pregnancy, wound infections after surgery)
and alignment_devstyle107 (twin and multiple pregnancy, dizziness and balance, NHS careers for local young people, older
people having surgery), written after that and scored once: 73 and 78 of 96; 80 and 80 with an area the purpose alone
names not tying its conditions to the vision (a menopause clinic under the polycystic ovary one), and surgical site
infection, polycystic ovary syndrome and dizziness and balance areas of care. Left: the rest of an area passed under a
vision about one part of it (home births, gestational diabetes, postnatal contraception and neonatal jaundice under the
twins one; contraception for teenagers, stopping smoking in pregnancy and lithium monitoring under the valproate one;
catheter and chest infections under the wound infection one; a frailty team in the emergency department under the
surgery one), and words in another sense ("career" conversations for nurses, "feet back on the ground"); advice for men
taking valproate questioned (people the vision does not name).
alignment_devstyle108 (hand trauma, older LGBT+ people in care, families in temporary accommodation, medicines
reconciliation on admission) and alignment_devstyle109 (reusable equipment, nursing associates, children's communication
aids, pre-operative assessment), written after that and scored once: 74 and 64 of 96; 74 and 70 with getting ready for
surgery and communication aids areas of care. Left: words in another sense ("reusable" passwords, "associate" directors
and specialists, "temporary accommodation" for new nurses, "moving" house), the rest of an area (discharge prescriptions
and antibiotic reviews under medicines reconciliation; sports injuries and the minor injury unit's hours under hand
trauma; theatre utilisation and waiting list validation under the reusable and pre-operative ones), and interpreters,
which serve any vision's people, passed under the communication aids one.
alignment_devstyle110 (blood in the urine and bladder and kidney cancer, early inflammatory arthritis, sleep on the
wards, volunteer drivers to appointments) and alignment_devstyle111 (emergency department staff wellbeing, infant
feeding, outpatient antibiotics at home, oral surgery waits), written after that with the development set's mix of
plainly unrelated work and a few near traps, and scored once: 80 and 80 of 96; 84 and 80 with each cancer of a list
named (a bladder cancer nurse specialist was another condition under a vision naming "bladder and kidney cancer") and
sleep in hospital an area of care. Left: home dialysis and prostate surgery passed under the bladder one; volunteer
driver recruitment, mileage and a minibus questioned (recruitment, payments and vehicles read as support work); a rest
room refurbishment and breastfeeding cafes questioned (support work by name); home blood pressure monitors passed under
outpatient antibiotics at home.
alignment_devstyle112 (glaucoma follow-up on time, stopping smoking in mental health services, children's epilepsy,
radiotherapy without delay), written after that with the development set's mix, and scored once: 85 of 96, not tuned on.
Left: visual field machines, a linear accelerator and CT planning slots questioned (equipment read as support work), and
the national epilepsy audit ("audit"); diabetic eye screening passed under the glaucoma one, school nurse drop-ins under
the epilepsy one, and chemotherapy chairs under the radiotherapy one.
alignment_devstyle113 to alignment_devstyle116 (bleeding after birth, bronchiectasis, cauda equina syndrome, nasogastric
tubes; urinary infections in care homes, axial spondyloarthritis, heavy periods, people who inject drugs; children in
care, shoulder pain, pelvic organ prolapse, recovery after intensive care; aphasia after stroke, breast screening
uptake, clinical records without paper, retire and return), written at the start of the session after with the
development set's mix, and scored once: 88, 87, 88 and 87 of 96, as for the method at that session's start; 92, 93, 88
and 90 with bleeding after birth, bronchiectasis, urinary infections, inflammatory back pain, heavy periods, aphasia and
screening uptake areas of care, people who inject drugs read as drug use and a vision "without paper" as one about
clinical paperwork. Left: antenatal classes passed under the bleeding one, back pain classes and a carers' group called
"Shoulder to Shoulder" under the shoulder one, a research paper and preceptorship for new nurses under the paperless and
retire and return ones; prolapse surgery outcomes, a urogynaecology waiting list and pessary self-management questioned.
alignment_devstyle117 and alignment_devstyle118 (abortion care, reduced fetal movements, blood samples labelled at the
bedside, fair disciplinary processes; tube feeding at home, giant cell arteritis, families after a young sudden cardiac
death, time to hire), written after those changes and scored once: 87 and 86 of 96, as for the method at the session's
start; 90 and 92 with giant cell arteritis, tube feeding at home, patient identification and abortion care areas of
care. Left: antenatal booking passed under the abortion one and physical health checks for people with serious mental
illness under the disciplinary one; a family register questioned ("database").
alignment_devstyle119 and alignment_devstyle120 (men's urinary symptoms, functional neurological disorder,
obsessive-compulsive disorder, adrenal crisis; voice clinics, severe hypos after an ambulance call, simulation training,
the postnatal ward), written after all of that and scored once: 85 and 87 of 96, as for the method at the session's
start; not tuned on. Left: work in general words ("Training for GPs", "Peer support group", "Call bells answered",
"Patient passport") questioned, and a "patient voice" partnership passed under the voice one.
alignment_devstyle121 and alignment_devstyle122 (fistulas for dialysis, immunotherapy side effects, section 136 places
of safety, subject access requests; chest pain ruled out quickly, birth trauma, missed appointments, retinopathy of
prematurity screening), written after all of that session's other changes and scored once: 77 and 85 of 96, as for the
method at the session's start; 81 and 85 with the side effects of immunotherapy an area of care (colitis and thyroid
tests were other conditions). Left: kidney transplant assessment, lithotripsy and anal fistula surgery passed under the
fistula one, freedom of information requests under the subject access one, talking therapies under the section 136 one,
and glaucoma and diabetic eye screening under the retinopathy one; redaction software questioned ("software").
alignment_devstyle123 to alignment_devstyle128 (tinnitus, scabies in care homes, RSV vaccination, apprenticeships for
local young people; thrombectomy, norovirus, medicines shortages, sharps injuries; severe asthma biologics, physician
associates' supervision, ultrasound waits, Changing Places toilets; home ventilation, haemophilia, Huntington's disease,
floods; eye care in special schools, continuing healthcare, mesothelioma, smoke-free pregnancy; blood culture
contamination, armed forces families, spirometry hubs, mortuary security), written at the start of the session after
with the development set's mix, and scored once: 90, 84, 84, 79, 87 and 85 of 96, as for the method at that session's
start; 91, 92, 89, 83, 94 and 91 with bleeding disorders, Huntington's disease, mesothelioma, continuing healthcare,
scabies, medicines shortages, sharps injuries, home ventilation, the mortuary, blood cultures and physician associates
areas of care, norovirus read as infection prevention, families of serving personnel as the armed forces community, and
support work the vision names in another form of the word ("cleaning" when toilets are "kept clean") as its own. Left: a
nosebleed clinic passed under the tinnitus one, an MRI scanner under the ultrasound one and a heatwave plan under the
floods one; emicizumab "under the skin" questioned (skin), as were a spirometry waiting list, palliative care for
mesothelioma and for Huntington's disease, and new ultrasound machines, whose other words lean to waiting lists, end of
life care and equipment.
alignment_devstyle129 to alignment_devstyle132 (adults with cerebral palsy, varicose veins, children's tonsillectomy,
neonatal transport; the air ambulance, muscular dystrophy, people who hoard, Tourette's syndrome; glue ear, young
drivers, babies withdrawing from opioids, clinical waste; therapy dogs, Lyme disease, the aseptic unit, lone workers),
written after that session's first changes and scored once: 83, 81, 87 and 80 of 96, as for the method at the session's
start; 91, 88, 90 and 84 with cerebral palsy, varicose veins, muscular dystrophy, tick bites, road safety, clinical
waste, lone working, hoarding, tics, aseptic services, neonatal transport and the air ambulance areas of care. Left: a
GP annual review template and transition from children's services questioned under the cerebral palsy one, and clinical
trials, powered wheelchairs and scoliosis checks under the muscular dystrophy one (other areas and parts of the body);
cosmetic vein treatment passed under the varicose veins one and a walking group for heart health under the Lyme disease
one, whose own name the vectors lack ("lyme").
alignment_devstyle133 to alignment_devstyle138 (thyroid disease, ketamine bladder, infant crying, the knowledge and
library service; nuclear medicine, ligature risks on mental health wards, the Mental Capacity Act, follow-up after
meningitis; hidradenitis suppurativa, pulmonary hypertension, narcolepsy, community first responders; power cuts, fair
access to research, nitrous oxide, club foot; testicular cancer, lazy eye, point-of-care tests, chemsex; self-rostering,
long stays in a community hospital, isotretinoin, patients' dentures, hearing aids and glasses), written at the start of
the session after and scored once: 83, 79, 76, 73, 86 and 85 of 96 (482 of 576); 85, 82, 80, 75, 91 and 85 with a
vision's words the vectors lack matched where work names them ("ketamine", "hidradenitis") and thyroid disease,
pulmonary hypertension, first responders, power cuts, the library, nuclear medicine, ligature risks, mental capacity,
meningitis, club foot, testicular cancer, point-of-care testing and acne areas of care. Left: work in general words (a
patient association, pregnancy advice, parent information, a social media campaign, a GP alert) questioned, as were
generator and switchgear replacement, whose words lean to estates work, and kidney and eye checks after meningitis
(other parts of the body); a skin cancer clinic passed under the hidradenitis one, whose "earlier diagnosis" names
finding cancer early, and audiology waits under the one for patients' hearing aids.
alignment_devstyle139 to alignment_devstyle142 (carbon monoxide, dog bites, robotic surgery, linen; sudden death in
epilepsy, antipsychotics in dementia, bereaved children, PICC lines; a virtual fracture clinic, fathers' mental health,
Lynch syndrome, CAR-T therapy; drowning, button batteries, mpox, children's appendicitis), written after that session's
first changes and scored once: 87, 88, 85 and 76 of 96 (336 of 384), against 87, 88, 84 and 75 for the method at the
session's start (the vision's words the vectors lack, "apheresis" and "coastguard", matched); 88, 88, 85 and 82 with
carbon monoxide, drowning, swallowed button batteries and appendicitis areas of care. Left: a migraine clinic
passed under the carbon monoxide one, whose vision names headaches, and a clozapine clinic for younger adults under the
one about antipsychotics in dementia; letters and a register for Lynch syndrome carriers, and support for CAR-T
patients' carers, questioned.
alignment_devstyle143 and alignment_devstyle144 (gout treated to target, adults who stammer, emergency intubation, ward
food waste; recovery after birth, hepatitis B protection for staff, digital appointment letters, group consultations),
written at the end of that session and scored once: 85 and 84 of 96, as for the method at its start. Left: work in
general words (a patient leaflet, an audit, room bookings) and kidney function checks under the gout one questioned;
childhood immunisations passed under the staff hepatitis B one.
alignment_devstyle145 to alignment_devstyle162 were written in the session after nearer the development set's length (7
to 12 words a description on average, against its 11.5, where the later sets above had come down to 4 or 5: "Payroll.",
"Expenses for volunteers."), each batch committed before it was scored and scored once. 145 to 148 (falls at home,
mental health crisis, children's asthma, learning disability health; maternity equity, elective waits, end of life,
nurse retention; stroke, diabetic foot, sepsis, discharge; antibiotics, blood pressure, eating disorders, net zero): 90,
96, 91 and 92 of 96. 149 to 152, on less common areas (sickle cell crises, domestic abuse, fracture liaison, organ
donation; kidney disease, TB, gambling harm, veterans; hepatitis C, children's teeth, race equality for staff, perinatal
mental health; atrial fibrillation, homeless discharge, long COVID, care home medicines): 89, 93, 92 and 89. Then
partners named by a perinatal vision, wifi as support work and links for several of those areas (90, 96, 92, 93, 89, 95,
93 and 91; antenatal care named as maternity care gained 2 more, but moved the learned weights, which then lost 7 on
every labelled set, so it was left out). 153 to 156 (lung cancer, musculoskeletal first contact, children's healthy
weight, COPD; four hours in A&E, category 2 response, GP access, six-week diagnostics; dementia diagnosis, suicide
prevention, tobacco dependence, staff health; outpatients, children's mental health, frailty virtual wards, learning
from incidents), written after those changes: 94, 93, 93 and 92, as for the method at the session's start. 157 to 160
(adult hearing loss, Parkinson's, adult epilepsy, HIV; heart failure, pressure ulcers, malnutrition, blood transfusion;
cardiac rehabilitation, interpreting, C. difficile, unpaid carers; adult autism, type 1 diabetes technology, alcohol
care, cancer screening uptake), written after every change but the last: 94, 90, 90 and 93. Together 1,471 of 1,536 when
first scored (95.8%). Then financial wellbeing for staff and an IT helpdesk as support work (94, 93, 94, 93, 94, 90, 91
and 93 for 153 to 160). alignment_devstyle161 and alignment_devstyle162 (childhood vaccination, falls in hospital,
delirium, smoke-free pregnancy; hip fracture, breastfeeding, NHS 111, children's hospice care), written after every
change: 91 and 90 (179 for the method at the session's start, which passed two IT helpdesks). All eighteen together:
1,652 of 1,728 when first scored (95.6%). Left: work in general words (a learning bulletin, a co-production group,
exercise in leisure centres, commode cleaning) questioned; community mental health waits passed under the staff health
one and English tests for overseas nurses under the interpreting one.
alignment_devstyle163 to alignment_devstyle171 were written in the session after at the same length (aligned
descriptions 11 to 17 words on average by vision, misaligned 5 to 10, against the development set's 15.2 and 7.9), each
batch committed before it was scored and scored once. 163 to 166 (emergency laparotomy, newborn screening, youth
violence, children's ketoacidosis; corridor care, 52-week waits, care home admissions, the electronic patient record;
blood pressure in deprived neighbourhoods, homeless health, leaving prison, learning disability in hospital; follow-up
after a mental health ward, six-month stroke reviews, children in crisis in the emergency department, winter
vaccination): 93, 96, 91 and 86 of 96. Then outpatient clinics read as care in hospital under a vision that says "in
hospital", a cafe named by what it offers (breastfeeding cafes) read as care, and the part of the body where a cancer
starts as no other part under a vision about cancer in general. 167 and 168 (cardiac arrest outside hospital, maternity
safety, mental health crisis, frailty at home; net zero, keeping nurses and midwives, an elective orthopaedic hub,
earlier cancer diagnosis): 90 and 90; 169 and 170 (children's waits for planned care, physical health in severe mental
illness, type 2 diabetes prevention, speaking up; home first discharge, end of life at home, violence against staff,
digital inclusion): 90 and 92, each as for the method at the session's start. Then a vision that opens "No member of
staff" read as one for staff (94 for 170). alignment_devstyle171 (ambulance handovers, perinatal mental health, cancer
waits, children's healthy weight), written after every change: 94, as for the method at the session's start. The nine
together: 822 of 864 when first scored (95.1%); all twenty-seven at this length 2,474 of 2,592 (95.4%). Left: children's
work for another condition passed under visions for children with one (tonsil operations and MMR catch-up under children
in mental health crisis, dental treatment under children's ketoacidosis); care the learned model reads as support work
(a consultant on the labour ward, walking frames delivered, strength and balance classes) and vaccination of people with
COPD and diabetes (as other conditions) questioned.
alignment_devstyle172 to alignment_devstyle177 (children in the youth justice service, safe nurse staffing, dialysis
close to home, men's health in deprived neighbourhoods; children's physiotherapy, skin cancer diagnosis, safe discharge,
patient-initiated follow-up; anaemia before surgery, staff back to work, early intervention in psychosis, hospital food;
eye care waits, unpaid carers, children's asthma, cancer prehabilitation; infant deaths in deprived neighbourhoods, safe
nights out, medicines in hospital, mental health support in schools; spinal surgery waits, hearing aids, children with a
fever, virtual wards) were written in the session after, at the same length, each pair committed before it was scored
and scored once: 91, 95, 94, 91, 93 and 95 (559 of 576, 97.0%); all thirty-three at this length 3,033 of 3,168 (95.7%).
Left: alcohol advice and suicide prevention training questioned as other conditions under a vision for men's health
whose purpose names drinking less and whose vision names poor mental health, and finger food for patients with dementia
under one for hospital food; sun safety lessons in schools as other people under a vision whose purpose reaches older
people; stop smoking, alcohol advice and anaemia checks before cancer surgery questioned under a vision for cancer
prehabilitation; the whooping cough vaccine in pregnancy under one for infant deaths; hip fracture surgery passed under
spinal surgery waits, and healthier school meals under mental health support in schools.
None is used to fit the learned weights: those come from tests/data/alignment_train (32 other
visions), and these sets only score the result. The development set from ../shared/data is
checked the same way when it is present.
"""

import json
from pathlib import Path

import pytest

from purpose.training.alignment import agreement, load

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("folder, size, at_least", [
    # Now (at the start of the session that wrote fresh14 to fresh16; at the start of the one before; before
    # the first checks of named knowledge and the added words; before the care links; words only)
    ("alignment_check", 48, 0.9),     # 46 of 48 (45; 45; 44; 42; 39)
    ("alignment_holdout", 48, 0.9),   # 45 of 48 (45; 44; 43; 39; 37)
    ("alignment_fresh", 96, 0.9),     # 92 of 96 (88; 86; 82; 80)
    ("alignment_fresh2", 96, 0.9),    # 93 of 96 (91; 91; 84, 81 when first scored; 78)
    ("alignment_fresh3", 96, 0.9),    # 92 of 96 (89; 85; 75 when first scored)
    ("alignment_fresh4", 96, 0.85),   # 87 of 96 (86; 81; 76 when first scored; 65)
    ("alignment_fresh5", 96, 0.9),    # 93 of 96 with ages read as older people (90; 91; 83 when first scored; 77)
    ("alignment_fresh6", 96, 0.9),    # 93 of 96 (91; 85 when first scored; 80)
    ("alignment_fresh7", 96, 0.9),    # 93 of 96 (90; 81 when first scored; 75)
    ("alignment_fresh8", 96, 0.8),    # 81 of 96 (81; 76 when first scored; 70)
    ("alignment_fresh9", 96, 0.9),    # 89 of 96 (86; 79 when first scored; 76)
    ("alignment_fresh10", 96, 0.9),   # 87 of 96 (86; 83 when first scored; 80)
    ("alignment_fresh11", 96, 0.85),  # 84 of 96 (84; 82 when first scored; 82)
    ("alignment_fresh12", 96, 0.89),  # 86 of 96 with the other-area input, 88 before it (85; 78 when first scored)
    ("alignment_fresh13", 96, 0.85),  # 86 of 96 (83 when first scored; 80)
    ("alignment_fresh14", 96, 0.9),   # 90 of 96 (85; 86 when first scored)
    ("alignment_fresh15", 96, 0.85),  # 85 of 96 (79; 79 when first scored)
    ("alignment_fresh16", 96, 0.7),   # 71 of 96 (72; 70 when first scored)
    ("alignment_fresh17", 96, 0.8),   # 84 of 96 with the other-area input and groups of people (78 when first scored)
    ("alignment_fresh18", 96, 0.8),   # 81 of 96 (79 when first scored; 78)
    ("alignment_fresh19", 96, 0.8),   # 83 of 96 with a link for interpreting (81 when first scored)
    ("alignment_fresh20", 96, 0.8),   # 82 of 96 with abbreviations spelled out (73 when first scored)
    ("alignment_jargon", 96, 0.8),    # 84 of 96 with a link for interpreting (77 when first scored)
    ("alignment_fresh21", 96, 0.8),   # 87 of 96 with ages said as ages (79; 76 when first scored)
    ("alignment_fresh22", 96, 0.9),   # 90 of 96 with links for its areas of care (82 when first scored)
    ("alignment_fresh23", 96, 0.85),  # 85 of 96 with what descriptions add (89 with links for its areas of care;
    #                                   82 when first scored; 82)
    ("alignment_fresh24", 96, 0.9),   # 91 of 96 with initials, valve disease and links (80 when first scored)
    ("alignment_fresh25", 96, 0.8),   # 83 of 96 with links for its areas of care (76 when first scored; 76)
    ("alignment_fresh26", 96, 0.9),   # 90 of 96 with links for its areas of care (83 when first scored; 83)
    ("alignment_fresh27", 96, 0.9),   # 88 of 96 with conditions and links for its areas (80 when first scored; 80)
    ("alignment_fresh28", 96, 0.9),   # 91 of 96 with conditions and links for its areas (78 when first scored)
    ("alignment_fresh29", 96, 0.8),   # 82 of 96 with links for its areas of care (73 when first scored; 73)
    ("alignment_fresh30", 96, 0.8),   # 81 of 96 with a vision for staff read as one (79 when first scored; 79)
    ("alignment_fresh31", 96, 0.75),  # 76 of 96 with the other-area input; 74 when first scored, not tuned on
    ("alignment_fresh32", 96, 0.75),  # 77 of 96 with the other-area input; 75 when first scored, not tuned on
    ("alignment_devstyle", 96, 0.85),  # 87 of 96 with the other-area input; 84 when first scored, not tuned on
    ("alignment_devstyle2", 96, 0.85),  # 84 of 96 with the other-area input; 82 when first scored, not tuned on
    ("alignment_devstyle3", 96, 0.9),  # 91 of 96 with "kitchen" a support word; 90 when first scored (and without
    #                                    the other-area input)
    ("alignment_devstyle4", 96, 0.9),  # 89 of 96 when first scored, not tuned on; 89 for the method at its session's start
    ("alignment_devstyle5", 96, 0.85),  # 84 of 96 with groups of people; 82 when first scored (80 for the method at
    #                                     its session's start)
    ("alignment_devstyle6", 96, 0.85),  # 83 of 96; 83 when first scored (82 for the method at its session's start)
    ("alignment_devstyle7", 96, 0.85),  # 86 of 96 with links for its areas of care; 83 when first scored
    ("alignment_devstyle8", 96, 0.8),  # 79 of 96 when first scored, not tuned on; 79 for the method at its session's start
    ("alignment_devstyle9", 96, 0.85),  # 90 of 96 with links for its areas of care; 84 when first scored (83 for the
    #                                     method at its session's start)
    ("alignment_devstyle10", 96, 0.9),  # 90 of 96 when first scored, not tuned on (82 for the method at its
    #                                     session's start)
    ("alignment_devstyle11", 96, 0.85),  # 84 of 96 when first scored, not tuned on (79 for the method at its
    #                                      session's start)
    ("alignment_devstyle12", 96, 0.85),  # 88 of 96 with appointments outside the wards; 87 when first scored (86
    #                                      for the method at its session's start)
    ("alignment_devstyle13", 96, 0.85),  # 85 of 96 with fibrosis named by its organ; 84 when first scored, as for
    #                                      the method at its session's start
    ("alignment_devstyle14", 96, 0.85),  # 85 of 96 with the types of diabetes; 84 when first scored, as for the
    #                                      method at its session's start
    ("alignment_devstyle15", 96, 0.85),  # 86 of 96 with appointments outside the wards; 85 when first scored (84
    #                                      for the method at its session's start)
    ("alignment_devstyle16", 96, 0.85),  # 84 of 96 with the catheter lab named the heart's; 81 when first scored, as
    #                                      for the method at its session's start
    ("alignment_devstyle17", 96, 0.85),  # 86 of 96 with the electronic prescribing links and appointments outside
    #                                      the wards; 83 when first scored, as for the method at its session's start
    ("alignment_devstyle18", 96, 0.8),  # 81 of 96 with the links for getting to hospital; 79 when first scored, as
    #                                     for the method at its session's start
    ("alignment_devstyle19", 96, 0.72),  # 73 of 96 when first scored, as for the method at its session's start;
    #                                      70 since the ambulance handover names' refit moved two aligned items from
    #                                      just over the threshold to 0.34 (5 items gained on other sets)
    ("alignment_devstyle20", 96, 0.85),  # 82 of 96 after the check of ties through who the work is for was narrowed;
    #                                      81 when first scored, 82 for the method at its session's start
    ("alignment_devstyle21", 96, 0.85),  # 87 of 96 when first scored, not tuned on; as for the method at its
    #                                      session's start
    ("alignment_devstyle22", 96, 0.85),  # 90 of 96 with urology no name of kidney stones (89 with the patient record
    #                                      and laptops read; 84 when first scored)
    ("alignment_devstyle23", 96, 0.85),  # 84 of 96 with overtime and appointments read; 81 when first scored
    ("alignment_devstyle24", 96, 0.85),  # 84 of 96 with back pain as persistent pain; 82 when first scored, as for
    #                                      the method at its session's start
    ("alignment_devstyle25", 96, 0.85),  # 88 of 96 with the link for major incidents; 83 when first scored, as for
    #                                      the method at its session's start
    ("alignment_devstyle26", 96, 0.85),  # 87 of 96 when first scored, not tuned on; as for the method at its
    #                                      session's start
    ("alignment_devstyle27", 96, 0.75),  # 77 of 96 with contracts named by a vision about buying supplies; 76 when
    #                                      first scored, as for the method at its session's start
    ("alignment_devstyle28", 96, 0.8),  # 79 of 96 with links for cyber security and a linear accelerator, and
    #                                     diabetes in pregnancy as a type of its own; 76 when first scored
    ("alignment_devstyle29", 96, 0.85),  # 87 of 96 with a link for heatwaves and cold weather; 86 when first scored
    ("alignment_devstyle30", 96, 0.85),  # 86 of 96 with a link for artificial limbs; 84 when first scored
    ("alignment_devstyle31", 96, 0.85),  # 87 of 96 with a link for antenatal and newborn screening; 85 when first
    #                                      scored
    ("alignment_devstyle32", 96, 0.85),  # 84 of 96 with links for coding, genomic testing and trans and non-binary
    #                                      people, and food named by a vision about meals; 74 when first scored
    ("alignment_devstyle33", 96, 0.85),  # 86 of 96 with older people as patients under a vision for staff (84 with
    #                                      residences named by a vision about housing; 81 when first scored)
    ("alignment_devstyle34", 96, 0.8),  # 79 of 96 with a link for medical devices; 75 when first scored
    ("alignment_devstyle35", 96, 0.85),  # 89 of 96 with links for life with cancer and the cost of living; 80 when
    #                                      first scored
    ("alignment_devstyle36", 96, 0.85),  # 89 of 96 with awards named by a vision about staff feeling valued and a
    #                                      link for spiritual care; 87 when first scored
    ("alignment_devstyle37", 96, 0.85),  # 84 of 96 when first scored, not tuned on
    ("alignment_devstyle38", 96, 0.85),  # 89 of 96 when first scored, not tuned on
    ("alignment_devstyle39", 96, 0.85),  # 85 of 96 with links for water safety and children's continence, and a
    #                                      vision for parents read as one for fathers too; 79 when first scored
    ("alignment_devstyle40", 96, 0.9),  # 88 of 96 when first scored, not tuned on
    ("alignment_devstyle41", 96, 0.85),  # 86 of 96 with links for joint surgery and hospices; 80 when first scored
    ("alignment_devstyle42", 96, 0.85),  # 84 of 96 when first scored, not tuned on
    ("alignment_devstyle43", 96, 0.85),  # 86 of 96 when first scored, not tuned on
    ("alignment_devstyle44", 96, 0.85),  # 89 of 96 with the names of the severe mental illness group and waiting
    #                                      too long; 85 when first scored
    ("alignment_devstyle45", 96, 0.85),  # 86 of 96 with links for Pharmacy First and safe care at night; 83 when
    #                                      first scored
    ("alignment_devstyle46", 96, 0.85),  # 87 of 96 with the links' words it lacked; 83 when first scored
    ("alignment_devstyle47", 96, 0.8),  # 79 of 96 with a link for modern slavery and staff's families; 76 when
    #                                     first scored
    ("alignment_devstyle48", 96, 0.8),  # 83 of 96 with links for paperwork and tracheostomies; 79 when first scored
    ("alignment_devstyle49", 96, 0.85),  # 86 of 96 with what serves suicide prevention among men; 82 when first
    #                                      scored
    ("alignment_devstyle50", 96, 0.85),  # 85 of 96 when first scored, not tuned on
    ("alignment_devstyle51", 96, 0.85),  # 89 of 96 with a link for harm-free care in hospital; 86 when first scored
    ("alignment_devstyle52", 96, 0.9),  # 92 of 96 with heart failure's devices and endometriosis's surgeons; 90 when
    #                                     first scored
    ("alignment_devstyle53", 96, 0.85),  # 89 of 96 with the staff, severe mental illness and group readings; 84
    #                                      when first scored
    ("alignment_devstyle54", 96, 0.85),  # 89 of 96 with safe care named by "safely and kindly"; 87 when first scored
    ("alignment_devstyle55", 96, 0.9),  # 92 of 96 with the links' words it lacked; 88 when first scored
    ("alignment_devstyle56", 96, 0.85),  # 88 of 96 with the hybrid closed loop; 87 when first scored
    ("alignment_devstyle57", 96, 0.85),  # 86 of 96 with liver disease and lung cancers; 83 when first scored
    ("alignment_devstyle58", 96, 0.9),  # 94 of 96 when first scored, not tuned on
    ("alignment_devstyle59", 96, 0.9),  # 94 of 96 with cataract surgery as eye care alone; 93 when first scored
    ("alignment_devstyle60", 96, 0.85),  # 89 of 96 with groups served by the vision's own work (88 with building
    #                                      work read from the description); 87 when first scored
    ("alignment_devstyle61", 96, 0.85),  # 88 of 96 with ages read as older people and urology no name of kidney
    #                                      stones; 86 when first scored
    ("alignment_devstyle62", 96, 0.85),  # 86 of 96 with drinking heavily named as alcohol and groups served by the
    #                                      vision's own work; 84 when first scored
    ("alignment_devstyle63", 96, 0.85),  # 86 of 96 when first scored, not tuned on
    ("alignment_devstyle64", 96, 0.85),  # 86 of 96 with the nose and throat a part of the body and the glosses; 83
    #                                      when first scored
    ("alignment_devstyle65", 96, 0.9),  # 92 of 96 with the glosses and rheumatology no name of inflammatory
    #                                     arthritis; 89 when first scored
    ("alignment_devstyle66", 96, 0.75),  # 76 of 96 with the glosses and waiting lists of the vision's own; 73 when
    #                                      first scored
    ("alignment_devstyle67", 96, 0.85),  # 85 of 96 with waiting lists of the vision's own, the hand a part of the
    #                                      body and an audit read as its subject; 80 when first scored
    ("alignment_devstyle68", 96, 0.72),  # 74 of 96 with the gallbladder named as gallstones and audits read as their
    #                                      subject; 71 when first scored
    ("alignment_devstyle69", 96, 0.82),  # 82 of 96 when first scored, not tuned on
    ("alignment_devstyle70", 96, 0.78),  # 78 of 96 with an audit read as its subject and interpreters known work;
    #                                      74 when first scored
    ("alignment_devstyle71", 96, 0.82),  # 81 of 96 with the plain form's "e" read; 79 when first scored
    ("alignment_devstyle72", 96, 0.85),  # 83 of 96 when first scored, not tuned on
    ("alignment_devstyle73", 96, 0.85),  # 84 of 96 with other medicines questioned and kidney function read as a
    #                                      test; 82 when first scored
    ("alignment_devstyle74", 96, 0.82),  # 80 of 96 with hepatitis B and C read as kinds; 79 when first scored
    ("alignment_devstyle75", 96, 0.8),   # 79 of 96 with gas and air read as Entonox; 78 when first scored
    ("alignment_devstyle76", 96, 0.82),  # 80 of 96 with resurfacing as building work; 79 when first scored
    ("alignment_devstyle77", 96, 0.85),  # 85 of 96 with the helipad read as support work; 84 when first scored
    ("alignment_devstyle78", 96, 0.94),  # 91 of 96 with the cancers and long-term pain read as kinds; 88 when first
    #                                      scored
    ("alignment_devstyle79", 96, 0.8),   # 77 of 96 with a vision for everyone for every group, boilers named by warm
    #                                      homes and the one piece of known work a vision names; 70 when first scored
    ("alignment_devstyle80", 96, 0.9),   # 87 of 96 when first scored, not tuned on
    ("alignment_devstyle81", 96, 0.87),  # 84 of 96 when first scored, not tuned on
    ("alignment_devstyle82", 96, 0.9),   # 89 of 96 with a head injury read as concussion's condition; 88 when
    #                                      first scored
    ("alignment_devstyle83", 96, 0.85),  # 82 of 96 when first scored, not tuned on
    ("alignment_devstyle84", 96, 0.83),  # 80 of 96 when first scored, not tuned on
    ("alignment_devstyle85", 96, 0.9),   # 87 of 96 with Parkinson's carers, memory, mood and advance care planning
    #                                      known to the care links; 84 when first scored
    ("alignment_devstyle86", 96, 0.91),  # 88 of 96 with organ donation and transplants one area; 87 when first scored
    ("alignment_devstyle87", 96, 0.8),   # 77 of 96 with hand therapy known to inflammatory arthritis; 76 when first
    #                                      scored
    ("alignment_devstyle88", 96, 0.84),  # 81 of 96 when first scored; what it prompted changed none of its items
    ("alignment_devstyle89", 96, 0.85),  # 82 of 96 with life after cancer treatment its own area; 79 when first
    #                                      scored
    ("alignment_devstyle90", 96, 0.9),   # 87 of 96 with enhanced recovery known to bowel surgery; 85 when first
    #                                      scored
    ("alignment_devstyle91", 96, 0.8),   # 77 of 96 when first scored, not tuned on
    ("alignment_devstyle92", 96, 0.85),  # 82 of 96 when first scored, not tuned on
    ("alignment_devstyle93", 96, 0.89),  # 86 of 96 with discharge knowing care homes and staff retention named by staff
    #                                      who want to stay; 83 when first scored
    ("alignment_devstyle94", 96, 0.91),  # 88 of 96 with communication needs and value for money knowing more; 84 when
    #                                      first scored
    ("alignment_devstyle95", 96, 0.87),  # 84 of 96 with respiratory infections knowing sore throats; 82 when first
    #                                      scored
    ("alignment_devstyle96", 96, 0.91),  # 88 of 96 with adult safeguarding knowing scams; 86 when first scored
    ("alignment_devstyle97", 96, 0.88),  # 85 of 96 with pneumonia an area of care; 84 when first scored
    ("alignment_devstyle98", 96, 0.84),  # 81 of 96 with fibromyalgia naming persistent pain; 77 when first scored
    ("alignment_devstyle99", 96, 0.93),  # 90 of 96 with police custody read as health and justice care; 88 when first
    #                                      scored
    ("alignment_devstyle100", 96, 0.87),  # 84 of 96 with men outside a vision for children and personal health budgets
    #                                       an area of care; 80 when first scored
    ("alignment_devstyle101", 96, 0.86),  # 83 of 96 when first scored, not tuned on
    ("alignment_devstyle102", 96, 0.82),  # 79 of 96 with heart rhythm and cardiac devices an area of care; 78 when
    #                                       first scored
    ("alignment_devstyle103", 96, 0.82),  # 79 of 96 with musculoskeletal care knowing moving and handling; 76 when
    #                                       first scored
    ("alignment_devstyle104", 96, 0.86),  # 83 of 96 with damp and mould in homes an area of care; 82 when first scored
    ("alignment_devstyle105", 96, 0.88),  # 85 of 96 when first scored, not tuned on
    ("alignment_devstyle106", 96, 0.83),  # 80 of 96 with an area the purpose alone names not tying its conditions and
    #                                       surgical site infection and polycystic ovary syndrome areas of care; 73 when
    #                                       first scored
    ("alignment_devstyle107", 96, 0.83),  # 80 of 96 with dizziness and balance an area of care; 78 when first scored
    ("alignment_devstyle108", 96, 0.77),  # 74 of 96 when first scored, not tuned on
    ("alignment_devstyle109", 96, 0.72),  # 70 of 96 with getting ready for surgery and communication aids areas of
    #                                       care; 64 when first scored
    ("alignment_devstyle110", 96, 0.87),  # 84 of 96 with each cancer of a list named and sleep in hospital an area of
    #                                       care; 80 when first scored
    ("alignment_devstyle111", 96, 0.83),  # 80 of 96 when first scored, not tuned on
    ("alignment_devstyle112", 96, 0.88),  # 85 of 96 when first scored, not tuned on
    ("alignment_devstyle113", 96, 0.95),  # 92 of 96 with bleeding after birth and bronchiectasis areas of care; 88
    #                                       when first scored
    ("alignment_devstyle114", 96, 0.96),  # 93 of 96 with urinary infections, inflammatory back pain and heavy periods
    #                                       areas of care and people who inject drugs read as drug use; 87 when first
    #                                       scored
    ("alignment_devstyle115", 96, 0.91),  # 88 of 96 when first scored, not tuned on
    ("alignment_devstyle116", 96, 0.93),  # 90 of 96 with aphasia and screening uptake areas of care; 87 when first
    #                                       scored
    ("alignment_devstyle117", 96, 0.93),  # 90 of 96 with patient identification and abortion care areas of care; 87
    #                                       when first scored
    ("alignment_devstyle118", 96, 0.95),  # 92 of 96 with giant cell arteritis and tube feeding at home areas of care;
    #                                       86 when first scored
    ("alignment_devstyle119", 96, 0.88),  # 85 of 96 when first scored, not tuned on
    ("alignment_devstyle120", 96, 0.90),  # 87 of 96 when first scored, not tuned on
    ("alignment_devstyle121", 96, 0.84),  # 81 of 96 with the side effects of immunotherapy an area of care; 77 when
    #                                       first scored
    ("alignment_devstyle122", 96, 0.88),  # 85 of 96 when first scored, not tuned on
    ("alignment_devstyle123", 96, 0.94),  # 91 of 96 with scabies an area of care; 90 when first scored
    ("alignment_devstyle124", 96, 0.94),  # 92 of 96 with medicines shortages and sharps injuries areas of care and
    #                                       norovirus read as infection prevention; 84 when first scored; 91 since
    #                                       "No member of staff" opens a vision for staff (testing the source patient
    #                                       after a needle injury is then read as for patients)
    ("alignment_devstyle125", 96, 0.92),  # 89 of 96 with physician associates an area of care, faults reported as
    #                                       access for disabled people's work and "cleaning" named by "kept clean"; 84
    #                                       when first scored
    ("alignment_devstyle126", 96, 0.86),  # 83 of 96 with bleeding disorders, Huntington's disease and home
    #                                       ventilation areas of care; 79 when first scored
    ("alignment_devstyle127", 96, 0.97),  # 94 of 96 with continuing healthcare and mesothelioma areas of care; 87 when
    #                                       first scored
    ("alignment_devstyle128", 96, 0.94),  # 91 of 96 with the mortuary and blood cultures areas of care and families
    #                                       of serving personnel read as the armed forces community; 85 when first
    #                                       scored
    ("alignment_devstyle129", 96, 0.94),  # 91 of 96 with cerebral palsy, varicose veins and neonatal transport areas
    #                                       of care; 83 when first scored
    ("alignment_devstyle130", 96, 0.91),  # 88 of 96 with the air ambulance, muscular dystrophy, hoarding and tics
    #                                       areas of care; 81 when first scored
    ("alignment_devstyle131", 96, 0.93),  # 90 of 96 with road safety and clinical waste areas of care; 87 when first
    #                                       scored
    ("alignment_devstyle132", 96, 0.87),  # 84 of 96 with aseptic services and lone working areas of care; 80 when
    #                                       first scored
    ("alignment_devstyle133", 96, 0.88),  # 85 of 96 with "ketamine" matched and the library an area of care; 83 when
    #                                       first scored
    ("alignment_devstyle134", 96, 0.85),  # 82 of 96 with ligature risks, mental capacity and meningitis areas of
    #                                       care; 79 when first scored
    ("alignment_devstyle135", 96, 0.83),  # 80 of 96 with "hidradenitis" matched and pulmonary hypertension and first
    #                                       responders areas of care; 76 when first scored
    ("alignment_devstyle136", 96, 0.78),  # 75 of 96 with power cuts and club foot areas of care; 73 when first scored
    ("alignment_devstyle137", 96, 0.94),  # 91 of 96 with point-of-care testing and testicular cancer areas of care;
    #                                       86 when first scored
    ("alignment_devstyle138", 96, 0.88),  # 85 of 96, as when first scored
    ("alignment_devstyle139", 96, 0.91),  # 88 of 96 with a carbon monoxide area of care; 87 when first scored
    ("alignment_devstyle140", 96, 0.91),  # 88 of 96, as when first scored
    ("alignment_devstyle141", 96, 0.88),  # 85 of 96, as when first scored (84 for the method before "apheresis" was
    #                                       matched)
    ("alignment_devstyle142", 96, 0.85),  # 82 of 96 with drowning, button batteries and appendicitis areas of care;
    #                                       76 when first scored
    ("alignment_devstyle143", 96, 0.88),  # 85 of 96 when first scored, not tuned on
    ("alignment_devstyle144", 96, 0.87),  # 84 of 96 when first scored, not tuned on
    ("alignment_devstyle145", 96, 0.93),  # 90 of 96 when first scored, not tuned on
    ("alignment_devstyle146", 96, 1.00),  # 96 of 96 when first scored, not tuned on
    ("alignment_devstyle147", 96, 0.95),  # 92 of 96 with settling in at home as discharge work; 91 when first scored
    ("alignment_devstyle148", 96, 0.96),  # 93 of 96 with dipsticks as antimicrobial stewardship; 92 when first scored
    ("alignment_devstyle149", 96, 0.92),  # 89 of 96 when first scored, not tuned on
    ("alignment_devstyle150", 96, 0.98),  # 95 of 96 with probation and reservists known work; 93 when first scored
    ("alignment_devstyle151", 96, 0.96),  # 93 of 96 with partners named; 92 when first scored
    ("alignment_devstyle152", 96, 0.94),  # 91 of 96 with brain fog and wifi as support work; 89 when first scored
    ("alignment_devstyle153", 96, 0.97),  # 94 of 96 when first scored, not tuned on
    ("alignment_devstyle154", 96, 0.96),  # 93 of 96 when first scored, not tuned on
    ("alignment_devstyle155", 96, 0.97),  # 94 of 96 with financial wellbeing for staff; 93 when first scored
    ("alignment_devstyle156", 96, 0.96),  # 93 of 96 with a helpdesk as support work; 92 when first scored
    ("alignment_devstyle157", 96, 0.97),  # 94 of 96 when first scored, not tuned on
    ("alignment_devstyle158", 96, 0.93),  # 90 of 96 when first scored, not tuned on
    ("alignment_devstyle159", 96, 0.94),  # 91 of 96 with a helpdesk as support work; 90 when first scored
    ("alignment_devstyle160", 96, 0.96),  # 93 of 96 when first scored, not tuned on
    ("alignment_devstyle161", 96, 0.94),  # 91 of 96 when first scored, not tuned on
    ("alignment_devstyle162", 96, 0.94),  # 91 of 96 with breastfeeding cafes as care; 90 when first scored
    ("alignment_devstyle163", 96, 0.96),  # 93 of 96 when first scored, not tuned on
    ("alignment_devstyle164", 96, 1.00),  # 96 of 96 when first scored, not tuned on
    ("alignment_devstyle165", 96, 0.96),  # 93 of 96 with clinics as care in hospital; 91 when first scored
    ("alignment_devstyle166", 96, 0.89),  # 86 of 96 when first scored, not tuned on
    ("alignment_devstyle167", 96, 0.93),  # 90 of 96 when first scored, not tuned on
    ("alignment_devstyle168", 96, 0.93),  # 90 of 96 when first scored, not tuned on
    ("alignment_devstyle169", 96, 0.93),  # 90 of 96 when first scored, not tuned on
    ("alignment_devstyle170", 96, 0.97),  # 94 of 96 with "No member of staff" opening a vision for staff; 92 when
    #                                       first scored
    ("alignment_devstyle171", 96, 0.97),  # 94 of 96 when first scored, not tuned on
    ("alignment_devstyle172", 96, 0.94),  # 91 of 96 when first scored, not tuned on
    ("alignment_devstyle173", 96, 0.98),  # 95 of 96 when first scored, not tuned on
    ("alignment_devstyle174", 96, 0.97),  # 94 of 96 when first scored, not tuned on
    ("alignment_devstyle175", 96, 0.94),  # 91 of 96 when first scored, not tuned on
    ("alignment_devstyle176", 96, 0.96),  # 93 of 96 when first scored, not tuned on
    ("alignment_devstyle177", 96, 0.98),  # 95 of 96 when first scored, not tuned on
])
def test_work_is_questioned_when_it_should_be_on_visions_not_tuned_to(folder, size, at_least):
    visions, items = load(DATA / folder)
    assert len(items) == size and {i["vision"] for i in items} == set(visions)
    assert agreement(visions, items) >= at_least * len(items)


def test_work_written_for_another_vision_is_mostly_questioned():
    """Each devstyle set's aligned work reviewed under the set's other three visions, as work not aligned: a few pairs
    do serve the other vision (COPD care under a vision for the most deprived communities), most do not. When first
    measured, 5,929 of 8,064 were questioned (74%): 'Hear and treat' by an ambulance service passed under a children's
    hospital's vision, and knee pain classes under one for children with diabetes. A floor, not the target: it guards
    against a change that passes more of other services' own work."""
    questioned = total = 0
    for folder in sorted(DATA.glob("alignment_devstyle*")):
        visions, items = load(folder)
        elsewhere = [{**i, "vision": v, "aligned": "0"} for i in items if i["aligned"] == "1"
                     for v in visions if v != i["vision"]]
        questioned, total = questioned + agreement(visions, elsewhere), total + len(elsewhere)
    assert total >= 8064 and questioned >= 0.72 * total


def test_the_development_set_verdicts_agree_with_the_reviewer(shared_data):
    folder = shared_data / "alignment_dev"
    if not folder.exists():
        pytest.skip("../shared/data/alignment_dev is not beside this checkout")
    visions, items = load(folder)
    assert agreement(visions, items) >= 0.9 * len(items)  # 24 of 24 (20 before word matching)


def test_the_learned_weights_are_what_training_on_the_team_set_produces(tmp_path):
    pytest.importorskip("sklearn")
    from purpose.logic.alignment import learned_weights
    from purpose.training.alignment import main as train

    report = train(["--out", str(tmp_path / "alignment.json")])
    retrained, committed = json.loads((tmp_path / "alignment.json").read_text(encoding="utf-8")), learned_weights()
    assert retrained["verdict"] == pytest.approx(committed["verdict"], abs=1e-4)
    assert retrained["support"]["weights"] == pytest.approx(committed["support"]["weights"], abs=1e-4)
    # Leaving each of the 32 visions out in turn: 493 of 512 (489 before the coverage inputs; 490 at the start of the
    # session that wrote fresh14 to fresh16, 481 at the start of the one before, 465 before the first checks of named
    # knowledge), against 440 for the word margin alone
    assert report["leave_one_vision_out"] >= 0.9 * report["items"]
    assert report["leave_one_vision_out"] > report["word_margin_alone"]
