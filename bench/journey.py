"""Skill journey benchmark and screenshot.

    .venv/bin/python bench/journey.py                 # 1,000 synthetic credentials: derivation + first render
    .venv/bin/python bench/journey.py --screenshot /tmp/journey.png [--dark] [--width 1600 --height 900]

The benchmark times (1) deriving the journey from 1,000 credential models and (2) the first
offscreen paint of the journey view, and prints them beside a yardstick: the first paint of a plain
QListView showing the same 1,000 rows. Target: derivation + first render under 300 ms.

The screenshot renders a realistic four-year record (about 30 credentials, the eight NACE
competencies named differently by different issuers, three stacks). When ``wallet/demo.py`` offers a
demo persona it is used instead.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wallet.credentials.model import credential_model  # noqa: E402
from wallet.journey.compute import JourneyItem, derive_journey  # noqa: E402
from wallet.journey.pathways import Pathway, load_pathways  # noqa: E402

NPU = {"id": "did:web:careers.northprairie.example", "type": ["Profile"], "name": "North Prairie University"}
FOODBANK = {"id": "did:web:prairiefoodbank.example", "type": ["Profile"], "name": "Prairie Food Bank"}
HOSPITAL = {"id": "did:web:lakeviewhealth.example", "type": ["Profile"], "name": "Lakeview Health"}
ABROAD = {"id": "did:web:valencia-exchange.example", "type": ["Profile"], "name": "Universitat de València Exchange"}

NACE = "NACE Career Readiness Competencies"
RUBRIC = ("Benchmark 1", "Milestone 2", "Milestone 3", "Capstone 4")


def _skill(name: str, framework: str = NACE, code: str | None = None) -> dict[str, Any]:
    a: dict[str, Any] = {"type": ["Alignment"], "targetName": name, "targetFramework": framework,
                         "targetUrl": f"https://skills.example/{framework.replace(' ', '-').lower()}/{name.replace(' ', '-').lower()}"}
    if code:
        a["targetCode"] = code
        a["targetUrl"] = f"https://www.onetonline.org/find/descriptor/result/{code}"
    return a


def ob_credential(
    n: int, name: str, issuer: dict[str, Any], when: str, *, skills: list[dict[str, Any]] = (),  # type: ignore[assignment]
    achievement_type: str = "MicroCredential", tags: list[str] = (),  # type: ignore[assignment]
    genre: str | None = None, level: int | None = None, achievement_id: str | None = None,
    description: str = "",
) -> dict[str, Any]:
    """An Open Badges 3.0 credential (unsigned: the journey does not verify)."""
    aid = achievement_id or f"urn:uuid:00000000-0000-4000-8000-{n:012d}"
    achievement: dict[str, Any] = {
        "id": aid, "type": ["Achievement"], "achievementType": achievement_type, "name": name,
        "description": description or f"Awarded for {name.lower()}.", "criteria": {"narrative": "Assessed against a rubric."},
        "alignment": list(skills), "tag": list(tags),
    }
    subject: dict[str, Any] = {"type": ["AchievementSubject"], "id": "did:key:z6MkLearner", "achievement": achievement}
    if level:
        levels = [{"id": f"{aid}#level-{i + 1}", "type": ["RubricCriterionLevel"], "name": lv, "points": str(i + 1)}
                  for i, lv in enumerate(RUBRIC)]
        achievement["resultDescription"] = [{"id": f"{aid}#rubric", "type": ["ResultDescription"],
                                             "name": "VALUE rubric", "resultType": "RubricCriterionLevel",
                                             "rubricCriterionLevel": levels}]
        subject["result"] = [{"type": ["Result"], "resultDescription": f"{aid}#rubric", "achievedLevel": f"{aid}#level-{level}"}]
    doc: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": f"urn:uuid:10000000-0000-4000-8000-{n:012d}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"], "name": name, "issuer": issuer,
        "validFrom": when + "T15:00:00Z", "credentialSubject": subject,
    }
    if genre:
        doc["evidence"] = [{"type": ["Evidence"], "genre": genre, "name": f"{genre} record"}]
    return doc


def realistic_docs() -> tuple[list[dict[str, Any]], list[Pathway]]:
    """Maya's four years at North Prairie University: ~30 credentials, 8 skills, 3 stacks."""
    S = _skill  # noqa: N806
    rows: list[tuple[Any, ...]] = [
        # name, issuer, date, skills, type, tags, genre, level
        ("First-Year Seminar: Career Exploration", NPU, "2021-10-14", [S("Career & Self-Development")], "Course", [], "Course", 2),
        ("Public Speaking Fundamentals", NPU, "2021-12-10", [S("Communication")], "Course", [], "Course", 2),
        ("Food Bank Volunteer Orientation", FOODBANK, "2021-11-06", [S("Teamwork/Collaboration")], "MicroCredential", ["volunteer"], "Volunteer hours", None),
        ("Team Problem-Solving Lab", NPU, "2022-03-02", [S("Teamwork"), S("Critical Thinking")], "MicroCredential", [], "Course", 2),
        ("Writing in the Disciplines", NPU, "2022-04-28", [S("Communication")], "MicroCredential", [], "Course", 3),
        ("Intercultural Dialogue Circle", NPU, "2022-04-08", [S("Equity & Inclusion")], "MicroCredential", ["community"], "Community engagement", 2),
        ("Summer Meal Program Volunteer", FOODBANK, "2022-07-22", [S("Teamwork/Collaboration"), S("Oral/Written Communications")], "MicroCredential", [], "Volunteer hours", 3),
        ("Introduction to Data Analysis", NPU, "2022-12-09", [S("Technology"), S("Critical Thinking")], "Course", [], "Course", 2),
        ("Service-Learning: Neighborhood Literacy", NPU, "2022-11-18", [S("Communication"), S("Equity & Inclusion")], "MicroCredential", [], "Service-learning reflection", 3),
        ("Peer Mentor Training", NPU, "2022-09-23", [S("Leadership")], "MicroCredential", ["student leadership"], "Student leadership", 2),
        ("Research Methods Workshop", NPU, "2023-02-17", [S("Critical Thinking")], "MicroCredential", [], "Research", 3),
        ("Student Government: Committee Chair", NPU, "2023-04-20", [S("Leadership"), S("Professionalism")], "MicroCredential", [], "Student leadership", 3),
        ("Teamwork in Service Projects", NPU, "2023-03-30", [S("Teamwork")], "MicroCredential", [], "Service-learning reflection", 3),
        ("Patient Services Intern", HOSPITAL, "2023-07-28", [S("Speaking", "O*NET", "2.A.1.d"), S("Coordination", "O*NET", "2.B.1.b"), S("Time Management", "O*NET", "2.B.5.a")], "Internship", [], "Internship", None),
        ("Digital Tools for Health Records", HOSPITAL, "2023-06-30", [S("Programming", "O*NET", "2.B.3.e")], "MicroCredential", [], "Internship", 2),
        ("Teamwork Competency", NPU, "2023-12-08", [S("Teamwork")], "Competency", [], None, 4),
        ("Critical Thinking Competency", NPU, "2024-05-03", [S("Critical Thinking")], "Competency", [], None, 4),
        ("Undergraduate Research Assistant", NPU, "2023-11-10", [S("Critical Thinking"), S("Technology")], "MicroCredential", [], "Research", 3),
        ("Equity in Community Health", NPU, "2023-10-06", [S("Equity & Inclusion")], "Course", [], "Course", 3),
        ("Semester in Valencia", ABROAD, "2024-05-24", [S("work in teams", "ESCO"), S("show intercultural awareness", "ESCO")], "ext:StudyAbroad", [], "Study abroad", None),
        ("Spanish for Health Professions", ABROAD, "2024-04-12", [S("communicate with others", "ESCO")], "Course", [], "Course", 3),
        ("Community Health Fair Lead", FOODBANK, "2024-09-27", [S("Leadership"), S("Teamwork/Collaboration")], "MicroCredential", [], "Community engagement", 4),
        ("Professional Ethics in Healthcare", NPU, "2024-10-25", [S("Professionalism")], "Course", [], "Course", 3),
        ("Capstone: Clinic Workflow Redesign", NPU, "2025-04-25", [S("Critical Thinking"), S("Technology"), S("Teamwork")], "MicroCredential", [], "Research", 4),
        ("Career Readiness Portfolio", NPU, "2025-03-14", [S("Career & Self-Development")], "MicroCredential", [], "Course", 4),
        ("Resident Assistant", NPU, "2024-12-06", [S("Leadership"), S("Professionalism")], "MicroCredential", [], "Work", 3),
        ("Presentation at Undergraduate Symposium", NPU, "2025-04-11", [S("Communication")], "MicroCredential", [], "Research", 4),
        ("Health Informatics Internship", HOSPITAL, "2024-08-09", [S("Programming", "O*NET", "2.B.3.e"), S("Judgment and Decision Making", "O*NET", "2.B.4.e")], "Internship", [], "Internship", None),
        ("Interview Skills Workshop", NPU, "2024-02-16", [S("Career Management")], "MicroCredential", [], "Course", 3),
        ("Campus Sustainability Week Volunteer", NPU, "2022-10-21", [], "Badge", ["sustainability"], "Volunteer hours", None),
    ]
    docs = []
    for i, (name, issuer, when, skills, atype, tags, genre, level) in enumerate(rows, start=1):
        aid = {"Teamwork Competency": "https://careers.northprairie.example/achievements/teamwork-competency",
               "Critical Thinking Competency": "https://careers.northprairie.example/achievements/critical-thinking-competency",
               }.get(name)
        docs.append(ob_credential(i, name, issuer, when, skills=skills, achievement_type=atype, tags=tags,
                                  genre=genre, level=level, achievement_id=aid))
    pathways = load_pathways([
        {"type": "LearnerWalletPathway", "version": 1, "id": "https://careers.northprairie.example/pathways/teamwork",
         "provider": "North Prairie University — Career Connect",
         "achievement": {"id": "https://careers.northprairie.example/achievements/teamwork-competency", "type": ["Achievement"],
                         "achievementType": "Competency", "name": "Teamwork Competency", "alignment": [S("Teamwork")]},
         "components": [{"skill": "Teamwork", "achievementType": "MicroCredential", "count": 3}]},
        {"type": "LearnerWalletPathway", "version": 1, "id": "https://careers.northprairie.example/pathways/critical-thinking",
         "provider": "North Prairie University — Career Connect",
         "achievement": {"id": "https://careers.northprairie.example/achievements/critical-thinking-competency",
                         "type": ["Achievement"], "achievementType": "Competency", "name": "Critical Thinking Competency",
                         "alignment": [S("Critical Thinking")]},
         "components": [{"skill": "Critical Thinking", "achievementType": "MicroCredential", "count": 3}]},
        {"type": "LearnerWalletPathway", "version": 1, "id": "https://careers.northprairie.example/pathways/communication",
         "provider": "North Prairie University — Career Connect",
         "achievement": {"id": "https://careers.northprairie.example/achievements/communication-competency",
                         "type": ["Achievement"], "achievementType": "Competency", "name": "Communication Competency",
                         "alignment": [S("Communication")]},
         "components": [{"skill": "Communication", "achievementType": "MicroCredential", "count": 5}]},
    ])
    return docs, pathways


