"""Write the frozen, SYNTHETIC safeguarding test set: `python nlp/data/safeguarding/generate.py`.

test.jsonl: {"id", "text", "flag": bool, "categories": [...], "synthetic": true}. Concerning answers tell of risk
to a young person now, or disclose self-harm, suicide attempts or abuse (past ones too: a safeguarding lead
would want to know). Ordinary answers include the false alarms to beat: idioms and jokes ("this homework is
killing me"), the topic without a disclosure ("people get stabbed near the park", "schools should do more about
bullying"), negations ("my dad has never hit me") and bullying that is over.
Three files, each written at a different time, so the figures can be read honestly:
- test.jsonl: written before the rules; its misses were then looked at and fixed.
- heldout.jsonl: indirect disclosures written after that tuning; first look recall 0.196, then the broad risk-term
  tier was added with its misses in view.
- blind.jsonl: written last, never tuned on: the honest figure.
"""

import json
import random
from pathlib import Path

SEED = 7011
OUT = Path(__file__).resolve().parent / "test.jsonl"
rng = random.Random(SEED)


def pick(items):
    return rng.choice(items)


ADULT = [
    "my dad",
    "my stepdad",
    "my step dad",
    "my mum",
    "my mums boyfriend",
    "my mum's boyfriend",
    "my uncle",
    "my step mum",
    "my foster carer",
    "my nan",
    "my older brother",
    "my carer",
    "my grandad",
]
PARTNER_OF_MUM = ["my dad", "my stepdad", "mums boyfriend", "my mum's partner", "he"]
FRIEND = [
    "my friend",
    "my best mate",
    "my sister",
    "my little brother",
    "a girl in my class",
    "my mate",
    "my bf",
    "my girlfriend",
]
WHEN = [
    "",
    "",
    " every day",
    " all the time",
    " again",
    " most nights",
    " when he's drunk",
    " when she's angry",
    " last night",
    " since year 7",
]
TAIL = [
    "",
    "",
    "",
    " and i don't know what to do",
    " and i can't tell anyone",
    " please help",
    " idk who to tell",
    " and i'm scared",
    " tbh",
    " and no one knows",
]

