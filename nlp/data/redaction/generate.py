"""Write the frozen, SYNTHETIC redaction test set: `python nlp/data/redaction/generate.py`.

Every answer is made up from the templates and pools below (seeded, so the file is reproducible); every number is
fake: phone numbers from Ofcom's drama ranges (07700 900xxx, 0114 496 0xxx ...), NHS numbers in the 999 range
kept for testing, NI numbers with the unused prefix QQ or made-up ones. The templates and name pools here were
written apart from the examples the rules in `nlp.redaction` were tuned on (those are in tests/nlp), and the
pools include names that `nlp/data/redaction/*.txt` does not list, so the figures in bench_redaction are honest.
Each line: {"id", "text", "spans": [{"label", "start", "end"}], "synthetic": true}.
"""

import json
import random
import re
from pathlib import Path

SEED = 20261124
N_ANSWERS = 1500
N_HELDOUT = 600
N_BLIND = 600
OUT = Path(__file__).resolve().parent / "test.jsonl"

FIRST = """Amelia Oliver Isla Noah Ava Leo Freya Alfie Maisie Kai Esme Theo Ruby Harvey Niamh Callum Aisha Yusuf
Zainab Ibrahim Kacper Zofia Oisin Saoirse Rhys Cerys Tyler Kayla Jayden Chloe Ethan Megan Dylan Ellie Connor
Jasmine Hamza Priya Arjun Chidi Folake Tunde Temi Mateusz Wiktoria Finlay Eilidh Lewis Abbie Reece Demi Brandon
Courtney Kieran Holly Tia Lacey Ronnie Frankie Elsie Bethany Declan Liam Mason Logan Harley Lexi Sienna Darcey
Mohammed Fatima Omar Maryam Zara Imran Hafsa Bilal Tomasz Aleksandra Darius Nevaeh Kwabena Oluwadamilare Teodora
Ayodele Szymon Ilyas Anvi Jaskaran Precious Tobi Kezia Marley Brooklyn Rowan Ezra Arlo Nova Aurora Bodhi""".split()
# Names that are also ordinary words or months: hard cases, in proportion.
AMBIGUOUS_FIRST = [
    "Rose",
    "Hope",
    "Grace",
    "Summer",
    "Faith",
    "Will",
    "Jack",
    "Amber",
    "Autumn",
    "Jade",
    "Poppy",
    "Daisy",
    "Sky",
    "Ivy",
    "Mark",
    "Jordan",
]
LAST = """Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts
Green Hall Wood Jackson Clarke Patel Khan Ahmed Hussain Begum Ali Singh Kaur Okafor Mensah Adeyemi Nowak Kowalski
Murphy Kelly O'Brien Campbell Stewart MacDonald Hughes Lloyd Price Morgan Griffiths Shaw Barker Holmes Marsh
Nguyen Chen Osei Boateng Achterberg Szczepanski Mahmood Chaudhry Oyelaran Fairclough Brennan Pritchard""".split()
PLACES = """Parkside Hillcrest Oakwood Meadowbank Westfield Ecclesall Kingsway Broadlands Riverside Ashfield Greenhill
Birley Meadowhead Abbeydale Handsworth Brinsworth Wickersley Thornhill Elmwood Highfield Longley Darnall Bramley
Woodhouse Netherthorpe Carrfield Southey Stocksbridge Chapeltown Newfield Ridgeway Falconwood Kestrel Mapleton
Fernhill Lydgate Tapton Silverdale Hinde""".split()
SAINTS = [
    "Mary",
    "John",
    "Joseph",
    "Anne",
    "Thomas More",
    "Patrick",
    "Bede",
    "Wilfrid",
    "Francis",
    "Marie",
    "Catherine",
    "Paul",
    "Peter",
    "Theresa",
]
STREETS = [
    "Oak",
    "Mill",
    "Church",
    "Station",
    "Park",
    "Victoria",
    "Manor",
    "Chapel",
    "Albert",
    "Queens",
    "Springfield",
    "Beech",
    "Cherry Tree",
    "Hollins",
    "Abbey",
    "Willow",
    "Ferndale",
    "Crookes",
]
STREET_TYPES = ["Road", "Street", "Lane", "Close", "Avenue", "Drive", "Crescent", "Way", "Grove", "Terrace", "Rd", "St"]
APPS = ["snap", "snapchat", "insta", "ig", "tiktok", "discord"]
DOMAINS = ["example.com", "example.co.uk", "example.org", "mail.example.net", "school.example.sch.uk"]
POSTCODE_AREAS = [
    "S",
    "SW",
    "M",
    "LS",
    "B",
    "NE",
    "CF",
    "EH",
    "L",
    "BD",
    "DN",
    "WF",
    "HU",
    "NG",
    "E",
    "N",
    "SE",
    "BS",
    "G",
    "YO",
]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