def demo_items() -> tuple[list[JourneyItem], list[Pathway], str] | None:
    """The advisors' demo learner (wallet/demo.py): its signed credentials, SD-JWT VCs and pathways."""
    try:
        from wallet.demo.data import LEARNER
        from wallet.demo.issuer import build_demo_documents
        from wallet.journey.compute import model_of_raw
    except ImportError:
        return None
    d = build_demo_documents()
    items = [JourneyItem(k, model_of_raw(v, "ldp-vc")) for k, v in d.credentials.items()]
    items += [JourneyItem(k, model_of_raw(v, "sd-jwt-vc")) for k, v in d.sd_jwts.items()]
    return items, load_pathways(d.pathways), LEARNER.name


def realistic_items(use_demo: bool = True) -> tuple[list[JourneyItem], list[Pathway], str]:
    if use_demo and (demo := demo_items()):
        return demo
    docs, pathways = realistic_docs()
    return [JourneyItem(f"cred-{i:03d}", credential_model(d)) for i, d in enumerate(docs)], pathways, "Maya Alvarez"


def synthetic_docs(n: int = 1000, seed: int = 7) -> tuple[list[dict[str, Any]], list[Pathway]]:
    rnd = random.Random(seed)
    names = ["Career & Self-Development", "Communication", "Critical Thinking", "Equity & Inclusion", "Leadership",
             "Professionalism", "Teamwork", "Technology", "Oral/Written Communications", "Teamwork/Collaboration",
             "Digital Technology", "Global/Intercultural Fluency", "Data Literacy", "Grant Writing"]
    genres = ["Course", "Service-learning reflection", "Volunteer hours", "Internship", "Research", "Student leadership",
              "Study abroad", "Community engagement", "Work"]
    issuers = [NPU, FOODBANK, HOSPITAL, ABROAD]
    docs = []
    for i in range(n):
        k = rnd.choice([0, 1, 1, 2, 2, 3])
        skills = [_skill(s) for s in rnd.sample(names, k)]
        year, month, day = 2019 + rnd.randrange(6), rnd.randrange(1, 13), rnd.randrange(1, 28)
        docs.append(ob_credential(
            i, f"Micro-credential {i}", rnd.choice(issuers), f"{year}-{month:02d}-{day:02d}", skills=skills,
            achievement_type=rnd.choice(["MicroCredential", "MicroCredential", "Course", "Competency"]),
            tags=[] if skills else [rnd.choice(["sustainability", "arts", "athletics"])],
            genre=rnd.choice(genres), level=rnd.choice([None, 1, 2, 3, 4]),
        ))
    pathways = load_pathways([
        {"type": "LearnerWalletPathway", "id": f"p{i}",
         "achievement": {"id": f"urn:uuid:00000000-0000-4000-8000-{i * 37:012d}", "name": f"Competency {i}",
                         "type": ["Achievement"]},
         "components": [{"skill": s, "achievementType": "MicroCredential", "count": 5}]}
        for i, s in enumerate(names[:8])
    ])
    return docs, pathways