CONCERNING = {
    "suicide": [
        "i want to kill myself{TAIL}",
        "i honestly want to die{TAIL}",
        "some days i just want to end it{TAIL}",
        "i've thought about killing myself{WHEN}",
        "i think about suicide{WHEN}",
        "i don't want to be here anymore{TAIL}",
        "i feel like everyone would be better off if i was dead",
        "i tried to overdose in year 9",
        "i attempted suicide last year and nobody at school knows",
        "i wanna die tbh nothing gets better",
        "i've been feeling suicidal{WHEN}",
        "i don't want to live anymore",
        "i've written a note{TAIL}",
        "kms honestly i cant do this anymore",
        "im gonna unalive myself",
        "there's no point in me being alive",
        "i keep wishing i wouldn't wake up",
        "i looked up ways to kill myself",
        "i want to end my life{TAIL}",
        "sometimes i stand on the bridge and think about jumping",
        "i feel like killing myself{WHEN}",
        "i'm planning to take all my tablets",
        "i wish i was never born and want it all to stop",
    ],
    "self_harm": [
        "i cut myself{WHEN}{TAIL}",
        "i've been self harming{WHEN}",
        "i self harm to cope{TAIL}",
        "i hurt myself when things get too much",
        "i started cutting again{TAIL}",
        "i burn my arms{TAIL}",
        "i used to self harm but im ok now",
        "i hide my scars with long sleeves",
        "i relapsed last week{TAIL} (sh)",
        "i make myself sick after tea{WHEN}",
        "i've been starving myself{TAIL}",
        "i scratch myself till it bleeds",
        "i punch walls and hit myself when i'm angry",
        "{FRIEND} is cutting herself{TAIL}",
        "{FRIEND} self harms{TAIL}",
        "im 16 and i've been self-harming since i was 12",
        "i cut my arms{WHEN}",
        "been cutting myself{WHEN}",
        "i've got fresh cuts on my legs",
    ],
    "abuse": [
        "{ADULT} hits me{WHEN}{TAIL}",
        "{ADULT} beats me{WHEN}",
        "{ADULT} slaps me{WHEN}{TAIL}",
        "{ADULT} kicks me{WHEN}",
        "{ADULT} touches me{TAIL}",
        "{ADULT} touched me when i was little",
        "{ADULT} hurts me{WHEN}{TAIL}",
        "{ADULT} calls me worthless and a waste of space{WHEN}",
        "{ADULT} throws things at me{WHEN}",
        "there's no food in the house{WHEN} and mum is never home",
        "nobody at home looks after me, i make my own tea and my little brothers",
        "{ADULT} locks me out of the house{WHEN}",
        "i get hit at home{TAIL}",
        "i was sexually abused{TAIL}",
        "{ADULT} abused me{TAIL}",
        "i've got bruises from {ADULT}{TAIL}",
        "{ADULT} grabs me by the neck{WHEN}",
        "i don't feel safe at home{TAIL}",
        "{ADULT} makes me sleep on the floor{WHEN}",
        "i get beaten if i get bad grades",
    ],
    "exploitation": [
        "some older lads make me hold stuff for them{TAIL}",
        "i'm being made to sell weed{TAIL}",
        "i owe them money so i have to do drops for them",
        "they make me run drugs to other towns{TAIL}",
        "a man i met online wants nudes{TAIL}",
        "he's threatening to send my pics to everyone if i don't send more",
        "my boyfriend is 23 and im 15",
        "an older guy keeps giving me money and weed and wants me at his flat",
        "someone on snap keeps asking me for pics and to meet up and says not to tell my mum",
        "i get picked up by older men in cars{TAIL}",
        "they said if i don't carry the package they'll hurt my family",
        "i'm in county lines and can't get out{TAIL}",
        "a guy from insta sent me gifts and now wants me to send photos",
        "i got paid to take a bag to another city and now they won't let me stop",
    ],
    "domestic_abuse": [
        "{PARTNER} hits my mum{WHEN}{TAIL}",
        "{PARTNER} beats my mum{WHEN}",
        "the police came to ours again because {PARTNER} hurt mum",
        "i hide in my room when {PARTNER} starts on mum{TAIL}",
        "i'm scared of {PARTNER}{WHEN}",
        "{PARTNER} strangled my mum last week",
        "{PARTNER} smashes the house up and hurts mum{WHEN}",
        "there's shouting and hitting at home{WHEN}{TAIL}",
        "{PARTNER} threatens to kill mum{WHEN}",
    ],
    "bullying": [
        "i'm getting bullied{WHEN}{TAIL}",
        "i get bullied at school{WHEN}",
        "people at school tell me to kys",
        "they call me names and push me{WHEN}",
        "a group of girls keep spreading rumours about me{TAIL}",
        "they beat me up at the bus stop{TAIL}",
        "i get bullied online{WHEN}{TAIL}",
        "everyone in my class ignores me and laughs at me",
        "they shared a video of me getting hit{TAIL}",
        "kids at school call me racist names{WHEN}",
        "people keep telling me to kill myself on tiktok",
        "they take my dinner money{WHEN}",
        "i'm being bullied because i'm gay{TAIL}",
        "i dont want to go to school because of the bullies{TAIL}",
    ],
    "immediate_danger": [
        "he said he'll hurt me if i tell",
        "they said they'd stab me if i went to the police",
        "he's outside the house now{TAIL}",
        "i'm not safe{TAIL}",
        "i've just taken loads of paracetamol",
        "i'm going to do it tonight",
        "someone is following me home and i'm scared",
        "he's got a knife and said he'll use it on me",
        "i've run away and i'm sleeping at a mate's, i can't go back",
        "i got kicked out and i've got nowhere to go tonight",
        "they're threatening to jump me after school tomorrow",
        "my stepdad said if i tell anyone he'll kill me",
    ],
}

