"""The demo learner's record: who issued what, when, for which skills, with what evidence.

Data and the JSON shapes built from it (achievements, alignments, rubrics, pathway definitions);
no keys, no signing: :mod:`wallet.demo` turns it into signed credentials. Everything
here is fictional; the ``.example`` domains are reserved and never resolve.

The learner, Amara Okafor, studies Public Health (minor: Data Analytics) at North Prairie
University from Fall 2022 to Spring 2026. Skills are aligned to the eight NACE Career Readiness
Competencies and rated on Career Connect's four-milestone rubric.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "COMPETENCIES",
    "ISSUERS",
    "LEARNER",
    "MICRO",
    "NACE",
    "NACE_FRAMEWORK",
    "NACE_URL",
    "PATHWAYS",
    "NPU",
    "RUBRIC_LEVELS",
    "CompetencySpec",
    "Evidence",
    "IssuerSpec",
    "MicroSpec",
    "PathwaySpec",
    "achievement",
    "alignment",
    "competency_achievement",
    "evidence_list",
    "pathway_definitions",
    "results",
    "rubric",
    "rubric_id",
    "ts",
]

NPU = "https://npu.example.edu"  # short: it recurs in every id and status entry a QR code carries
NACE_FRAMEWORK = "NACE Career Readiness Competencies"
NACE_URL = "https://www.naceweb.org/career-readiness/competencies/career-readiness-defined/"


@dataclass(frozen=True)
class Learner:
    name: str
    given_name: str
    family_name: str
    program: str
    portfolio: str


LEARNER = Learner(
    name="Amara Okafor",
    given_name="Amara",
    family_name="Okafor",
    program="B.S. Public Health, minor in Data Analytics (Class of 2026)",
    portfolio=f"{NPU}/portfolio/amara-okafor",
)


@dataclass(frozen=True)
class IssuerSpec:
    key: str
    name: str
    key_type: str  # ed25519 | p256
    url: str
    description: str
    trusted: bool = True


ISSUERS: dict[str, IssuerSpec] = {
    i.key: i
    for i in (
        IssuerSpec("npu", "North Prairie University — Career Connect", "ed25519", NPU,
                   "Career Connect records North Prairie University students' courses, co-curricular learning and "
                   "career readiness."),
        IssuerSpec("npu-sd", "North Prairie University — Career Connect", "p256", NPU,
                   "Career Connect's selective-disclosure signing key for micro-credentials."),
        IssuerSpec("rrcp", "Red River Community Partners", "p256", "https://redrivercommunity.example.org",
                   "A coalition of neighbourhood health and social-service organisations in the Red River Valley."),
        IssuerSpec("lakeshore", "Lakeshore Analytics", "ed25519", "https://lakeshoreanalytics.example.com",
                   "A data analytics consultancy serving public-sector and health clients."),
        IssuerSpec("phs", "Prairie Health Systems", "p256", "https://prairiehealth.example.org",
                   "A regional network of hospitals and community clinics."),
        IssuerSpec("fmfc", "Fargo-Moorhead Food Collective", "ed25519", "https://fmfoodcollective.example.org",
                   "A volunteer-run food rescue and pantry network."),
        IssuerSpec("usi", "Unlisted Skills Institute", "ed25519", "https://unlistedskills.example.net",
                   "An online training provider (not on the demo trust list).", trusted=False),
    )
}

# code -> (targetName, NACE's definition)
NACE: dict[str, tuple[str, str]] = {
    "career-self-development": (
        "Career & Self-Development",
        "Proactively develop oneself and one's career through continual personal and professional learning, "
        "awareness of one's strengths and weaknesses, navigation of career opportunities, and networking.",
    ),
    "communication": (
        "Communication",
        "Clearly and effectively exchange information, ideas, facts, and perspectives with persons inside and "
        "outside of an organization.",
    ),
    "critical-thinking": (
        "Critical Thinking",
        "Identify and respond to needs based upon an understanding of situational context and logical analysis "
        "of relevant information.",
    ),
    "equity-inclusion": (
        "Equity & Inclusion",
        "Demonstrate the awareness, attitude, knowledge, and skills required to equitably engage and include "
        "people from different local and global cultures.",
    ),
    "leadership": (
        "Leadership",
        "Recognize and capitalize on personal and team strengths to achieve organizational goals.",
    ),
    "professionalism": (
        "Professionalism",
        "Knowing work environments differ greatly, understand and demonstrate effective work habits, and act "
        "in the interest of the larger community and workplace.",
    ),
    "teamwork": (
        "Teamwork",
        "Build and maintain collaborative relationships to work effectively toward common goals, while "
        "appreciating diverse viewpoints and shared responsibilities.",
    ),
    "technology": (
        "Technology",
        "Understand and leverage technologies ethically to enhance efficiencies, complete tasks, and accomplish "
        "goals.",
    ),
}

RUBRIC_LEVELS: tuple[tuple[str, str], ...] = (
    ("Emerging", "Demonstrates the competency with guidance, in familiar settings."),
    ("Developing", "Demonstrates the competency independently, in familiar settings."),
    ("Proficient", "Demonstrates the competency independently, in new or complex settings."),
    ("Advanced", "Demonstrates the competency consistently and helps others develop it."),
)


@dataclass(frozen=True)
class Evidence:
    name: str
    genre: str
    narrative: str
    description: str = ""
    path: str = ""  # under the learner's portfolio URL; "" = no id


@dataclass(frozen=True)
class MicroSpec:
    """One micro-credential (or course) of the record."""

    key: str
    issuer: str  # ISSUERS key; npu-sd / rrcp / phs sign with ecdsa-sd-2023, the others with eddsa-rdfc-2022
    name: str
    achievement_type: str
    term: str
    start: str  # dates (YYYY-MM-DD)
    end: str
    awarded: str
    skills: tuple[tuple[str, int], ...]  # (NACE code, milestone 1..4)
    description: str
    criteria: str
    evidence: tuple[Evidence, ...] = ()
    tags: tuple[str, ...] = ()
    human_code: str = ""
    credits: float | None = None
    field_of_study: str = ""
    valid_until: str = ""  # date-time; "" = no expiry
    exception: str = ""  # "" | expired | revoked | unlisted
    note: str = ""  # the "Demo: ..." label of a deliberate exception


def _ev(name: str, genre: str, narrative: str, description: str = "", path: str = "") -> Evidence:
    return Evidence(name, genre, narrative, description, path)


MICRO: tuple[MicroSpec, ...] = (
    # --- 2022-23 -------------------------------------------------------------------------------
    MicroSpec(
        "first-year-seminar", "npu", "First-Year Seminar: Community, Health and Career", "Course", "Fall 2022",
        "2022-08-29", "2022-12-16", "2022-12-20", (("career-self-development", 1), ("communication", 1)),
        "A seminar introducing public-health careers, the campus's career resources and reflective goal setting.",
        "Pass UNIV 101 (C or better), complete a career-interest inventory, and write a four-year plan reviewed "
        "by a Career Connect advisor.",
        (_ev("Four-year plan", "Career plan", "Amara mapped her courses, a first volunteer role and two target "
             "internship areas (health data, community health) and revised the plan after an advisor meeting.",
             path="four-year-plan"),),
        ("course", "career planning"), "UNIV 101", 1.0, "Interdisciplinary Studies",
    ),
    MicroSpec(
        "food-rescue-volunteer", "fmfc", "Food Rescue Volunteer", "MicroCredential", "Fall 2022",
        "2022-09-10", "2022-12-10", "2022-12-12", (("teamwork", 1), ("professionalism", 1)),
        "Recognises volunteers who complete a season of food rescue shifts with the Collective.",
        "Complete food-safety orientation and at least 25 hours of rescue or pantry shifts in one season, with "
        "a shift lead's sign-off.",
        (_ev("Shift log, Fall 2022", "Volunteer log", "28 hours over eleven shifts: grocery pickups, sorting "
             "and pantry distribution."),),
        ("volunteer", "food security"),
    ),
    MicroSpec(
        "sl-community-health-outreach", "npu-sd", "Service-Learning: Community Health Outreach", "MicroCredential",
        "Spring 2023", "2023-01-17", "2023-05-05", "2023-05-12", (("communication", 2), ("teamwork", 2)),
        "Awarded for a semester-long service-learning project delivering health outreach with a community partner.",
        "Complete 30 hours of service with an approved community partner as part of a team of 3-6 students, "
        "submit a reflective essay, and be rated Milestone 2 or higher by both the faculty mentor and the partner.",
        (_ev("Outreach reflection and partner evaluation", "Service-learning reflection",
             "Amara's team of four designed bilingual blood-pressure screening flyers and staffed six screening "
             "events; the partner rated her communication with residents 'consistently clear and respectful'.",
             path="community-health-outreach"),),
        ("service-learning", "community health"), "PUBH 195", field_of_study="Public Health",
    ),
    MicroSpec(
        "stat-210", "npu", "Introduction to Data Analysis (STAT 210)", "Course", "Spring 2023",
        "2023-01-17", "2023-05-10", "2023-05-16", (("technology", 1), ("critical-thinking", 1)),
        "Descriptive statistics, data cleaning and visualisation with spreadsheets and R.",
        "Pass STAT 210 with a C or better, including a final data project.",
        (_ev("Final project: county vaccination rates", "Course project",
             "A cleaned dataset and four charts comparing county vaccination rates, with a one-page brief."),),
        ("course", "data analysis"), "STAT 210", 3.0, "Statistics",
    ),
    MicroSpec(
        "neighborhood-health-fair", "rrcp", "Neighborhood Health Fair Organizer", "CommunityService", "Spring 2023",
        "2023-02-01", "2023-04-22", "2023-04-28", (("equity-inclusion", 2), ("teamwork", 1)),
        "Recognises student volunteers who help plan and run the annual Neighborhood Health Fair.",
        "Attend four planning meetings, coordinate one fair station, and complete the partner's cultural "
        "humility workshop.",
        (_ev("Station plan: language access table", "Community engagement project",
             "Amara organised interpreters for Somali, Spanish and Arabic at the screening table and wrote "
             "plain-language signage with the fair committee."),),
        ("community engagement", "health fair"),
    ),
    MicroSpec(
        "cpr-first-aid", "phs", "CPR & First Aid Certified Responder", "Certification", "Summer 2023",
        "2023-06-10", "2023-06-10", "2023-06-12", (("professionalism", 2),),
        "Certifies adult and child CPR, AED use and first aid; "
        "valid for two years.",
        "Pass the skills check and the written test of Prairie Health Systems' community responder course.",
        (_ev("Skills check", "Assessment", "Passed adult, child and infant CPR and AED stations."),),
        ("certification", "health"),
        valid_until="2025-06-30T23:59:59Z", exception="expired", note="Demo: this credential is expired on purpose.",
    ),
    # --- 2023-24 -------------------------------------------------------------------------------
    MicroSpec(
        "peer-mentor", "npu-sd", "Peer Mentor — First-Year Success Program", "MicroCredential", "Fall 2023",
        "2023-08-28", "2023-12-15", "2023-12-19", (("leadership", 2), ("communication", 2)),
        "Recognises trained peer mentors who support a cohort of first-year students for a semester.",
        "Complete 10 hours of mentor training, meet each mentee at least four times, and submit a mentoring "
        "reflection reviewed by the program coordinator.",
        (_ev("Mentoring reflection", "Student leadership reflection",
             "Amara mentored eight first-year students; seven completed their first-semester success plan."),),
        ("student leadership", "mentoring"),
    ),
    MicroSpec(
        "food-collective-shift-lead", "fmfc", "Food Collective Shift Lead", "MicroCredential", "Fall 2023",
        "2023-09-01", "2023-12-20", "2023-12-22", (("leadership", 1), ("teamwork", 2)),
        "Awarded to volunteers who lead pantry shifts: briefing volunteers, assigning tasks and closing out.",
        "Lead at least eight shifts after completing shift-lead training, with no food-safety incidents.",
        (_ev("Shift lead log", "Volunteer log", "Led ten Saturday pantry shifts of 6-12 volunteers."),),
        ("volunteer", "food security"),
    ),
    MicroSpec(
        "comm-240", "npu", "Intercultural Communication (COMM 240)", "Course", "Fall 2023",
        "2023-08-28", "2023-12-13", "2023-12-19", (("communication", 2), ("equity-inclusion", 2)),
        "Theory and practice of communication across cultures, with an interview-based field project.",
        "Pass COMM 240 with a C or better, including the intercultural interview project.",
        (_ev("Intercultural interview project", "Course project",
             "Interviews with three New American health navigators about trust in clinics, presented to the class."),),
        ("course", "communication"), "COMM 240", 3.0, "Communication Studies",
    ),
    MicroSpec(
        "sl-youth-health-literacy", "npu-sd", "Service-Learning: Youth Health Literacy", "MicroCredential",
        "Spring 2024", "2024-01-16", "2024-05-03", "2024-05-10", (("communication", 3), ("teamwork", 3)),
        "Awarded for co-designing and teaching a health-literacy unit with a youth program partner.",
        "Complete 30 hours of service, co-teach at least four sessions, and be rated Milestone 3 or higher by "
        "the faculty mentor and the partner.",
        (_ev("Lesson plans and partner evaluation", "Service-learning reflection",
             "Amara's team taught six sessions on reading nutrition labels to 40 middle-schoolers; pre/post quiz "
             "scores rose from 52% to 81%.", path="youth-health-literacy"),),
        ("service-learning", "health literacy"), "PUBH 295", field_of_study="Public Health",
    ),
    MicroSpec(
        "pubh-310", "npu", "Research Methods in Public Health (PUBH 310)", "Course", "Spring 2024",
        "2024-01-16", "2024-05-08", "2024-05-14", (("critical-thinking", 2), ("technology", 2)),
        "Study design, sampling, survey methods and basic inferential statistics for public health.",
        "Pass PUBH 310 with a C or better, including a peer-reviewed research proposal.",
        (_ev("Research proposal", "Course project", "A proposal to survey rural residents about telehealth "
             "access, rated 'strong' by two peer reviewers."),),
        ("course", "research methods"), "PUBH 310", 3.0, "Public Health",
    ),
    # --- Summer 2024 ---------------------------------------------------------------------------
    MicroSpec(
        "lakeshore-intern", "lakeshore", "Data Analytics Internship", "MicroCredential", "Summer 2024",
        "2024-05-28", "2024-08-16", "2024-08-23",
        (("technology", 3), ("critical-thinking", 3), ("professionalism", 3)),
        "Completion of Lakeshore Analytics' 12-week summer analytics internship.",
        "Complete the 12-week internship, deliver a client-ready analysis, and receive a supervisor evaluation "
        "of 'meets expectations' or higher in every area.",
        (_ev("Supervisor evaluation", "Internship evaluation",
             "Amara automated a weekly clinic wait-time report in Python, cutting preparation from four hours to "
             "twenty minutes; her supervisor rated her 'exceeds expectations' in technical skill."),
         _ev("Client dashboard (redacted)", "Prototype", "A wait-time dashboard built for a county health client.")),
        ("internship", "data analytics"),
    ),
    MicroSpec(
        "lakeshore-dashboard-sprint", "lakeshore", "Dashboard Design Sprint", "MicroCredential", "Summer 2024",
        "2024-07-08", "2024-07-12", "2024-07-15", (("technology", 2), ("communication", 2)),
        "A one-week sprint on designing accessible dashboards for non-technical audiences.",
        "Complete the sprint and present a dashboard prototype that passes an accessibility review.",
        (_ev("Prototype review", "Prototype", "Prototype passed colour-contrast and screen-reader checks."),),
        ("internship", "data visualisation"),
    ),
    # --- 2024-25 -------------------------------------------------------------------------------
    MicroSpec(
        "study-abroad-ghana", "npu-sd", "Study Abroad: Global Health in Accra", "MicroCredential", "Fall 2024",
        "2024-08-26", "2024-12-13", "2024-12-18", (("equity-inclusion", 3), ("career-self-development", 3)),
        "Awarded for a semester of global-health study and community placement with a partner university in "
        "Accra, Ghana.",
        "Complete the semester program, a 60-hour community clinic placement, and a reflective portfolio "
        "reviewed by the study-abroad office.",
        (_ev("Study-abroad portfolio", "Study abroad reflection",
             "Amara compared maternal-health outreach in Accra and Fargo and presented the comparison to "
             "clinic staff.", path="study-abroad-accra"),),
        ("study abroad", "global health"),
    ),
    MicroSpec(
        "health-affairs-chair", "npu-sd", "Student Government — Health Affairs Committee Chair", "MicroCredential",
        "Spring 2025", "2025-01-13", "2025-05-02", "2025-05-09", (("leadership", 3), ("professionalism", 2)),
        "Recognises students who chair a Student Government committee for a full semester.",
        "Chair at least six committee meetings, deliver one policy recommendation, and receive the advisor's "
        "end-of-term review.",
        (_ev("Committee recommendation", "Student government report",
             "The committee's recommendation to extend the campus clinic's evening hours was adopted for 2025-26."),),
        ("student leadership", "student government"),
    ),
    MicroSpec(
        "research-assistant", "npu-sd", "Undergraduate Research Assistant — Rural Health Access Study",
        "MicroCredential", "2024-25", "2024-09-03", "2025-05-02", "2025-05-09",
        (("critical-thinking", 3), ("technology", 3), ("communication", 3)),
        "Recognises undergraduate research assistants who contribute to a faculty-led study for an academic year.",
        "Complete human-subjects research training, contribute at least 150 hours to the study, and present "
        "findings at the Undergraduate Research Symposium.",
        (_ev("Symposium poster", "Research poster",
             "'Distance, broadband and missed appointments in five rural counties' — a poster on the survey data "
             "Amara cleaned and analysed.", path="rural-health-poster"),
         _ev("Faculty mentor letter", "Research evaluation", "Dr. Lena Hovland: 'careful, independent, and "
             "unusually good at explaining results to community partners.'")),
        ("research", "public health"), field_of_study="Public Health",
    ),
    MicroSpec(
        "community-health-worker-training", "rrcp", "Community Health Worker Foundations", "MicroCredential",
        "Spring 2025", "2025-02-03", "2025-04-18", "2025-04-25", (("equity-inclusion", 3), ("communication", 3)),
        "Foundations training for community health workers: outreach, motivational interviewing and navigation.",
        "Complete 40 hours of training and two supervised home-visit role plays.",
        (_ev("Role-play assessment", "Community engagement assessment",
             "Rated proficient in motivational interviewing and in referral to language-appropriate services."),),
        ("community engagement", "community health"),
    ),
    # --- Summer 2025 ---------------------------------------------------------------------------
    MicroSpec(
        "phs-intern", "phs", "Population Health Internship", "MicroCredential", "Summer 2025",
        "2025-05-27", "2025-08-15", "2025-08-22", (("professionalism", 3), ("teamwork", 3), ("technology", 3)),
        "Completion of Prairie Health Systems' summer population-health internship.",
        "Complete the 11-week internship on a population-health team and a final presentation to the team's "
        "director.",
        (_ev("Final presentation", "Internship presentation",
             "Amara identified 1,200 patients overdue for diabetes screening and helped design the outreach "
             "workflow with nurses and community health workers."),),
        ("internship", "population health"),
    ),
    MicroSpec(
        "hipaa-training", "phs", "Health Information Privacy & Security Training", "MicroCredential", "Summer 2025",
        "2025-05-27", "2025-05-29", "2025-05-30", (("professionalism", 2), ("technology", 1)),
        "Annual privacy and security training required of everyone who handles patient information.",
        "Complete the training modules and pass the assessment with 80% or more.",
        (_ev("Assessment", "Assessment", "Scored 94%."),),
        ("internship", "privacy"),
    ),
    # --- 2025-26 -------------------------------------------------------------------------------
    MicroSpec(
        "resident-assistant", "npu", "Resident Assistant — Leadership Team", "MicroCredential", "Fall 2025",
        "2025-08-18", "2025-12-12", "2025-12-16", (("leadership", 3), ("teamwork", 3)),
        "Recognises resident assistants who complete a semester "
        "on the residence-life leadership team.",
        "Complete RA training, a semester of duty rotations and two community programs.",
        (_ev("Community programs", "Student leadership project", "Two floor programs on sleep and stress."),),
        ("student leadership", "residence life"),
        exception="revoked", note="Demo: this credential is revoked on purpose.",
    ),
    MicroSpec(
        "career-workshop-series", "npu-sd", "Career Readiness Workshop Series", "MicroCredential", "Fall 2025",
        "2025-09-08", "2025-11-17", "2025-11-21", (("career-self-development", 3),),
        "Awarded for completing Career Connect's six-workshop series on résumés, networking and negotiation.",
        "Attend all six workshops and submit a résumé and LinkedIn profile reviewed by a career advisor.",
        (_ev("Reviewed résumé", "Career document", "Résumé rated 'employer-ready' by the advisor."),),
        ("career development", "workshop"),
    ),
    MicroSpec(
        "mock-interview", "npu-sd", "Mock Interview Program — Advanced", "MicroCredential", "Fall 2025",
        "2025-10-01", "2025-11-05", "2025-11-10", (("career-self-development", 4), ("communication", 4)),
        "Recognises students who complete three mock interviews with employer volunteers at the advanced level.",
        "Complete three mock interviews, including one panel interview, rated Milestone 4 by employer volunteers.",
        (_ev("Interviewer feedback", "Interview evaluation",
             "'Structured, specific answers; used data from her internship to show impact.'"),),
        ("career development", "interviewing"),
    ),
    MicroSpec(
        "fmfc-200-hours", "fmfc", "Food Collective Volunteer — 200 Hours", "MicroCredential", "2022-26",
        "2022-09-10", "2026-02-28", "2026-03-02", (("teamwork", 3), ("equity-inclusion", 3)),
        "Celebrates volunteers who give 200 hours to the Collective.",
        "Log 200 verified volunteer hours.",
        (_ev("Hours certificate", "Volunteer log", "212 hours across 71 shifts since September 2022."),),
        ("volunteer", "food security"),
    ),
    # --- Spring 2026 ---------------------------------------------------------------------------
    MicroSpec(
        "capstone", "npu", "Public Health Capstone: Community Health Data Project (PUBH 490)", "Course",
        "Spring 2026", "2026-01-12", "2026-05-06", "2026-05-12",
        (("critical-thinking", 4), ("technology", 4), ("teamwork", 4)),
        "A client-based capstone: a team analyses a community partner's data and delivers recommendations.",
        "Pass PUBH 490 with a B or better; the partner rates the final deliverable as ready to use.",
        (_ev("Capstone report", "Course project",
             "A needs assessment for Red River Community Partners' mobile clinic, used to plan its 2026 routes.",
             path="capstone"),),
        ("course", "capstone"), "PUBH 490", 4.0, "Public Health",
    ),
    MicroSpec(
        "spreadsheet-bootcamp", "usi", "Spreadsheet Power User Bootcamp", "MicroCredential", "Winter 2024",
        "2024-01-02", "2024-01-12", "2024-01-12", (("technology", 2),),
        "An online bootcamp on spreadsheet formulas "
        "and pivot tables.",
        "Complete the eight online modules and the final quiz.",
        (_ev("Final quiz", "Assessment", "Passed with 88%."),),
        ("online course", "spreadsheets"),
        exception="unlisted", note="Demo: this issuer is not on the trust list on purpose.",
    ),
)


@dataclass(frozen=True)
class CompetencySpec:
    """A competency credential earned by stacking micro-credentials (listed by MicroSpec key)."""

    key: str
    skill: str  # NACE code
    level: int
    awarded: str
    stack: tuple[str, ...]
    criteria: str


COMPETENCIES: tuple[CompetencySpec, ...] = (
    CompetencySpec("competency-communication", "communication", 3, "2025-05-23",
                   ("sl-community-health-outreach", "comm-240", "sl-youth-health-literacy", "research-assistant"),
                   "Earn four Communication micro-credentials, two of them at Milestone 3 or higher and one from "
                   "service-learning."),
    CompetencySpec("competency-critical-thinking", "critical-thinking", 3, "2025-05-23",
                   ("pubh-310", "lakeshore-intern", "research-assistant"),
                   "Earn three Critical Thinking micro-credentials, including one from an internship or research "
                   "experience at Milestone 3 or higher."),
    CompetencySpec("competency-equity-inclusion", "equity-inclusion", 3, "2025-05-23",
                   ("neighborhood-health-fair", "comm-240", "study-abroad-ghana", "community-health-worker-training"),
                   "Earn four Equity & Inclusion micro-credentials, including one community-engagement and one "
                   "intercultural experience."),
    CompetencySpec("competency-teamwork", "teamwork", 3, "2025-08-29",
                   ("sl-community-health-outreach", "food-collective-shift-lead", "sl-youth-health-literacy",
                    "phs-intern"),
                   "Earn four Teamwork micro-credentials from at least two settings (service-learning, "
                   "volunteering, internships), two of them at Milestone 3 or higher."),
)


@dataclass(frozen=True)
class PathwaySpec:
    key: str
    name: str
    description: str
    requires: tuple[str, ...]  # MicroSpec / CompetencySpec keys, or "skill:<code>" for a competency not yet issued
    count: int
    skill: str = ""
    extra: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (key, name) of steps with no credential yet


PATHWAYS: tuple[PathwaySpec, ...] = (
    PathwaySpec(
        "pathway-leadership", "Leadership (Career Readiness Competency)",
        "Earn four Leadership micro-credentials from at least two settings to receive the Leadership competency.",
        ("peer-mentor", "food-collective-shift-lead", "health-affairs-chair", "emerging-leaders-institute",
         "leadership-reflection"),
        4, skill="leadership",
        extra=(("emerging-leaders-institute", "Emerging Leaders Institute"),
               ("leadership-reflection", "Leadership Portfolio Reflection")),
    ),
    PathwaySpec(
        "pathway-career-ready-graduate", "Career-Ready Graduate",
        "Earn all eight NACE Career Readiness competencies before graduation.",
        tuple(f"competency-{code}" for code in NACE),
        8,
        extra=tuple((f"competency-{code}", f"{NACE[code][0]} (Career Readiness Competency)") for code in NACE),
    ),
)


# --- JSON shapes (no keys) --------------------------------------------------------------------
def ts(date: str, hour: int = 17) -> str:
    return date if "T" in date else f"{date}T{hour:02d}:00:00Z"


def alignment(code: str, *, full: bool = False) -> dict[str, Any]:
    name, definition = NACE[code]
    out: dict[str, Any] = {"type": ["Alignment"], "targetName": name, "targetFramework": NACE_FRAMEWORK,
                           "targetType": "ceasn:Competency", "targetUrl": f"{NACE_URL}#{code}"}
    if full:
        out["targetCode"] = f"NACE-{code.upper()}"
        out["targetDescription"] = definition
    return out


def rubric_id(code: str) -> str:
    return f"{NPU}/rubrics/nace-{code}"


def rubric(code: str) -> dict[str, Any]:
    rid = rubric_id(code)
    return {
        "id": rid,
        "type": ["ResultDescription"],
        "name": f"{NACE[code][0]} — Career Connect milestone rubric",
        "resultType": "RubricCriterionLevel",
        "rubricCriterionLevel": [
            {"id": f"{rid}#milestone-{i}", "type": ["RubricCriterionLevel"], "name": f"Milestone {i}",
             "level": level, "description": text}
            for i, (level, text) in enumerate(RUBRIC_LEVELS, start=1)
        ],
    }


def results(skills: tuple[tuple[str, int], ...]) -> list[dict[str, Any]]:
    return [{"type": ["Result"], "resultDescription": rubric_id(code), "achievedLevel": f"{rubric_id(code)}#milestone-{lvl}"}
            for code, lvl in skills]


def achievement(m: MicroSpec, *, full_alignments: bool = False) -> dict[str, Any]:
    spec = ISSUERS[m.issuer]
    a: dict[str, Any] = {
        "id": f"{spec.url}/achievements/{m.key}",
        "type": ["Achievement"],
        "achievementType": m.achievement_type,
        "name": m.name,
        "description": m.description,
        "criteria": {"narrative": m.criteria},
        "alignment": [alignment(code, full=full_alignments) for code, _ in m.skills],
        "resultDescription": [rubric(code) for code, _ in m.skills],
    }
    if m.human_code:
        a["humanCode"] = m.human_code
    if m.credits is not None:
        a["creditsAvailable"] = m.credits
    if m.field_of_study:
        a["fieldOfStudy"] = m.field_of_study
    if m.tags:
        a["tag"] = list(m.tags)
    return a


def evidence_list(m: MicroSpec) -> list[dict[str, Any]]:
    out = []
    for e in m.evidence:
        item: dict[str, Any] = {"type": ["Evidence"]}
        if e.path:
            item["id"] = f"{LEARNER.portfolio}/{e.path}"
        item.update({"name": e.name, "narrative": e.narrative, "genre": e.genre})
        if e.description:
            item["description"] = e.description
        out.append(item)
    return out


def competency_achievement(c: CompetencySpec) -> dict[str, Any]:
    name, definition = NACE[c.skill]
    return {
        "id": f"{NPU}/achievements/{c.key}",
        "type": ["Achievement"],
        "achievementType": "Competency",
        "name": f"{name} (Career Readiness Competency)",
        "description": f"Career Connect's {name} competency, earned by stacking {name} micro-credentials. "
                       f"NACE: {definition}",
        "criteria": {"narrative": c.criteria},
        "alignment": [alignment(c.skill, full=True)],
        "resultDescription": [rubric(c.skill)],
        "humanCode": f"CRC-{c.skill.upper()}",
        "tag": ["career readiness", "competency", name.lower()],
    }


def pathway_definitions() -> list[dict[str, Any]]:
    """The pathway definitions (``LearnerWalletPathway``, see docs/pathways.md / :mod:`wallet.pathways`)."""
    micro = {m.key: m for m in MICRO}
    out = []
    for p in PATHWAYS:
        names = dict(p.extra)
        components = []
        for k in p.requires:
            if k in micro:
                components.append({"id": f"{ISSUERS[micro[k].issuer].url}/achievements/{k}", "name": micro[k].name})
            else:
                components.append({"id": f"{NPU}/achievements/{k}", "name": names.get(k, k)})
        achievement: dict[str, Any] = {
            "id": f"{NPU}/achievements/{p.key.removeprefix('pathway-')}",
            "type": ["Achievement"],
            "achievementType": "Competency" if p.skill else "ext:CareerReadiness",
            "name": p.name,
            "description": p.description,
            "criteria": {"narrative": p.description},
        }
        if p.skill:
            achievement["id"] = f"{NPU}/achievements/competency-{p.skill}"
            achievement["alignment"] = [alignment(p.skill, full=True)]
        out.append({
            "type": "LearnerWalletPathway",
            "version": 1,
            "id": f"{NPU}/pathways/{p.key}",
            "provider": ISSUERS["npu"].name,
            "description": p.description,
            "achievement": achievement,
            "required": p.count,
            "components": components,
        })
    return out