rng = random.Random(SEED)


def pick(items):
    return rng.choice(items)


def nhs_number() -> str:
    while True:
        digits = [9, 9, 9] + [rng.randrange(10) for _ in range(6)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits + [check]))
            return pick([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:3]} {s[3:6]}{s[6:]}"])


def phone() -> str:
    x = f"{rng.randrange(1000):03d}"
    landline_tail = f"0{rng.randrange(1000):03d}"
    return pick(
        [
            f"07700 900{x}",
            f"07700900{x}",
            f"07700 900 {x}",
            f"0770 090 0{x}",
            f"077009 00{x}",
            f"+44 7700 900{x}",
            f"+447700900{x}",
            f"+44 (0)7700 900{x}",
            f"07700-900-{x}",
            f"0 7700 900 {x}",
            f"(0114) 496 {landline_tail}",
            f"0114 496 {landline_tail}",
            f"0113 496{landline_tail}",
            f"020 7946 {landline_tail}",
            f"0161 496 {landline_tail}",
            f"(0121) 4960{x}",
            f"07700.900.{x}",
            " ".join(f"07700900{x}"),
        ]
    )


def postcode() -> str:
    area = pick(POSTCODE_AREAS)
    number = rng.randrange(1, 20)
    # Only a one-digit district after a two-letter area may end in a letter (SW1A, EC2M).
    district = str(number) + (pick(["", "", "", "A"]) if len(area) == 2 and number < 10 else "")
    inward = f"{rng.randrange(10)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}"
    code = pick([f"{area}{district} {inward}", f"{area}{district}{inward}"])
    return code.lower() if rng.random() < 0.35 else code


def ni_number() -> str:
    digits = f"{rng.randrange(10**6):06d}"
    prefix = pick(["QQ", "AB", "JT", "NP", "WK"])
    return pick(
        [
            f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {pick('ABCD')}",
            f"{prefix}{digits}{pick('ABCD')}",
            f"{prefix.lower()}{digits}{pick('abcd')}",
        ]
    )


def first() -> str:
    return pick(AMBIGUOUS_FIRST) if rng.random() < 0.18 else pick(FIRST)


def full_name() -> str:
    return f"{first()} {pick(LAST)}"


def school() -> str:
    place = pick(PLACES)
    return pick(
        [
            f"{place} Academy",
            f"{place} High School",
            f"{place} School",
            f"{place} College",
            f"St {pick(SAINTS)}'s Primary",
            f"St {pick(SAINTS)}'s Catholic High School",
            f"St {pick(SAINTS)}'s CofE Primary School",
            f"{place} Primary School",
            f"{place} Park Academy",
            f"{place} Grammar School",
            f"{place} Community College",
            f"{place} Sixth Form College",
            f"{place} High",
            f"Harris Academy {place}",
            f"{place} Primary",
            f"{place.lower()} academy",
            f"{place.lower()} high school",
            f"st {pick(SAINTS).lower()}s primary",
        ]
    )


def address() -> str:
    street = f"{rng.randrange(1, 240)} {pick(STREETS)} {pick(STREET_TYPES)}"
    return pick([street, street, street.lower(), f"flat {rng.randrange(1, 30)}, {street}"])


def dob() -> str:
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2006, 2016)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    return pick(
        [
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{year % 100:02d}",
            f"{day}.{month}.{year}",
            f"{day}{suffix} {MONTHS[month - 1]} {year}",
            f"{day}{suffix} of {MONTHS[month - 1]}",
            f"{MONTHS[month - 1]} {day}{suffix}",
            f"{day}-{month:02d}-{year}",
        ]
    )


def handle() -> str:
    base = (
        pick(FIRST).lower()
        + pick(["_", ".", "", "x"])
        + pick(["xo", str(rng.randrange(100)), "official", "_09", "lol", "2010"])
    )
    return base


