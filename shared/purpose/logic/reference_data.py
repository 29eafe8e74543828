"""National reference data: NHS priorities by planning year and the CQC well-led quality statements."""

from __future__ import annotations

import re

from purpose.logic.upload_kinds import fold

# 2025/26 NHS planning guidance: the national objectives, described so that a reviewer sees
# what each covers, with the terms work names when it serves one: the alignment review relates work
# to an objective only when the work names one of them. A later planning framework is added as another
# year beside this one.
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
}
CURRENT_PLANNING_YEAR = "2025/26"

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