ORDINARY = [
    # idioms and jokes
    "this homework is killing me",
    "i'd kill for a pizza right now",
    "my mum will kill me if i fail my mocks",
    "i nearly died laughing in assembly",
    "revision is killing me lol",
    "i'm dying to go to the concert",
    "my feet are killing me after pe",
    "i'm dead 😂 that was so funny",
    "my dad is going to kill me when he sees my report",
    "i could murder a kebab",
    "we killed it at the talent show",
    "i was bored to death in science",
    "that test nearly killed me",
    "the queue at the doctors was killing me",
    "i'll die if i don't get tickets",
    "kill me now, double maths on friday lol",
    "my brother would kill me if he saw me post this lol",
    "the cold is killing me at the bus stop",
    "i literally died when she said that 😂",
    "to die for, the cookies at lunch",
    "i'm so dead if i miss the bus",
    "this weather is killing me",
    "suicide squad is my favourite film",
    "i hit the gym every day",
    "the bus hit a car",
    "my team got beaten 5-0",
    "we got smashed in the match",
    "i cut my hair short",
    "i cut my finger on a can",
    "my mum cuts my hair",
    "i got hit by a ball in pe",
    "my mates always roast me but its jokes",
    "my sister steals my clothes lol",
    "i hate mondays",
    # topic, not disclosure
    "people get stabbed near the park",
    "there's loads of knife crime round here",
    "a lad got stabbed in town last year",
    "schools should do more about bullying",
    "bullying is a big problem at our school",
    "there should be more support for people who self harm",
    "self harm is really common and nobody talks about it",
    "we did a lesson on domestic abuse in pshe",
    "suicide rates for boys are really high",
    "young people need to know where to go if they are being abused",
    "county lines is a big issue in our area",
    "drug dealers hang around the shops",
    "the news said a girl was groomed in our town",
    "mental health services are rubbish",
    "camhs waiting list is 2 years",
    "more people should learn about consent",
    "grooming happens online a lot",
    "people vape in the toilets",
    "there's lots of fights at the bus station",
    "i feel unsafe walking home in the dark",
    "the street lights are broken on my road",
    "there are needles in the park",
    "gangs hang around the flats",
    "the police never do anything about antisocial behaviour",
    "my friend's brother was in prison",
    "charities should teach about abusive relationships",
    "online bullying needs to be taken seriously",
    # negations and resolved past
    "my dad has never hit me",
    "i'm not suicidal i just get stressed",
    "i don't self harm but i know people who do",
    "i was bullied in year 7 but it's sorted now",
    "i used to get bullied but i moved school and it's much better",
    "i would never hurt myself",
    "nobody hits me at home, i'm lucky",
    "i don't want to die, i just want the stress to stop",
    "i'm safe at home, my mum is great",
    "i'm not being bullied anymore, the teachers sorted it",
    # ordinary life
    "the buses are always late and cost too much",
    "we need more youth clubs",
    "i have asthma and the mould in my room makes it worse",
    "i waited months for a dentist",
    "my school doesn't have a counsellor",
    "i'm stressed about my gcses",
    "there's nothing to do round here",
    "the park needs new swings",
    "i care for my mum and i'm tired all the time",
    "i can't afford the gym",
    "school dinners are too small",
    "i have diabetes and school doesn't get it",
    "my epilepsy meds make me tired",
    "i want more sport in school",
    "social media makes me feel bad about my body",
    "i get anxious in crowds",
    "i feel lonely sometimes",
    "i love the youth club, the staff are amazing",
    "the doctors never listen to young people",
    "we need free bus passes",
    "more mental health support in schools please",
    "i'm worried about money at home",
    "our flat is too small for 5 of us",
    "i want to learn to cook",
    "the library shut down",
    "i'd like a job but there aren't any",
    "my brother has autism and waits ages for help",
    "i feel low a lot and nobody notices",
    "i get panic attacks before exams",
    "i'd like to talk to someone about my anxiety",
    "i'm trans and the gp doesn't understand",
    "racism at school isn't taken seriously",
    "we need cleaner air near the school",
    "idk",
    "nothing really",
    "it's fine",
    "thanks for asking us",
    "more green spaces",
    "better wifi at the library",
]
TOPIC_OPENERS = ["", "", "", "honestly ", "tbh ", "i think ", "Well, ", "for me ", "i reckon "]
ENDINGS = ["", "", "", ".", "!", " lol", " x", " tbh", " idk", ". thanks"]
ORDINARY_SECOND = [
    "",
    "",
    "",
    " also the buses are rubbish",
    " and school is stressful",
    " but the youth club helps",
    " and we need more to do",
    ". my mates agree",
    " and the park is dirty",
    ". otherwise it's ok",
]


