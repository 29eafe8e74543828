"""Who is speaking: the stakeholder groups the engagement asks every contributor about."""

from __future__ import annotations

from enum import StrEnum


class StakeholderGroup(StrEnum):
    STAFF = "staff"
    PATIENT = "patient"
    CARER = "carer"
    COMMUNITY = "community"
    PARTNER = "partner"
    VOLUNTEER = "volunteer"
    UNKNOWN = "unknown"  # imported feedback that does not say


STAKEHOLDER_LABELS = {
    StakeholderGroup.STAFF: "Staff",
    StakeholderGroup.PATIENT: "Patient or service user",
    StakeholderGroup.CARER: "Carer, family member or friend",
    StakeholderGroup.COMMUNITY: "Member of the community",
    StakeholderGroup.PARTNER: "Someone from a partner organisation",
    StakeholderGroup.VOLUNTEER: "Volunteer",
}


class StaffGroup(StrEnum):
    NURSING = "nursing-midwifery"
    MEDICAL = "medical-dental"
    AHP = "allied-health"
    SCIENTISTS = "healthcare-scientists"
    ADMIN = "admin-clerical"
    ESTATES = "estates-ancillary"
    AMBULANCE = "ambulance"
    OTHER = "other"


STAFF_GROUP_LABELS = {
    StaffGroup.NURSING: "Nursing and midwifery",
    StaffGroup.MEDICAL: "Medical and dental",
    StaffGroup.AHP: "Allied health professionals",
    StaffGroup.SCIENTISTS: "Healthcare scientists",
    StaffGroup.ADMIN: "Admin and clerical",
    StaffGroup.ESTATES: "Estates and ancillary",
    StaffGroup.AMBULANCE: "Ambulance",
    StaffGroup.OTHER: "Other",
}


class LivedExperience(StrEnum):
    YES = "yes"
    NO = "no"
    PREFER_NOT = "prefer-not-to-say"


LIVED_EXPERIENCE_LABELS = {LivedExperience.YES: "Yes", LivedExperience.NO: "No",
                           LivedExperience.PREFER_NOT: "Prefer not to say"}

PREFER_NOT = "prefer-not-to-say"
AGE_BANDS = {"16-24": "16 to 24", "25-34": "25 to 34", "35-44": "35 to 44", "45-54": "45 to 54",
             "55-64": "55 to 64", "65-74": "65 to 74", "75+": "75 or over", PREFER_NOT: "Prefer not to say"}
ETHNICITIES = {"asian": "Asian or Asian British", "black": "Black, Black British, Caribbean or African",
               "mixed": "Mixed or multiple ethnic groups", "white": "White", "other": "Another ethnic group",
               PREFER_NOT: "Prefer not to say"}
DISABILITY = {"yes": "Yes", "no": "No", PREFER_NOT: "Prefer not to say"}
