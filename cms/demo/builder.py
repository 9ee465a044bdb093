"""Build the demo site a newcomer sees on first start. Every record it makes is synthetic and marked so.

Idempotent: running it again finds what is there and adds only what is missing.
"""

import random
import uuid
from datetime import timedelta
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Site

from cms.models import Action, ConsultationPage, HomePage, IndicatorPage, YouSaidWeDidPage, YouthForumPage
from cms.questions import steps_of
from engage.areas.models import Area
from engage.indicators.services import load_indicator_samples
from engage.organisations.models import Organisation, Role
from engage.organisations.services import add_staff_member, ensure_role_groups
from engage.responses.models import AgeBand, Channel, Response
from engage.responses.services import AboutYou, AnswerInput, submit_response

ANSWERS = yaml.safe_load((Path(__file__).parent / "answers.yaml").read_text())
DEMO_NAMESPACE = uuid.UUID("6f1c7a52-2d6e-4c59-9a55-0d1a3b8f0c11")

DEMO_ACCOUNTS = [
    ("youth.worker@example.org", "Sam Youthworker", Role.YOUTH_WORKER),
    ("framework.owner@example.org", "Fran Framework", Role.FRAMEWORK_OWNER),
    ("safeguarding.lead@example.org", "Sade Safeguarding", Role.SAFEGUARDING_LEAD),
    ("analyst@example.org", "Ash Analyst", Role.ANALYST),
    ("admin@example.org", "Ada Administrator", Role.ADMINISTRATOR),
]

# Synthetic geography: real region, ICB and local authority codes; made-up LSOAs (E0199xxxx does not exist).
REGION = ("E12000003", "Yorkshire and The Humber")
ICB = ("E54000061", "NHS South Yorkshire Integrated Care Board")
LOCAL_AUTHORITIES = {
    "E08000019": ("Sheffield", ["S2", "S5", "S8", "S10", "S11", "S13"]),
    "E08000018": ("Rotherham", ["S60", "S61", "S63", "S65", "S66"]),
}
LSOAS_PER_AUTHORITY = 8


def _id(*parts: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(parts)))


def build_areas() -> list[Area]:
    region, _ = Area.objects.get_or_create(
        code=REGION[0], defaults={"name": REGION[1], "kind": Area.Kind.REGION, "is_synthetic": True}
    )
    icb, _ = Area.objects.get_or_create(
        code=ICB[0], defaults={"name": ICB[1], "kind": Area.Kind.ICB, "parent": region, "is_synthetic": True}
    )
    lsoas = []
    rng = random.Random(2021)
    serial = 1
    for code, (name, _districts) in LOCAL_AUTHORITIES.items():
        authority, _ = Area.objects.get_or_create(
            code=code, defaults={"name": name, "kind": Area.Kind.LOCAL_AUTHORITY, "parent": icb, "is_synthetic": True}
        )
        for n in range(1, LSOAS_PER_AUTHORITY + 1):
            lsoa, _ = Area.objects.get_or_create(
                code=f"E0199{serial:04d}",
                defaults={
                    "name": f"{name} {n:03d}Z (synthetic)",
                    "kind": Area.Kind.LSOA,
                    "parent": authority,
                    "imd_decile": rng.randint(1, 10),
                    "is_synthetic": True,
                },
            )
            lsoas.append(lsoa)
            serial += 1
    return lsoas


def _root() -> Page:
    """Wagtail's tree root, recreated (with the default locale) if a flushed database lost it."""
    from django.utils.translation import get_supported_language_variant
    from wagtail.models import Locale

    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code=get_supported_language_variant(settings.LANGUAGE_CODE))
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    return root