# Written after the rules were tuned, and never tuned on: heldout.jsonl is the honest figure.
HELDOUT_CONCERNING = {
    "suicide": [
        "every night i lie awake wanting it to be over for good",
        "i've got a plan for how i'd do it",
        "i said goodbye to my friends in my head today",
        "i googled how many pills it takes",
        "i'd rather be dead than go back to that school",
        "life isn't worth living for me anymore",
        "i don't think i'll be around much longer",
        "nobody would even notice if i was gone",
        "i can't keep going like this, i want out of life",
        "tried to hang myself in the summer",
    ],
    "self_harm": [
        "i pick at my skin till it bleeds when i'm stressed",
        "i've been hurting myself again and hiding it",
        "i use a sharpener blade on my arms",
        "i bang my head on the wall till it hurts",
        "the only thing that helps is when i cut",
        "i make myself throw up most days",
        "my sister has started cutting and mum doesn't know",
        "there's blood on my sleeves from what i do to myself",
    ],
    "abuse": [
        "when i mess up my dad gets his belt out",
        "my stepmum pulls my hair and drags me around",
        "my uncle comes in my room at night",
        "i've got a black eye from my mum",
        "i'm not allowed to eat with the family and get the leftovers",
        "mum's boyfriend watches me in the shower",
        "i haven't had a proper meal in days and the electric is off",
        "my dad punched me in the face last week",
        "my carer shouts that i'm a waste of space and pushes me",
        "my cousin made me do sexual stuff",
    ],
    "exploitation": [
        "some lads gave me a phone and i have to answer it and take stuff places",
        "i've been going to parties with men in their 20s who give us drink",
        "this guy i met on discord wants me to get on a train to see him and not tell anyone",
        "they robbed the stuff i was holding and now they say i have to pay it back",
        "an adult keeps asking for photos of me in my underwear",
        "i was taken to a house in another town to sell",
        "my 'boyfriend' is 26 and gets me to meet his friends",
        "they've got a video of me and say they'll post it",
    ],
    "domestic_abuse": [
        "my dad pushed my mum down the stairs",
        "i have to take my little sister upstairs when they start fighting and he hits her",
        "mum has bruises again and says she fell",
        "he put his hands round mum's neck",
        "we had to go to a refuge because of my dad",
        "my step dad controls all mums money and hurts her",
    ],
    "bullying": [
        "a group at school has made a group chat just to slag me off",
        "they trip me up in the corridor every day",
        "someone made a fake account of me and posts horrible stuff",
        "i eat lunch in the toilets so they can't get me",
        "i get threatened on the way home by kids from my school",
        "they shoved my head in the toilet",
        "girls in my year send me messages saying i should die",
    ],
    "immediate_danger": [
        "i'm writing this from the toilets because he's looking for me",
        "i'm on the bridge right now",
        "my mum's boyfriend said he's going to kill me when she's at work",
        "there's a man with a knife outside our flat",
        "i've locked myself in the bathroom because he's kicking off",
        "i'm 13 and i've been sleeping in a stairwell",
        "i swallowed all my mum's tablets an hour ago",
    ],
}
HELDOUT_ORDINARY = [
    "i'd die of embarrassment if my mum came to school",
    "this wifi is killing me slowly lol",
    "my legs are dead after cross country",
    "i would literally kill to have a day off",
    "killing it in english this term",
    "my mum went mental when i got my ears pierced",
    "we watched a documentary about knife crime",
    "a boy in the news was stabbed in london",
    "there are fights at school but not with me",
    "i know someone who was groomed but she's ok now",
    "i did a project on domestic violence for pshe",
    "suicide prevention should be taught in schools",
    "i want to be a social worker to help abused kids",
    "more posters about childline please",
    "my dad doesn't hit me he just nags",
    "nobody bullies me, i'm one of the popular ones lol",
    "i don't want to die young so i don't vape",
    "i'm not in danger, just bored",
    "my scarf got cut on the bus door",
    "i hurt my ankle at football",
    "my sister punched me for taking her charger lol",
    "the lads at the park are scary but they don't bother me",
    "i'm scared of spiders",
    "i'm scared of failing my exams",
    "i'm worried about the environment",
    "my nan's dog bit me once",
    "i went to a party and it was fun",
    "my boyfriend is 15 like me",
    "i sell cakes at the school fair",
    "i carry my little brother's bag for him",
    "i run the school paper",
    "my older cousin bought me a birthday present",
    "i was upset when my grandad died",
    "the news about the war makes me sad",
    "i feel down in winter",
    "i get headaches from screens",
    "i'd love to go to uni but it costs too much",
    "we need a crossing outside school because cars are dangerous",
    "my mum works nights so i look after my brothers sometimes",
    "my dad lost his job and money is tight",
    "i'm safe and happy at home",
    "there's lots of drugs in our area",
    "people deal outside the chippy",
    "my older brother was in a gang years ago but he's out now",
    "teachers shout too much",
    "the police stopped and searched my mate",
    "my parents argue about money sometimes",
    "i hate my step dad's music",
    "i got detention for nothing",
    "i need help with my maths",
    "can someone help me find a job",
    "help with revision would be good",
]