def keep_none_alive() -> None:
    """Work around PySide6 6.12.0 (abi3 wheels) on CPython 3.11: every call of a void Qt method drops a
    reference to None, and a few thousand paint calls later the interpreter aborts ("none_dealloc").
    CPython 3.12+ makes None immortal; here we give it a reference count it cannot run out of.
    (PySide6 6.11.3 does not have the bug.)"""
    import ctypes

    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def bench(n: int, runs: int = 5) -> None:
    import statistics

    from PySide6.QtCore import QEvent, QObject, QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from ui.journey import JourneyView

    app = QApplication.instance() or QApplication([])
    docs, pathways = synthetic_docs(n)
    models = [credential_model(d) for d in docs]

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    def first_paint(widget: Any, painted: Any) -> float:
        """show and process events until the window is painted: what the user waits for the first time."""
        counter = PaintCounter()
        painted.installEventFilter(counter)
        widget.resize(1400, 900)
        t = time.perf_counter()
        widget.show()
        app.processEvents()
        out = _ms(t)
        if counter.count < 1:
            raise SystemExit(f"{type(painted).__name__} was not painted; the measurement would be wrong")
        painted.removeEventFilter(counter)
        widget.close()
        return out

    derive, render, listing = [], [], []
    journey = None
    for _ in range(runs):  # each run: a fresh derivation, a fresh view and a fresh list view
        t0 = time.perf_counter()
        journey = derive_journey([JourneyItem(f"c{i}", m) for i, m in enumerate(models)], pathways=pathways)
        derive.append(_ms(t0))
        view = JourneyView()
        t1 = time.perf_counter()
        view.set_journey(journey)
        set_ms = _ms(t1)
        render.append(first_paint(view, view.canvas) + set_ms)
        view.deleteLater()
        lv = QListView()
        lv.setModel(QStringListModel([f"{m.title} — {m.issuer.label}" for m in models]))
        listing.append(first_paint(lv, lv.viewport()))
        lv.deleteLater()
        app.processEvents()
    d, r, li = (statistics.median(x) for x in (derive, render, listing))
    total = d + r
    print(f"journey of {n} credentials (median of {runs} fresh runs): derive {d:.1f} ms, first render {r:.1f} ms, "
          f"total {total:.1f} ms (target < 300 ms: {'met' if total < 300 else 'NOT met'})")
    print(f"yardstick: QListView first paint of the same {n} rows {li:.1f} ms; "
          f"journey first render / list first paint = {r / max(li, 0.01):.1f}x")
    assert journey is not None
    print(f"  ({len(journey.nodes)} nodes, {len(journey.skills)} lanes, {len(journey.terms)} terms, "
          f"{len(journey.stacks)} stacks, {len(journey.links)} links; best total {min(derive) + min(render):.1f} ms)")