def build_pages(organisation: Organisation) -> ConsultationPage:
    root = _root()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Your health, your say",
            slug="home",
            intro="<p>Tell the NHS and your council what helps you stay healthy, and what gets in the way. "
            "You don't need to give your name. We read every answer, and we tell you what we did.</p>",
        )
        # Wagtail's install leaves a placeholder "Welcome" page at the same slug; the demo home replaces it.
        Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
        root.refresh_from_db()
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Youth Voice"
        )
    elif site.root_page_id != home.id:
        site.root_page = home
        site.site_name = "Youth Voice"
        site.save()

    forum = YouthForumPage.objects.first()
    if forum is None:
        forum = YouthForumPage(
            title="Sheffield Young People's Health Forum",
            slug="sheffield-forum",
            organisation=organisation,
            area=Area.objects.get(code="E08000019"),
            intro="<p>We are young people aged 11 to 25. We want the NHS in Sheffield to work better for us. "
            "Everyone is welcome. There is free pizza.</p>",
            age_from=11,
            age_to=25,
            meets_when="Tuesdays, 5pm to 7pm, in term time",
            meets_where="The Youth Hub, Division Street (step-free access)",
            contact_name="Sam, youth worker",
            contact_email="youth.worker@example.org",
        )
        home.add_child(instance=forum)
        forum.save_revision().publish()

    consultation = ConsultationPage.objects.first()
    if consultation is None:
        today = timezone.localdate()
        consultation = ConsultationPage(
            title="Your health, your area",
            slug="your-health-your-area",
            introduction="<p>We want to know what makes it easier or harder for young people to be healthy where "
            "you live. It takes about 5 minutes. You can skip any question that is not marked as needed.</p>",
            audience="young people aged 11 to 25 in South Yorkshire",
            opens_on=today - timedelta(days=45),
            closes_on=today + timedelta(days=60),
            what_happens_next="Youth workers and NHS staff will read every answer. The youth forum will share "
            "what we found with the NHS in South Yorkshire, and we will tell you what changed.",
            feedback_by=today + timedelta(days=120),
            body=_consultation_body(),
        )
        forum.add_child(instance=consultation)
        consultation.save_revision().publish()

    if not YouSaidWeDidPage.objects.exists():
        yswd = YouSaidWeDidPage(
            title="You said, we did: your health, your area",
            slug="you-said-we-did",
            summary="<p>So far, young people have told us about places to go, buses, damp homes, waiting for "
            "mental health support and finding a dentist.</p>",
        )
        consultation.add_child(instance=yswd)
        yswd.actions.add(
            Action(
                you_said="There is nowhere free to go in the evenings.",
                status=Action.Status.IN_PROGRESS,
                we_did="The council is reopening the Youth Hub on Thursday evenings from January.",
                themes=["community"],
            ),
            Action(
                you_said="Waiting for mental health support takes too long.",
                status=Action.Status.PLANNED,
                we_did="The NHS is adding a drop-in with a mental health worker at two schools.",
                themes=["mental_health", "health_services"],
            ),
            Action(
                you_said="Buses stop too early to get home from college.",
                status=Action.Status.DONE,
                we_did="We asked the bus company, and the 52 now runs until 10pm.",
                themes=["environment"],
            ),
        )
        yswd.save_revision().publish()

    if not IndicatorPage.objects.exists():
        told_us = IndicatorPage(
            title="What young people told us",
            slug="what-young-people-told-us",
            intro="<p>What young people in South Yorkshire told us, beside figures about health where they live. "
            "Small numbers are hidden to keep people safe.</p>",
        )
        forum.add_child(instance=told_us)
        told_us.save_revision().publish()

    _grant_forum_permissions(forum)
    return consultation