# Written last, after all tuning, and never tuned on: blind.jsonl. Longer, messier answers.
BLIND_CONCERNING = {
    "suicide": [
        "school is ok i guess but honestly i dont see myself getting to 18",
        "i keep thinking everyone would be happier without me around and i've started believing it",
        "i stockpile my meds just in case",
        "im so tired of everything i just want to sleep and never wake up",
        "i wrote letters to my family for when im gone",
        "last week i stood at the train station thinking about stepping off",
        "nothing matters anymore, i've decided i'm done with life",
        "i want to die and i mean it this time",
    ],
    "self_harm": [
        "i wear a hoodie in pe so no one sees my arms",
        "when it gets too loud in my head i take it out on my body",
        "i've been hurting myself with a compass in lessons",
        "my friend showed me her cuts and i'm worried about her",
        "i burn my skin with hot water so i feel something",
        "i havent eaten properly in weeks on purpose and i'm scared to stop",
        "i self-harm and camhs discharged me",
    ],
    "abuse": [
        "my dad gets angry and i end up with marks where people can't see",
        "i'm scared to go home because of what my mum's partner does when nobody's there",
        "my step dad makes me watch stuff on his phone that makes me feel sick",
        "my mum drinks all day and me and my sister have to find our own food",
        "i get smacked round the head if i answer back",
        "my grandad does stuff to me when i stay over and says it's our secret",
        "they lock the fridge so i can't eat",
        "my dad said he'll put me in care and hits me when i cry",
    ],
    "exploitation": [
        "i met a guy on roblox who says he loves me and wants to pick me up from school",
        "there's lads who pay me to keep stuff in my room for them",
        "i missed school to go to birmingham for some older people and i'm scared",
        "a man at the shop gives me free vapes and said i can pay him back another way",
        "my mate's 'boyfriend' is in his twenties and he's been asking about me too",
        "someone has nudes of me and wants money or he'll send them to my school",
        "i've been getting picked up after school by a car i don't know to do jobs",
    ],
    "domestic_abuse": [
        "my parents fight and dad pinned mum against the wall last night",
        "i have to call the police on my dad when he goes for my mum",
        "my mums boyfriend threw a plate at her head and i had to clean up the blood",
        "my dad won't let mum see her friends and shouts at her till she cries, he pushed her",
        "we have to move all the time so he can't find us",
    ],
    "bullying": [
        "people at school make monkey noises when i walk past",
        "they put my photo in a group chat with nasty comments",
        "i get my head kicked in at the bus stop most weeks",
        "everyone in my year shares memes about me and i don't want to go in",
        "a boy keeps grabbing me in the corridor and his mates laugh",
        "they told everyone i'm gay and now people shout stuff at me",
    ],
    "immediate_danger": [
        "im writing this in the bathroom and he is banging on the door",
        "i'm not going home tonight cos he said he'd finish me off",
        "i took a load of my nan's tablets before coming here",
        "there's a group waiting outside school to jump me",
        "i've got nowhere to stay and it's freezing",
    ],
}
BLIND_ORDINARY = [
    "i'd literally die for a day off school",
    "my little brother is killing me with his noise",
    "i'm dead tired after football",
    "my cousin got stabbed last year, it was in the news but he's fine now",
    "i'm scared of the dark still lol",
    "there was a fight at the bus stop but i walked away",
    "i don't self harm, i go for runs when i'm stressed",
    "my parents split up but they get on fine now",
    "my dad smacked the tv to make it work lol",
    "my mum hit the roof when she saw my phone bill",
    "i carry my inhaler everywhere",
    "i cut down on energy drinks",
    "we learned about county lines in assembly and it was scary",
    "i hate when people make jokes about suicide",
    "the nurse talked to us about consent and online safety",
    "my step dad is actually really nice to me",
    "nobody bullies me but i see it happen",
    "i want to die my hair blue",
    "the teachers are killing us with homework",
    "my sister is getting married and i'm so excited",
    "i'd like more support for young carers",
    "my grandad is in hospital and i'm worried",
    "i've got a boyfriend, he's in my year",
    "my older brother buys me sweets",
    "our house is freezing because heating costs too much",
    "i skip meals to save money for the bus",
    "i'm scared about climate change",
    "the gp said i'm fine",
    "i lost my phone and my mum went mad",
    "people at school vape in lessons",
    "my mate got excluded for fighting",
    "i'm proud of myself for passing maths",
    "there's a lot of pressure on social media to look perfect",
    "youth workers should be paid more",
    "my dog died and i cried for days",
    "i'd kill to be able to afford driving lessons",
]