def screenshot(path: str, width: int, height: int, dark: bool, use_demo: bool, export: bool) -> None:
    """The journey view (the widget, with its filter bar) or, with ``export``, the exported PNG."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from ui.journey import JourneyView
    from ui.journey.export import export_palette, export_png

    app = QApplication.instance() or QApplication([])
    items, pathways, name = realistic_items(use_demo)
    journey = derive_journey(items, pathways=pathways)
    if export:
        print(export_png(journey, path, width=width, height=height, dark=dark, title=f"{name} — skill journey"))
        return
    if dark:
        pal = export_palette(True)
        for role, color in ((QPalette.ColorRole.Button, "#2B2D31"), (QPalette.ColorRole.ButtonText, "#E8E8EA")):
            pal.setColor(role, QColor(color))
        app.setPalette(pal)
    view = JourneyView()
    view.resize(width, height)
    view.set_journey(journey)
    view.show()
    app.processEvents()
    img = view.grab().toImage()
    img.save(path)
    print(path)


def main() -> None:
    keep_none_alive()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--screenshot")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--dark", action="store_true")
    ap.add_argument("--synthetic", action="store_true", help="the built-in four-year sample, not the demo learner")
    ap.add_argument("--export", action="store_true", help="render the PNG export instead of the widget")
    args = ap.parse_args()
    if args.screenshot:
        screenshot(args.screenshot, args.width, args.height, args.dark, not args.synthetic, args.export)
    else:
        bench(args.n)


if __name__ == "__main__":
    main()