def email() -> str:
    first, separator, last = pick(FIRST).lower(), pick([".", "_", ""]), pick(LAST).lower().replace("'", "")
    return f"{first}{separator}{last}{rng.randrange(100)}@{pick(DOMAINS)}"


def url() -> str:
    return pick(
        [
            f"https://www.example.co.uk/{pick(['youth', 'help', 'events'])}",
            f"www.example.com/{pick(PLACES).lower()}",
            f"bit.ly/{''.join(pick('abcdefXYZ123') for _ in range(6))}",
            f"https://tiktok.com/@{handle()}",
            f"youtube.com/watch?v={''.join(pick('abcdefXYZ123_') for _ in range(8))}",
            "example.org/petition",
            f"http://{pick(PLACES).lower()}.example.sch.uk",
        ]
    )


FILLERS = {
    "FIRST": ("PERSON", first),
    "FULL": ("PERSON", full_name),
    "LAST": ("PERSON", lambda: pick(LAST)),
    "SCHOOL": ("SCHOOL", school),
    "PHONE": ("PHONE", phone),
    "EMAIL": ("EMAIL", email),
    "POSTCODE": ("POSTCODE", postcode),
    "ADDRESS": ("ADDRESS", address),
    "NHS": ("NHS_NUMBER", nhs_number),
    "NI": ("NI_NUMBER", ni_number),
    "HANDLE": ("HANDLE", lambda: "@" + handle()),
    "APPHANDLE": ("HANDLE", handle),
    "URL": ("URL", url),
    "DOB": ("DATE_OF_BIRTH", dob),
}

TEMPLATES = """
{FIRST} at school keeps calling me names and nobody does anything
me and {FIRST} walk to {SCHOOL} together every day but the buses are always late
my best mate {FIRST} got me through year 10 honestly
Mr {LAST} is the only teacher who listens to us
miss {LAST} in pastoral is really nice
i told mrs {LAST} about it and she said she'd sort it
our head of year Mrs {LAST} never replies to emails
{FULL} is the reason i still go to school
can someone ring me back on {PHONE} about my appointment
my number is {PHONE} if you want to ask more
text {PHONE} pls
ring my mum on {PHONE} shes called {FIRST}
I'm at {SCHOOL} and there's no counsellor there anymore
{SCHOOL} has a good wellbeing room but it's always locked
i moved from {SCHOOL} to {SCHOOL} because of the bullying
i go {SCHOOL}, year 9
my email is {EMAIL} if you want to send me the results
email me at {EMAIL}
contact {EMAIL} for the youth council stuff
i live at {ADDRESS}, {POSTCODE} and the damp in my room is really bad
our flat is {ADDRESS} and the lift is always broken
my postcode is {POSTCODE} and there's nothing to do round here
{POSTCODE} needs more youth clubs
we live on {ADDRESS} near the park
my NHS number is {NHS} because the GP asked me to bring it
nhs no {NHS}
they lost my referral, its {NHS}
my NI number is {NI} for the job thing
NI: {NI}
add me on {APP} {APPHANDLE}
follow us {HANDLE} we do youth campaigns
my insta is {APPHANDLE} if you want to see my art
dm {HANDLE} she runs the group
there's a petition at {URL}
we made a website {URL} about the buses
check out {URL}
i was born on {DOB} so im 14
my birthday is {DOB}
dob {DOB}
{FIRST} and {FIRST} are my best friends, we go to the youth club on fridays
my sister {FIRST} has asthma and the mould makes it worse
my little brother {FIRST} is autistic and waits ages for appointments
my social worker {FIRST} is amazing
my key worker {FULL} helped me get to CAMHS
my teacher mr {LAST} said i should write this
i spoke to dr {LAST} at the surgery and he didnt listen
a girl called {FIRST} in my form keeps posting about me
this lad {FIRST} from year 11 keeps messaging me
my name is {FULL} and i am 15
i'm {FIRST}, i'm 13 and i care for my mum
hi im {FIRST} from {SCHOOL}
{FIRST} said i should fill this in
i think {FIRST} needs help more than me tbh
my mum's boyfriend {FIRST} shouts a lot
{FIRST} {LAST} from {SCHOOL} runs the eco club
ask {FIRST} at reception
{FIRST} my friend has been waiting 2 years for camhs
i want to thank {FULL} for helping me at {SCHOOL}
you can reach me at {EMAIL} or {PHONE}
my details: {FULL}, {ADDRESS}, {POSTCODE}, {PHONE}
my nan lives at {ADDRESS} and she can't get to the doctors
thanks to {FIRST} and {FIRST} for running the group
{FIRST} and me go to {SCHOOL}
""".strip().splitlines()

