"""National reference data: NHS priorities by planning year and the CQC well-led quality statements."""

from __future__ import annotations

import re
from datetime import date

from purpose.logic.upload_kinds import fold

# The national objectives of each NHS planning year (April to March), described so that a reviewer sees what each
# covers, with the terms work names when it serves one: the alignment review relates work to an objective only when
# the work names one of them. 2025/26 is from that year's planning guidance; 2026/27 from the Medium Term Planning
# Framework (2026/27 to 2028/29), whose later years are added beside it when their objectives are set. A review uses
# the year its date falls in (national_priorities).
NATIONAL_PRIORITIES: dict[str, list[dict[str, str]]] = {
    "2025/26": [
        {"id": "ELECTIVE", "title": "Elective care: 18-week referral to treatment",
         "description": "Reduce the time people wait for planned hospital treatment; more patients treated within "
                        "18 weeks of referral; fewer waiting over a year; outpatient and surgery waiting lists.",
         "terms": "elective, planned, surgery, operation, operations, outpatient, outpatients, theatre, theatres, "
                  "referral, waiting"},
        {"id": "CANCER", "title": "Cancer: faster diagnosis and 62-day standard",
         "description": "Diagnose or rule out cancer within 28 days of urgent referral and start treatment within "
                        "62 days; earlier diagnosis, screening and tests for suspected cancer.",
         "terms": "cancer, cancers, tumour, oncology, chemotherapy, radiotherapy, diagnosis, screening, biopsy"},
        {"id": "UEC", "title": "Urgent and emergency care: 4-hour A&E",
         "description": "Patients in the emergency department admitted, transferred or discharged within 4 hours; "
                        "less time in A&E, fewer long waits for a hospital bed, corridor care and crowding.",
         "terms": "urgent, emergency, a&e, corridor, crowding, admission, admissions"},
        {"id": "AMBULANCE", "title": "Ambulance category 2 response and handovers",
         "description": "Reach category 2 emergency calls such as strokes and heart attacks faster, and hand "
                        "over patients arriving by ambulance to the emergency department within 45 minutes so "
                        "crews return to calls.",
         "terms": "ambulance, ambulances, paramedic, paramedics, crews, handover, handovers"},
        {"id": "PRIMARY", "title": "Access to primary care",
         "description": "Patients can contact and get an appointment with their GP practice or dentist when "
                        "they need it; community pharmacy and urgent dental care.",
         "terms": "primary, gp, gps, practice, practices, dentist, dentists, dental"},
        {"id": "MENTAL", "title": "Mental health",
         "description": "Timely mental health care: fewer long waits in A&E for people in mental health crisis, "
                        "fewer out-of-area placements, more children and young people supported.",
         "terms": "mental, psychiatric, psychological, crisis, psychosis, depression, anxiety"},
        {"id": "FINANCE", "title": "Living within budget and reducing agency spend",
         "description": "Balance the budget, improve productivity and reduce spending on agency and bank staff "
                        "and temporary workforce.",
         "terms": "budget, budgets, agency, locum, bank, spend, spending, cost, costs, savings, productivity, finance, "
                  "financial"},
    ],
    "2026/27": [
        {"id": "ELECTIVE", "title": "Elective care: 18 weeks from referral to treatment",
         "description": "Shorter waits for planned treatment: each trust improves its 18-week performance by 7%, or "
                        "to 65% where that is more, towards 92% of patients within 18 weeks by March 2029; advice and "
                        "guidance before referral, patient-initiated follow-up, straight-to-test and one-stop clinics, "
                        "theatres and diagnostics used to the full.",
         "terms": "elective, planned, surgery, operation, operations, outpatient, outpatients, theatre, theatres, "
                  "referral, waiting, one-stop"},
        {"id": "CANCER", "title": "Cancer: faster diagnosis and the 31-day and 62-day standards",
         "description": "80% of people referred urgently told they have cancer, or that it is ruled out, within "
                        "28 days; more people starting treatment within 31 and 62 days, towards 96% and 85% by "
                        "2028/29; cancers found earlier.",
         "terms": "cancer, cancers, tumour, oncology, chemotherapy, radiotherapy, diagnosis, screening, biopsy"},
        {"id": "UEC", "title": "Urgent and emergency care: 4 hours and 12 hours in A&E",
         "description": "More patients admitted, transferred or discharged within 4 hours of arriving in A&E, and "
                        "fewer there for 12 hours or more; same day emergency care and urgent community response "
                        "instead of admission, and no care in corridors.",
         "terms": "urgent, emergency, a&e, corridor, crowding, admission, admissions, same-day"},
        {"id": "AMBULANCE", "title": "Ambulance category 2 response and handovers",
         "description": "Reach category 2 emergency calls such as strokes and heart attacks faster, with patients "
                        "handed over from ambulance crews to the emergency department without long delays so crews "
                        "return to calls.",
         "terms": "ambulance, ambulances, paramedic, paramedics, crews, handover, handovers"},
        {"id": "PRIMARY", "title": "Access to general practice, dentistry and community pharmacy",
         "description": "People can contact their GP practice easily and get care when they need it; better access "
                        "to NHS dentistry, and more care from community pharmacies.",
         "terms": "primary, gp, gps, practice, practices, dentist, dentists, dental, pharmacy, pharmacies"},
        {"id": "NEIGHBOURHOOD", "title": "Neighbourhood health: care moved from hospital to the community",
         "description": "Neighbourhood health teams around groups of practices, shorter waits for community health "
                        "services, and care at home, in care homes and on virtual wards instead of in hospital.",
         "terms": "neighbourhood, neighbourhoods, community, home, homes, virtual, district"},
        {"id": "MENTAL", "title": "Mental health, learning disability and autism",
         "description": "Timely mental health care: fewer long waits in A&E for people in a mental health crisis, "
                        "fewer out-of-area placements, more children and young people supported; fewer people with a "
                        "learning disability and autistic people cared for in mental health hospitals.",
         "terms": "mental, psychiatric, psychological, crisis, psychosis, depression, anxiety, autism, autistic, "
                  "disability"},
        {"id": "PREVENTION", "title": "Prevention and fairer health",
         "description": "From treatment to prevention: finding and treating risks early, such as high blood "
                        "pressure, smoking and obesity, more people vaccinated and screened, and gaps in access and "
                        "outcomes between communities closed.",
         # Not "prevention" itself: preventing pressure ulcers or falls is safe care, not public health
         "terms": "smoking, obesity, vaccination, vaccinations, immunisation, inequalities, inequality, deprived"},
        {"id": "DIGITAL", "title": "Digital care: from analogue to digital",
         "description": "Care made easier through the NHS App, electronic patient records and information shared "
                        "between services.",
         "terms": "digital, app, online, electronic, records, record"},
        {"id": "EXPERIENCE", "title": "Listening to patients and staff",
         "description": "What patients, families and staff say about their care and their work is heard and acted "
                        "on, from patient feedback and the NHS Staff Survey.",
         "terms": "feedback, experience, survey, surveys, complaints, listening"},
        {"id": "FINANCE", "title": "Financial balance and productivity",
         "description": "Every trust and integrated care board in balance without deficit support by 2028/29, at "
                        "least 2% more productive each year, and less spending on agency and bank staff.",
         "terms": "budget, budgets, agency, locum, bank, spend, spending, cost, costs, savings, productivity, finance, "
                  "financial"},
    ],
}