def _consultation_body() -> str:
    import json

    def q(kind: str, name: str, question: str, **extra) -> dict:
        value = {
            "question": question,
            "help_text": extra.pop("help_text", ""),
            "required": extra.pop("required", False),
            "key": extra.pop("key", ""),
            **extra,
        }
        return {"type": kind, "value": value, "id": _id("question", name)}

    steps = [
        {
            "title": "Where you live",
            "intro": "",
            "show_when_key": "",
            "show_when_answer": "",
            "questions": [
                q("faces", "feel_area", "How do you feel about where you live?"),
                q(
                    "long_text",
                    "good_area",
                    "What is good about where you live?",
                    max_length=1000,
                    help_text="Places, people, things to do: anything.",
                ),
                q(
                    "long_text",
                    "better_area",
                    "What would make it easier for young people to be healthy there?",
                    max_length=1000,
                    required=True,
                    help_text="Write as much or as little as you like.",
                ),
            ],
        },
        {
            "title": "Getting help",
            "intro": "",
            "show_when_key": "",
            "show_when_answer": "",
            "questions": [
                q(
                    "yes_no",
                    "tried_help",
                    "Have you tried to get help with your health in the last year?",
                    key="tried_help",
                ),
                q(
                    "multiple_choice",
                    "barriers",
                    "What stops young people getting help?",
                    allow_other=True,
                    options=[
                        "Long waits",
                        "Not knowing where to go",
                        "Cost of getting there",
                        "Worried about being judged",
                        "Appointments only in school time",
                    ],
                ),
                q(
                    "scale",
                    "gp_easy",
                    "How easy is it to see a GP when you need to?",
                    low_label="Very hard",
                    high_label="Very easy",
                ),
            ],
        },
        {
            "title": "When you tried to get help",
            "intro": "You said you tried to get help in the last year.",
            "show_when_key": "tried_help",
            "show_when_answer": "Yes",
            "questions": [
                q("long_text", "what_happened", "What happened when you tried to get help?", max_length=1000),
                q(
                    "ranking",
                    "matters",
                    "Put these in order: what matters most to you?",
                    options=[
                        "Being listened to",
                        "Short waits",
                        "Close to home",
                        "Seeing the same person",
                        "Help by text or online",
                    ],
                ),
            ],
        },
        {
            "title": "One last thing",
            "intro": "",
            "show_when_key": "",
            "show_when_answer": "",
            "questions": [
                q(
                    "single_choice",
                    "heard_of_forum",
                    "Had you heard of the youth forum before today?",
                    options=["Yes", "No", "Not sure"],
                ),
                q("short_text", "one_thing", "If you could change one thing, what would it be?", max_length=200),
            ],
        },
    ]
    return json.dumps([{"type": "step", "value": step, "id": _id("step", str(i))} for i, step in enumerate(steps)])


def _grant_forum_permissions(forum: YouthForumPage) -> None:
    from django.contrib.auth.models import Permission

    youth_workers = ensure_role_groups()[Role.YOUTH_WORKER]
    for codename in ("add_page", "change_page", "publish_page"):
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=youth_workers, page=forum, permission=permission)


