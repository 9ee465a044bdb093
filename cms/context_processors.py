"""Help that every public page links to, so a young person can always get help now."""

HELP_LINKS = [
    {"name": "Childline", "detail": "Call 0800 1111, free, any time", "url": "https://www.childline.org.uk/"},
    {"name": "Shout", "detail": "Text SHOUT to 85258, free, any time", "url": "https://giveusashout.org/"},
    {"name": "NHS 111", "detail": "Call 111 if you need medical help fast", "url": "https://111.nhs.uk/"},
    {"name": "Emergency", "detail": "Call 999 if you or someone else is in danger now", "url": "tel:999"},
]

# Where the quick-exit button goes: a neutral page that is not ours.
QUICK_EXIT_URL = "https://www.bbc.co.uk/weather"


def help_links(request):
    return {"help_links": HELP_LINKS, "quick_exit_url": QUICK_EXIT_URL}