# Answers with no personal data, full of the words that look like it.
CLEAN = """
i hope the buses get better because i will be late again
we will have exams in may and june so everyone is stressed
school is alright but the toilets are disgusting
my high school doesn't have a counsellor
college is hard and i work 20 hours a week
i go to a good school but the food is rubbish
the academy trust took over and everything got worse
year 11 is the worst, 8 exams in 2 weeks
it costs £4.50 to get the bus and i can't afford it every day
i waited 18 months for camhs
call 999 if it's an emergency or 111 if not
childline is 0800 1111 and they were helpful
my grades went from 4 to 7 in maths
the park on my road has needles in it
i live with my mum and my nan
we moved house 3 times this year
i have asthma and the damp makes it worse
the rose garden in the park is nice in summer
i hope so, we will see
mark my words nothing will change
there's no grace period for late homework
my sister and brother share a room
i'm 15 and i care for my dad
will the youth club open again
sometimes i feel like nobody listens
i have to get 2 buses to get to college
Rose and lily are flowers not names lol
My mum says the GP is rubbish
The school nurse is only in on Tuesdays
I go to sixth form and work weekends
we need more things to do on a Sunday
i would give it 7 out of 10
idk really
nothing
it's fine
the NHS needs more staff
I'd like more mental health support at school
my form tutor is alright
the police don't come round here anymore
Jordan is a country i want to visit
In May we go to Wales
My teacher said I should apply to college
my best friend moved away
my brother goes to university in September
i had my appointment on 12/03/2024 and they cancelled
flat roofs leak
the bus is number 52
we had 30 people in our class
the new academy building is nice
my step dad is ok
our head teacher left
the college bus is £2
""".strip().splitlines()

# Written after the rules were tuned on TEMPLATES' misses, and never tuned on: heldout.jsonl is the honest figure.
HELDOUT_TEMPLATES = """
honestly {FIRST} is the only one who gets it, we sit together in maths
when i was at {SCHOOL} a teacher called Mr {LAST} used to shout at everyone
we got moved to a B&B and my mum had to give them {PHONE} as a contact
If you need to contact me my mobile is {PHONE} but I don't always have credit
I'm in year 8 at {SCHOOL}. The toilets are locked all day
my brother {FIRST} got excluded from {SCHOOL} and now he just stays in his room
{FIRST} from my street has a boyfriend who is way older than her
The GP told my mum to ring {PHONE} but no one picks up
My counsellor at {SCHOOL} is called {FIRST} and she is lovely
hi my names {FIRST} {LAST}, i'm 16 and i'm a young carer
can you send the voucher to {EMAIL} thanks
im on {APP} as {APPHANDLE}
our group account is {HANDLE} and we post every week
the form is on {URL} if anyone wants to fill it in
the letter had my nhs number on it ({NHS}) and it went to the wrong house
We moved to {ADDRESS} last year and there's mould everywhere
if you need my address it's {ADDRESS}, {POSTCODE}
Where I live ({POSTCODE}) there are no buses after 7
my dob is {DOB} and they still put me on the adult ward
I turned 15 on {DOB}, my birthday was {DOB}
{FULL} and {FULL} started a petition about the bus fares
Ms {LAST} runs the LGBTQ+ club at lunch and it's the best thing about {SCHOOL}
me, {FIRST} and {FIRST} got followed home from the park
my dad's girlfriend {FIRST} doesn't let me eat with them
I asked {FIRST} if she was ok and she said no
the youth worker {FIRST} at the hub helped me write my CV
i used to go to {SCHOOL} but now i'm home educated
{FIRST} {LAST} (year 10)
my NI number came through: {NI}
Please ring my foster carer {FULL} on {PHONE}
""".strip().splitlines()