def build_responses(consultation: ConsultationPage, organisation: Organisation, lsoas: list[Area], target: int) -> int:
    """Add synthetic responses until the consultation has `target` of them. Returns how many were added."""
    have = Response.objects.filter(consultation=consultation, is_synthetic=True).count()
    rng = random.Random(7 + have)
    steps = steps_of(consultation)
    questions = {q.question_type + ":" + q.question: q for s in steps for q in s.questions}
    by_text = {q.question: q for q in questions.values()}
    districts = {code: d for code, (_, d) in LOCAL_AUTHORITIES.items()}
    now = timezone.now()
    added = 0
    for n in range(have, target):
        lsoa = rng.choice(lsoas)
        age_band = rng.choices(AgeBand.values + [""], weights=[8, 30, 25, 20, 10, 7])[0]
        tried = rng.random() < 0.55
        answers = [
            _answer(
                by_text["How do you feel about where you live?"], str(rng.choices(range(1, 6), [1, 2, 4, 3, 2])[0])
            ),
            _answer(
                by_text["What would make it easier for young people to be healthy there?"],
                text=rng.choice(ANSWERS["make_it_better"]),
            ),
            _answer(by_text["Have you tried to get help with your health in the last year?"], "Yes" if tried else "No"),
            _answer(by_text["How easy is it to see a GP when you need to?"], str(rng.randint(1, 5))),
        ]
        if rng.random() < 0.7:
            answers.append(
                _answer(by_text["What is good about where you live?"], text=rng.choice(ANSWERS["good_about_area"]))
            )
        barriers = by_text["What stops young people getting help?"]
        answers.append(_answer(barriers, rng.sample(barriers.options, rng.randint(1, 3))))
        if tried:
            answers.append(
                _answer(
                    by_text["What happened when you tried to get help?"], text=rng.choice(ANSWERS["tried_to_get_help"])
                )
            )
            ranking = by_text["Put these in order: what matters most to you?"]
            answers.append(_answer(ranking, rng.sample(ranking.options, len(ranking.options))))
        if rng.random() < 0.5:
            answers.append(
                _answer(
                    by_text["If you could change one thing, what would it be?"],
                    text=rng.choice(ANSWERS["change_one_thing"]),
                )
            )
        plus = [
            g
            for g, p in [
                ("young_carer", 0.08),
                ("care_experienced", 0.05),
                ("send", 0.15),
                ("lgbtq", 0.12),
                ("ethnic_minority", 0.2),
            ]
            if rng.random() < p
        ]
        submitted = now - timedelta(days=rng.randint(0, 40), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
        submit_response(
            consultation=consultation,
            organisation=organisation,
            answers=answers,
            idempotency_key=f"demo-{consultation.id}-{n}",
            about=AboutYou(
                age_band=age_band,
                postcode_district=rng.choice(districts[lsoa.parent.code]),
                area_id=lsoa.id,
                gender=rng.choice(["Girl or woman", "Boy or man", "Non-binary", "", ""]),
                ethnicity=rng.choice(
                    [
                        "White: English, Welsh, Scottish, Northern Irish or British",
                        "Asian or Asian British: Pakistani",
                        "Black, Black British, Caribbean or African: African",
                        "Mixed or multiple ethnic groups: White and Black Caribbean",
                        "",
                    ]
                ),
                plus_groups=plus,
            ),
            channel=Channel.IN_PERSON if rng.random() < 0.15 else Channel.ONLINE,
            submitted_at=submitted,
            is_synthetic=True,
        )
        added += 1
    return added


def _answer(question, value=None, text: str = "") -> AnswerInput:
    return AnswerInput(
        block_id=question.block_id,
        question_type=question.question_type,
        question_text=question.question,
        value=value,
        text=text,
        is_free_text=question.is_free_text,
    )


def build_accounts(organisation: Organisation) -> list[tuple[str, str]]:
    password = getattr(settings, "YOUTH_VOICE_DEMO_PASSWORD", None)
    if not password:
        return []
    made = []
    for email, name, role in DEMO_ACCOUNTS:
        user = add_staff_member(email=email, organisation=organisation, role=role, password=password, name=name)
        if role == Role.ADMINISTRATOR and not user.is_superuser:
            user.is_superuser = user.is_staff = True
            user.save(update_fields=["is_superuser", "is_staff"])
        made.append((email, role.label))
    return made


@transaction.atomic
def load_demo(*, responses: int = 300) -> dict:
    organisation, _ = Organisation.objects.get_or_create(
        slug="south-yorkshire-youth-health",
        defaults={"name": "South Yorkshire Youth Health Partnership (demo)", "kind": Organisation.Kind.CHARITY},
    )
    lsoas = build_areas()
    consultation = build_pages(organisation)
    added = build_responses(consultation, organisation, lsoas, responses)
    accounts = build_accounts(organisation)
    load_indicator_samples()  # deprivation, area lookup and Fingertips samples (synthetic) for the demo areas
    return {"consultation": consultation, "responses_added": added, "accounts": accounts}