def fill(template: str) -> str:
    return (
        template.replace("{ADULT}", pick(ADULT))
        .replace("{PARTNER}", pick(PARTNER_OF_MUM))
        .replace("{FRIEND}", pick(FRIEND))
        .replace("{WHEN}", pick(WHEN))
        .replace("{TAIL}", pick(TAIL))
    )


def vary(text: str) -> str:
    text = pick(TOPIC_OPENERS) + text
    r = rng.random()
    if r < 0.3:
        text = text[0].upper() + text[1:]
    elif r < 0.4:
        text = text.replace("i ", "I ").replace("i'", "I'")
    return text + pick(ENDINGS)


def main() -> None:
    rows = []
    for category, templates in CONCERNING.items():
        for _ in range(40):
            context = pick(["", "", "", pick(ORDINARY) + ". ", "school is hard. ", "the youth club is good but "])
            rows.append({"text": vary(context + fill(pick(templates))), "flag": True, "categories": [category]})
    for _ in range(2200):
        rows.append({"text": vary(fill(pick(ORDINARY)) + pick(ORDINARY_SECOND)), "flag": False, "categories": []})
    rng.shuffle(rows)
    OUT.write_text(
        "".join(
            json.dumps({"id": f"sg-{i:04d}", **r, "synthetic": True}, ensure_ascii=False) + "\n"
            for i, r in enumerate(rows)
        )
    )
    print(f"wrote {sum(r['flag'] for r in rows)} concerning and {sum(not r['flag'] for r in rows)} ordinary to {OUT}")

    held = []
    for category, texts in HELDOUT_CONCERNING.items():
        for text in texts:
            for _ in range(2):
                held.append({"text": vary(text), "flag": True, "categories": [category]})
    for _ in range(600):
        held.append({"text": vary(pick(HELDOUT_ORDINARY) + pick(ORDINARY_SECOND)), "flag": False, "categories": []})
    rng.shuffle(held)
    path = OUT.with_name("heldout.jsonl")
    path.write_text(
        "".join(
            json.dumps({"id": f"sgh-{i:04d}", **r, "synthetic": True}, ensure_ascii=False) + "\n"
            for i, r in enumerate(held)
        )
    )
    print(f"wrote {sum(r['flag'] for r in held)} concerning and {sum(not r['flag'] for r in held)} ordinary to {path}")

    blind = [
        {"text": vary(text), "flag": True, "categories": [category]}
        for category, texts in BLIND_CONCERNING.items()
        for text in texts
        for _ in range(2)
    ]
    blind += [
        {"text": vary(pick(BLIND_ORDINARY) + pick(ORDINARY_SECOND)), "flag": False, "categories": []}
        for _ in range(400)
    ]
    rng.shuffle(blind)
    path = OUT.with_name("blind.jsonl")
    path.write_text(
        "".join(
            json.dumps({"id": f"sgb-{i:04d}", **r, "synthetic": True}, ensure_ascii=False) + "\n"
            for i, r in enumerate(blind)
        )
    )
    print(
        f"wrote {sum(r['flag'] for r in blind)} concerning and {sum(not r['flag'] for r in blind)} ordinary to {path}"
    )


if __name__ == "__main__":
    main()