HELDOUT_CLEAN = """
The bus from Rotherham to Sheffield takes an hour
Manchester has loads more stuff to do than here
I will try to come to the next meeting
we went to Blackpool in the summer holidays
my GCSEs start in May
Autumn term is the hardest
Mark schemes are confusing
I hope my grades are good enough for sixth form
i'd give my school 3 out of 10
The Jubilee Centre shut down
we need a skate park in Hillsborough
my phone is cracked and i can't afford a new one
My PE teacher is sound
I'm Muslim and there's nowhere to pray at school
nothing really tbh
Grace Church does a food bank on Thursdays
Primark and McDonald's are the only places to go
they said to wait 6-8 weeks for a letter
go to the Childline website
the Children's Hospital was really good
I love Will Smith films
we did the Duke of Edinburgh award
year 7s get free breakfast
my cat died last week and i'm sad
Leeds United lost again
i was in A&E for 9 hours
the 52 bus never comes
A-levels are way harder than GCSEs
i moved here from Poland when i was 10
Ramadan was hard during exams
""".strip().splitlines()

# Written last, after all tuning, and never tuned on: blind.jsonl.
BLIND_TEMPLATES = """
so basically {FIRST} and her mum {FIRST} {LAST} run the food bank near us
you can whatsapp me on {PHONE} after 4
ring {PHONE} and ask for {FIRST}, she's the youth worker
i go to {SCHOOL} in year 10 and honestly its ok
after {SCHOOL} closed we all got sent to {SCHOOL}
The SENCo at {SCHOOL}, Mrs {LAST}, never answers
Me and my best friend {FIRST} {LAST} started a petition at school
{FIRST}'s mum drives us to football because the buses don't run
our postcode {POSTCODE} has the worst air in the city
the flat at {ADDRESS} has had damp for 3 years
Contact me: {EMAIL}
pls email {EMAIL} not my school one
my tiktok is {HANDLE} and i post about mental health
we're on insta - {HANDLE}
there's info at {URL}
my hospital number is different but my NHS one is {NHS}
dob: {DOB}
i'm 14, birthday {DOB}
My name is {FIRST} and I'm a young carer for my mum
{FIRST} helped me when i got lost in town
Mr {LAST} and Miss {LAST} are the best teachers at {SCHOOL}
got my NI number ({NI}) in the post today
my nan {FIRST} lives at {ADDRESS}, {POSTCODE}
""".strip().splitlines()

BLIND_CLEAN = """
I love going to the Crucible to watch the snooker
we went to Meadowhall at the weekend
my Xbox broke and I can't afford a new one
The Peak District is amazing in summer
I'd like more Saturday clubs
Hope this helps!
Will there be food at the next session?
Our Year 9 trip to Whitby was the best
I watch Love Island every night
Mum says Tesco is cheaper than Asda
The NHS app is confusing
ring 111 first
i scored 3 goals on Saturday
""".strip().splitlines()

TAG = re.compile(r"\{([A-Z]+)\}")


def render(template: str) -> tuple[str, list[dict]]:
    out, spans, at = [], [], 0
    length = 0
    for m in TAG.finditer(template):
        literal = template[at : m.start()]
        out.append(literal)
        length += len(literal)
        key = m.group(1)
        if key == "APP":
            value, label = pick(APPS) + pick([" ", ": ", " is ", " - "]), None
        else:
            label, make = FILLERS[key]
            value = make()
            if label == "PERSON" and rng.random() < 0.3:
                value = value.lower()
        if label:
            spans.append({"label": label, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        at = m.end()
    out.append(template[at:])
    return "".join(out), spans


def vary(text: str) -> str:
    """Young people's answers: lower case, no full stops, sometimes a capital first letter."""
    r = rng.random()
    if r < 0.25:
        text = text.lower()
    elif r < 0.55:
        text = text[0].upper() + text[1:]
    return text + pick(["", "", ".", "!", " x", " tbh", " lol"])


def write(path: Path, n: int, templates: list[str], clean: list[str], prefix: str) -> None:
    rows = []
    for i in range(n):
        if rng.random() < 0.3:
            text, spans = pick(clean), []
        else:
            text, spans = render(pick(templates))
        text = vary(text)
        rows.append({"id": f"{prefix}-{i:04d}", "text": text, "spans": spans, "synthetic": True})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"wrote {len(rows)} answers, {sum(len(r['spans']) for r in rows)} spans to {path}")


def main() -> None:
    write(OUT, N_ANSWERS, TEMPLATES, CLEAN, "red")
    write(OUT.with_name("heldout.jsonl"), N_HELDOUT, HELDOUT_TEMPLATES, HELDOUT_CLEAN, "held")
    write(OUT.with_name("blind.jsonl"), N_BLIND, BLIND_TEMPLATES, BLIND_CLEAN, "blind")


if __name__ == "__main__":
    main()
