"""The site's page types: home, youth forum, consultation and "you said, we did"."""

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from cms.answering import views as answering
from cms.blocks import StepBlock


class HomePage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms.YouthForumPage", "cms.IndicatorPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["forums"] = YouthForumPage.objects.child_of(self).live().specific()
        context["open_consultations"] = [
            c for c in ConsultationPage.objects.descendant_of(self).live().specific() if c.is_open
        ]
        return context


class YouthForumPage(Page):
    organisation = models.ForeignKey(
        "engage.Organisation", on_delete=models.PROTECT, related_name="forums", help_text="Who runs this forum."
    )
    area = models.ForeignKey(
        "engage.Area",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The area the forum serves.",
    )
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    age_from = models.PositiveSmallIntegerField(default=11)
    age_to = models.PositiveSmallIntegerField(default=25)
    meets_when = models.CharField(max_length=200, blank=True, help_text="e.g. Tuesdays, 5 to 7pm, in term time")
    meets_where = models.CharField(max_length=200, blank=True)
    contact_name = models.CharField(max_length=120, blank=True)
    contact_email = models.EmailField(blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("area"),
                FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to")]),
            ],
            heading="Who it is for",
        ),
        MultiFieldPanel([FieldPanel("meets_when"), FieldPanel("meets_where")], heading="When and where it meets"),
        MultiFieldPanel([FieldPanel("contact_name"), FieldPanel("contact_email")], heading="Who to contact"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ConsultationPage", "cms.IndicatorPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["consultations"] = ConsultationPage.objects.child_of(self).live().specific().order_by("-opens_on")
        context["told_us"] = IndicatorPage.objects.child_of(self).live().first()
        return context


class ConsultationPage(RoutablePageMixin, Page):
    """A survey or consultation young people answer, built from question blocks grouped into steps.

    Answering happens under the page's own URL (cms/answering/views.py): the page itself asks a young person to
    agree, then step/<n>/, about-you/ and thanks/.
    """

    introduction = RichTextField(features=["bold", "italic", "link", "ul"])
    audience = models.CharField(max_length=200, help_text="Who it is for, e.g. 11 to 18 year olds in Sheffield.")
    opens_on = models.DateField(default=timezone.localdate)
    closes_on = models.DateField()
    what_happens_next = models.TextField(
        max_length=1000, help_text="What will happen with the answers, in plain words a 12-year-old understands."
    )
    feedback_by = models.DateField(null=True, blank=True, help_text="When young people will hear what happened.")
    retention = models.CharField(
        max_length=200,
        default="We keep your answers for 2 years, then delete them.",
        help_text="How long answers are kept, in plain words.",
    )
    body = StreamField([("step", StepBlock())], help_text="The questions, grouped into steps.")

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")], heading="Open for answers"),
        MultiFieldPanel(
            [FieldPanel("what_happens_next"), FieldPanel("feedback_by"), FieldPanel("retention")],
            heading="What happens with the answers",
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms.YouthForumPage"]
    subpage_types = ["cms.YouSaidWeDidPage"]

    @property
    def is_open(self) -> bool:
        today = timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    @property
    def forum(self) -> "YouthForumPage | None":
        parent = self.get_parent()
        return parent.specific if parent else None

    @path("", name="start")
    def start(self, request):
        return answering.start(request, self)

    @path("step/<int:number>/", name="answer_step")
    def answer_step(self, request, number):
        return answering.step(request, self, number)

    @path("about-you/", name="about_you")
    def about_you(self, request):
        return answering.about_you(request, self)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        return answering.thanks(request, self)


class YouSaidWeDidPage(Page):
    """What young people told us in a consultation, and what was done about it."""

    summary = RichTextField(features=["bold", "italic", "link", "ul"], help_text="What young people told us.")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        InlinePanel("quotes", heading="In their words", label="Quote", max_num=6),
        InlinePanel("actions", heading="What we did", label="Action"),
    ]
    parent_page_types = ["cms.ConsultationPage"]
    subpage_types: list[str] = []

    @property
    def consultation(self) -> ConsultationPage:
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        from engage.themes.framework import theme_name
        from engage.themes.selectors import themes_raised

        context = super().get_context(request, *args, **kwargs)
        answered = {slug for action in self.actions.all() for slug in action.themes}
        context["themes_raised"] = [
            {"slug": slug, "name": theme_name(slug), "answered": slug in answered}
            for slug in themes_raised(consultation_id=self.get_parent().id)
        ]
        return context


class Quote(Orderable):
    """A few words young people wrote, chosen by staff from the redacted answers, to show what was said."""

    page = ParentalKey(YouSaidWeDidPage, on_delete=models.CASCADE, related_name="quotes")
    text = models.CharField(
        max_length=300, help_text="Copy it from the redacted answers (Responses in the admin): never a name or detail."
    )
    theme = models.CharField(max_length=60, blank=True, help_text="The theme slug it speaks to (optional).")

    panels = [FieldPanel("text"), FieldPanel("theme")]


class Action(Orderable):
    """Something done (or planned) in answer to what young people said, linked to the themes it answers."""

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"

    page = ParentalKey(YouSaidWeDidPage, on_delete=models.CASCADE, related_name="actions")
    you_said = models.CharField(max_length=300, help_text="What young people told us, in their words.")
    we_did = models.TextField(max_length=1000, help_text="What was done or will be done.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PLANNED)
    themes = models.JSONField(default=list, blank=True, help_text="Theme slugs this action answers.")

    panels = [FieldPanel("you_said"), FieldPanel("we_did"), FieldPanel("status"), FieldPanel("themes")]


from cms.indicator_pages import IndicatorPage  # noqa: E402,F401