def planning_year(day: date) -> str:
    """The NHS planning year a day falls in, April to March ("2026/27" from 1 April 2026), or the nearest year whose
    objectives are set: a review after the last one set uses the last."""
    start = day.year if day.month >= 4 else day.year - 1
    year = f"{start}/{(start + 1) % 100:02d}"
    years = sorted(NATIONAL_PRIORITIES)
    return year if year in NATIONAL_PRIORITIES else years[-1] if year > years[-1] else years[0]


def national_priorities(day: date) -> list[dict[str, str]]:
    """The national objectives a review on this day weighs work against (planning_year)."""
    return NATIONAL_PRIORITIES[planning_year(day)]

# The eight CQC quality statements of the well-led key question, with their terms as for the objectives.
CQC_WELL_LED: list[dict[str, str]] = [
    {"id": "shared-direction", "title": "Shared direction and culture",
     "description": "A shared vision, strategy and culture based on transparency, equity, equality, human rights, "
                    "listening to staff and people who use services, and improvement.",
     "terms": "vision, strategy, culture, values, direction"},
    {"id": "capable-leaders", "title": "Capable, compassionate and inclusive leaders",
     "description": "Leaders with the skills, knowledge and experience to lead with compassion and inclusion; "
                    "leadership development.",
     "terms": "leaders, leadership, managers, compassionate, inclusive"},
    {"id": "speak-up", "title": "Freedom to speak up",
     "description": "Staff feel safe to raise concerns without fear of blame; speaking up and listening culture.",
     "terms": "speak, speaking, concerns, whistleblowing, guardian, freedom"},
    {"id": "edi", "title": "Workforce equality, diversity and inclusion",
     "description": "Fair treatment of staff, tackling discrimination and racism, inclusive workplace for "
                    "disabled and minority ethnic staff.",
     "terms": "equality, diversity, inclusion, racism, discrimination, disabled, ethnic"},
    {"id": "governance", "title": "Governance, management and sustainability",
     "description": "Clear responsibilities, good governance, risk management, data and financial sustainability.",
     "terms": "governance, risk, assurance, data, board, audit"},
    {"id": "partnerships", "title": "Partnerships and communities",
     "description": "Working with partners, local communities and people who use services to improve health and "
                    "reduce inequalities.",
     "terms": "partners, partnership, partnerships, communities, voluntary, council"},
    {"id": "learning", "title": "Learning, improvement and innovation",
     "description": "A culture of continuous learning, quality improvement, research and innovation.",
     "terms": "learning, improvement, innovation, research, quality"},
    {"id": "environment", "title": "Environmental sustainability",
     "description": "Reducing the environmental impact of services: net zero, carbon, waste and energy.",
     "terms": "environmental, sustainability, carbon, net zero, waste, energy, emissions, greener"},
]


# The themes of the national FFT qualitative framework (v6) that name something to act on, each with the terms
# work names when it answers people who raised it: work relates to a theme people raised only when it names one
# (as for the objectives). The framework's other categories sort what was said ("Positive experience &
# gratitude", "Not assigned") and are left out.
FFT_THEMES: dict[str, str] = {
    "Organisation & efficiency": "organisation, organised, efficiency, efficient, process, processes, paperwork, "
                                 "coordination, administration",
    "Funding & use of financial resources": "funding, money, budget, budgets, cost, costs, investment",
    "Staff manner & personal attributes": "attitude, manner, kindness, kind, rude, compassion, compassionate, respect, "
                                          "dignity, friendly",
    "Number & deployment of staff": "staffing, understaffed, shortage, shortages, vacancies, rota, rotas, workload, "
                                    "recruitment",
    "Staff responsiveness": "responsive, responsiveness, call bell, call bells, buzzer, attention, ignored",
    "Staff continuity": "continuity, same, named, familiar",
    "Competence & training": "competence, competent, skills, skilled, training, knowledge, expertise",
    "Unspecified communication": "communication, communicate, communicating",
    "Staff listening, understanding & involving patients": "listening, listen, listened, involve, involving, "
                                                           "involvement, decisions, partner, partners",
    "Information directly from staff during care": "explained, explanation, explain, told, updates",
    "Information provision & guidance": "information, leaflet, leaflets, guidance, advice, website",
    "Being kept informed, clarity & consistency of information": "informed, clarity, clear, consistent, updates, "
                                                                 "text message, text messages",
    "Contacting services": "contact, contacting, phone, phones, telephone, calls, switchboard, helpline",
    "Appointment arrangements": "appointment, appointments, booking, booked, cancellations, cancelled, letters",
    "Appointment method": "video, virtual, remote, online, face-to-face",
    "Timeliness of care": "waiting, wait, waits, waited, delay, delays, delayed, timely, quicker, sooner, queue",
    "Pain management": "pain, painkillers, analgesia",
    "Diagnosis & triage": "diagnosis, diagnosed, triage, assessment, tests, scan, scans",
    "Referals & continuity of care": "referral, referrals, referred, handover, handovers, transfer, follow-up, pathway",
    "Discharge": "discharge, discharged, discharges",
    "Care plans": "care plan, care plans, planning",
    "Patient records": "records, record, notes",
    "Cleanliness, tidiness & infection control": "clean, cleanliness, cleaning, hygiene, infection, infections, "
                                                 "dirty, tidy",
    "Provision of medical equipment": "equipment, wheelchair, wheelchairs, aids, devices",
    "Service location": "location, local, nearby, distance, closer",
    "Transport to/ from services": "transport, bus, buses, taxi, travel",
    "Parking": "parking, car park, car parks",
    "Electronic entertainment": "television, tv, wifi, entertainment, radio",
    "Feeling safe": "safe, unsafe, security, violence, aggression",
    "Patient appearance & grooming": "washing, washed, hair, grooming, shaving, clothes, dressed",
    "Mental Health Act": "sectioned, detained, detention, tribunal",
    "Equality, Diversity & Inclusion": "equality, equity, diversity, inclusion, inclusive, discrimination, racism, "
                                       "disability, disabled, interpreter, interpreters, accessible",
    "Admission": "admission, admissions, admitted",
    "Safeguarding concerns?": "safeguarding, abuse, neglect, protection",
    "Environment & Facilities": "environment, facilities, toilets, noise, temperature, seating, building, buildings",
    "Supplying & understanding medication": "medication, medicines, prescription, prescriptions, pharmacy, tablets",
    "Activities & access to fresh air": "activities, activity, fresh air, garden, outdoors, exercise, boredom",
    "Food & drink provision & facilities": "food, meals, meal, drink, drinks, water, menu, catering, hungry",
    "Sensory experience": "noise, noisy, lighting, quiet, sleep, smell",
    "Impact of treatment/ care": "outcome, outcomes, recovery, results",
    "Psychological therapy arrangements": "therapy, therapies, counselling, therapist, therapists",
    "Existence of services": "availability, available, provision, closure, closed",
    "Choice of services": "choice, choices, choose, options",
    "Out of hours support (community services)": "out of hours, evenings, weekends, overnight, 24-hour",
    "Learning organisation": "learning, lessons, feedback, complaints, complaint",
    "Interaction with family/ carers": "family, families, relatives, carers, carer, visiting, visitors",
}


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text).replace("&", " and ")))


def cqc_statement_id(text: str) -> str | None:
    """The statement an export names, matched on its words ("Governance & management..." too)."""
    wanted = _words(text)
    for statement in CQC_WELL_LED:
        title = _words(statement["title"])
        if wanted in (statement["id"], title) or (len(wanted) >= 8 and title.startswith(wanted[:18])):
            return statement["id"]
    return None
