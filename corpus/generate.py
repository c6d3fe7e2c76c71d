#!/usr/bin/env python3
"""Deterministic generator of synthetic EHC plan corpora for outcomelint.

Writes plans with aspirations and 4-8 outcomes each. The plans cover every
key stage and area of need, and the good and poor patterns the rules know.
The same seed always gives the same bytes. Everything here is written for
the project; no real plan or published example is used.

    python3 corpus/generate.py --outcomes 100000 --seed 7 --format jsonl > corpus.jsonl
    python3 corpus/generate.py --outcomes 1000 --format text > corpus.txt
    python3 corpus/generate.py --plans 500 --format plans > plans.jsonl

Formats:
- jsonl: one outcome per line, {"id", "plan", "area", "phase", "text"};
- text: one outcome per line;
- plans: one plan per line, {"id", "child", "year_group", "phase", "aspirations",
  "outcomes": [{"text", "area"}]}.

How outcomes are built: each one is composed from independent slot choices
(timeframe, subject, action, criterion, context, purpose), and each slot is a
small grammar with alternatives and varied numbers, so the space of distinct
outcomes runs to many billions. About a third are well formed; the rest carry
one or more of the faults the rules know (provision as outcome, service
perspective, vague verbs, no or short or vague timeframe, jargon, absolutes,
low expectations, several outcomes in one, passive support, generic goals, no
purpose). Plans differ in overall quality, as real caseloads do.

Grammar notation used in the tables below:
- [a|b|c]   one of the alternatives (nestable; an empty alternative makes it optional);
- #2-5#     a whole number in the range, as digits;
- ^2-5^     a whole number in the range, as digits or (sometimes) as a word;
- {they} {them} {their} {themself} {s} {es} {are} {have} {do}: pronouns and verb
  endings agreeing with the child's pronoun (he, she, they, or I in
  first-person plans); {subj} {obj} {poss} {Poss} {ss} {sare} {shave}: the
  child as named subject (or I, me, my) with its verb endings.
Only one random.Random(seed) is used, and only through random(), so output
depends on nothing but the seed.
"""
import argparse
import json
import random
import sys

# --------------------------------------------------------------------------
# A tiny grammar: compile "[a|b]", "#m-n#" and "^m-n^" into nested tuples once.

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _parse(text, pos, inside):
    seq = []
    alts = []
    buf = []
    while pos < len(text):
        ch = text[pos]
        if ch == "[":
            if buf:
                seq.append("".join(buf))
                buf = []
            node, pos = _parse(text, pos + 1, True)
            seq.append(node)
            continue
        if inside and ch == "|":
            if buf:
                seq.append("".join(buf))
                buf = []
            alts.append(tuple(seq))
            seq = []
            pos += 1
            continue
        if inside and ch == "]":
            if buf:
                seq.append("".join(buf))
            alts.append(tuple(seq))
            return ("c", tuple(alts)), pos + 1
        if ch in "#^":
            end = text.index(ch, pos + 1)
            low, high = text[pos + 1:end].split("-")
            if buf:
                seq.append("".join(buf))
                buf = []
            seq.append(("n" if ch == "#" else "w", int(low), int(high) - int(low) + 1))
            pos = end + 1
            continue
        buf.append(ch)
        pos += 1
    if inside:
        raise ValueError("unclosed [ in " + text)
    if buf:
        seq.append("".join(buf))
    return tuple(seq), pos


def g(text):
    """Compiles a grammar string."""
    return _parse(text, 0, False)[0]


def gl(items):
    """Compiles a list of grammar strings into one choice."""
    return (("c", tuple(g(item) for item in items)),)


class Writer:
    """Renders compiled grammars with one random source."""

    def __init__(self, seed):
        self.random = random.Random(seed).random

    def pick(self, items):
        return items[int(self.random() * len(items))]

    def chance(self, p):
        return self.random() < p

    def render(self, seq):
        out = []
        self._render(seq, out)
        return "".join(out)

    def _render(self, seq, out):
        rnd = self.random
        for node in seq:
            if node.__class__ is str:
                out.append(node)
            elif node[0] == "c":
                alts = node[1]
                self._render(alts[int(rnd() * len(alts))], out)
            else:
                value = node[1] + int(rnd() * node[2])
                if node[0] == "w" and value <= 10 and rnd() < 0.3:
                    out.append(NUMBER_WORDS[value])
                else:
                    out.append(str(value))


# --------------------------------------------------------------------------
# People.

BOYS = """Oliver Jack Harry George Noah Jacob Alfie Freddie Oscar Leo Logan Archie Theo Joshua Ethan
Thomas James William Max Dylan Lewis Callum Kieran Connor Liam Ryan Aaron Reece Kyle Owen Rhys Dafydd
Gethin Ieuan Cai Osian Tomos Aled Euan Fraser Hamish Angus Ruaridh Finlay Cillian Oisín Darragh Cian
Seán Pádraig Ciarán Mohammed Muhammad Ahmed Ali Omar Yusuf Ibrahim Hamza Bilal Zain Ayaan Rayyan Idris
Harun Arjun Rohan Aarav Vihaan Kabir Dev Nikhil Rahul Sanjay Kwame Kofi Kwabena Chidi Chinedu Emeka
Tunde Femi Kayode Jermaine Tyrone Marcus Andre Malachi Isaiah Elijah Nathaniel Jayden Tyler Reuben
Jakub Kacper Szymon Filip Mateusz Dawid Luca Matteo Marco Tiago Rafael João Diego Mihai Andrei Luka
Ivan Dmitri Lukas Jonas Wei Jun Hao Minh Tuan Kenji Suleiman Abdi Mahad Abdirahman Ayub Yonatan Eli
Samuel Benjamin Daniel Joseph Isaac Harvey Louie Stanley Albie Reggie Ronnie Teddy Arthur Tommy Mason
Brandon Bradley Declan Patrick Michael Gabriel Rory Finn Ollie Alexander Sebastian Hugo Felix Jasper
Rufus Ezra Jude Caleb Zachary Ewan Calum Keanu Devon Tariq Imran Nasir""".split()
GIRLS = """Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Florence Emily
Ella Poppy Evie Sienna Daisy Phoebe Matilda Harriet Lucy Chloe Megan Bethany Jade Kayleigh Courtney
Shannon Leah Holly Abbie Keeley Demi Tia Nia Seren Cerys Ffion Carys Bethan Efa Mali Eilidh Kirsty
Morven Iona Mhairi Ailsa Niamh Aoife Saoirse Ciara Róisín Orla Siobhan Caoimhe Aisha Fatima Maryam
Zainab Khadija Amina Hafsa Safiya Inaya Hana Layla Noor Yasmin Sana Zara Aaliyah Priya Ananya Aditi
Diya Isha Kavya Meera Nisha Simran Harleen Amara Chioma Adaeze Ngozi Folake Temi Abena Efua Esi
Shanice Tanisha Keisha Jada Imani Nadia Zuzanna Zofia Julia Maja Natalia Oliwia Wiktoria Hanna Alicja
Ioana Elena Daria Anastasia Sofia Giulia Chiara Beatriz Inês Mariana Lucía Mei Xin Linh Yuki Hodan
Ayan Ifrah Sagal Naima Hawa Rebecca Hannah Esther Miriam Charlotte Eleanor Alice Maisie Millie Ruby
Scarlett Elsie Ada Edie Nancy Lexi Macy Paige Katie Ellie Amber Jasmine Tilly Zoë Siân Lowri Kacey
Precious Destiny Tanvi Rukhsana Shabnam""".split()
EITHER = """Alex Sam Charlie Jordan Morgan Riley Frankie Ellis Robin Jesse Avery Rowan Sasha Remi Ari
Kit Jules Ashley Taylor Casey Jamie Harley Eden Quinn Drew Bailey Reese Kiran Harjit Gurpreet
Manpreet Jaspreet Nicky Billie Jo Sol Tobi Dani Ola Olamide Noa Arin""".split()

HE = {"they": "he", "them": "him", "their": "his", "themself": "himself",
      "s": "s", "es": "es", "are": "is", "have": "has", "do": "does"}
SHE = {"they": "she", "them": "her", "their": "her", "themself": "herself",
       "s": "s", "es": "es", "are": "is", "have": "has", "do": "does"}
THEY = {"they": "they", "them": "them", "their": "their", "themself": "themselves",
        "s": "", "es": "", "are": "are", "have": "have", "do": "do"}
FIRST = {"they": "I", "them": "me", "their": "my", "themself": "myself",
         "s": "", "es": "", "are": "am", "have": "have", "do": "do",
         "subj": "I", "obj": "me", "poss": "my", "Poss": "My", "ss": "", "sare": "am", "shave": "have"}


def person_words(name, pronoun_set, first_person):
    if first_person:
        return dict(FIRST, name=name)
    words = dict(pronoun_set)
    words.update(name=name, subj=name, obj=name, poss=name + "'s", Poss=name + "'s",
                 ss="s", sare="is", shave="has")
    return words


# --------------------------------------------------------------------------
# Phases, year groups and timeframes.
# Year groups: -1 nursery, 0 Reception, 1-13 school years, 14 a third year at college.

PHASES = [
    # (phase, year groups, band for choosing activities)
    ("early-years", (-1, 0), "E"),
    ("ks1", (1, 2), "P"),
    ("ks2", (3, 4, 5, 6), "P"),
    ("ks3", (7, 8, 9), "S"),
    ("ks4", (10, 11), "S"),
    ("post-16", (12, 13, 14), "C"),
]
STAGE_ENDS = {
    0: ["the Early Years Foundation Stage", "the Foundation Stage", "{their} Reception year", "Reception"],
    2: ["Key Stage 1", "Key Stage 1", "Key Stage 1", "KS1"],
    6: ["Key Stage 2", "Key Stage 2", "Key Stage 2", "KS2"],
    9: ["Key Stage 3", "Key Stage 3", "Key Stage 3", "KS3"],
    11: ["Key Stage 4", "Key Stage 4", "Key Stage 4", "KS4"],
}
TRANSITIONS = {
    0: ["by the time {they} start{s} Year 1", "by the time {they} move{s} up to Year 1"],
    2: ["by the time {they} move{s} into Key Stage 2", "by the time {they} leave{s} the infants",
        "by the time {they} start{s} Year 3"],
    6: ["by the time {they} leave{s} primary school", "by the time {they} start{s} secondary school",
        "before {they} move{s} on to secondary school", "by the time {they} transfer{s} to secondary school"],
    9: ["by the time {they} start{s} Year 10", "by the start of {their} GCSE courses"],
    11: ["by the time {they} leave{s} school", "by the end of {their} GCSE year", "before {they} start{s} college",
         "by the time {they} finish{es} Year 11"],
}
CURRENT_SCHOOL_YEAR_ENDS = 2027  # plans are dated in the 2026-27 school year
COURSE_TIMEFRAMES = [
    "by the end of {their} [college course|course|study programme|two-year course|three-year course|"
    "supported internship|time at college|Level 1 course|Entry Level course|foundation learning course]",
    "by the time {they} leave{s} [college|sixth form|the sixth form|{their} specialist college]",
    "before {they} finish{es} college",
    "by the age of [19|20|21|21|23|25]",
]


def _timeframes_for(year):
    out = []
    first = max(year + 1, 0)
    for target in range(first, min(year + 4, 14)):
        ahead = target - year
        weight = 3 if ahead <= 2 else 1
        items = []
        if target == 0:
            items.append("by the end of [Reception|the Reception year|{their} year in Reception]")
        elif target <= 13:
            items.append("by the end of Year %d" % target)
            items.append("by the end of the summer term in Year %d" % target)
        if target in STAGE_ENDS:
            items.append("by the end of [%s]" % "|".join(STAGE_ENDS[target]))
            items.append("by the end of [%s]" % "|".join(STAGE_ENDS[target]))
        items.extend(TRANSITIONS.get(target, []))
        if 1 <= target <= 12:
            items.append("by the start of Year %d" % (target + 1))
        items.append("by the age of %d" % (target + 5))
        year_end = CURRENT_SCHOOL_YEAR_ENDS + ahead
        items.append("by [July|the end of July|the summer of|the end of the summer term] %d" % year_end)
        if ahead == 1:
            items.append("by the end of [the next school year|next school year|the next academic year]")
        if ahead == 2:
            items.append("[within the next two years|within two years|in two years' time]")
        out.extend(items * weight)
    if year >= 12:
        out.extend(COURSE_TIMEFRAMES * 4)
        out.append("by [July|the summer of] %d" % (CURRENT_SCHOOL_YEAR_ENDS + 1 + (year == 12)))
    if year >= 11:
        out.append("by the age of [18|19|19|20]")
    return gl(out)


TIMEFRAMES = {year: _timeframes_for(year) for year in range(-1, 15)}
SHORT_TIMEFRAMES = gl([
    "by half term", "by the [October|February|May] half term", "by the end of [this|the autumn|the spring] term",
    "within [#4-10#|six|eight] weeks", "by Christmas", "by Easter", "by the next review",
    "by {their} next annual review", "by the end of term", "within a term", "over the next few weeks",
    "in the next [#2-5#|few] months", "by the end of next month", "in the next [half term|six weeks]",
])
VAGUE_TIMEFRAMES = gl([
    "in the future", "eventually", "over time", "in time", "one day", "as {they} get{s} older",
    "when {they} {are} ready", "in due course", "in the longer term", "over the coming years",
])

# --------------------------------------------------------------------------
# Areas of need. Each activity: (bands, criterion kinds, action, contexts, purposes).
# Bands: E early years, P primary, S secondary, C college/post-16.
# Criterion kinds: f frequency, p proportion, d duration, i independence; "" when the
# action carries its own. A purpose starting with "!" is a clause ("so that {their}
# friends ..."), otherwise a verb phrase ("so that {they} can ...", "in order to ...").

PEER = "[a classmate|a friend|another child|a peer|a group of friends|someone in {their} class]"
ADULT = "[a familiar adult|{their} teacher|a member of staff|{their} key worker|a trusted adult|an adult]"

AREAS = {
    "communication-interaction": {
        "activities": [
            ("EP", "pfi",
             "ask " + ADULT + " for help [using a [short|simple|two-word|three-word|full] sentence|using "
             "[signs|symbols|{their} communication book|{their} talker]|by putting up {their} hand and waiting]",
             "[in class|in {their} classroom|during group work|when {they} get{s} stuck on a task|in literacy "
             "and maths lessons|at the start of a new task]",
             ["get the help {they} need{s} without becoming upset", "carry on with {their} learning",
              "keep up with {their} classmates", "finish {their} work alongside {their} friends",
              "!{they} {do} not sit waiting for help"]),
            ("EPS", "pfi",
             "[start|begin] a conversation with [a classmate|a peer|a friend|someone new|a group of friends"
             "|an adult {they} know{s}] [and take at least ^2-4^ turns|and keep it going for ^3-6^ turns|by "
             "asking a question|about something {they} {are} interested in]",
             "[at playtime|at lunchtime|in the playground|at break time|in the dining hall|at {their} "
             "after-school club|during free play]",
             ["make and keep friends", "join in games with other children", "spend social times with "
              "friends rather than alone", "!{their} friendships at school can grow", "!other children get "
              "to know {them}"]),
            ("EP", "pi",
             "[follow|carry out] a [two-part|three-part|two-step|three-step|spoken] instruction [given to the "
             "whole class|from {their} teacher|that includes a time word|without needing it repeated]",
             "[during PE|at tidy-up time|in practical lessons|during carpet time|in the classroom|in "
             "science lessons]",
             ["take part in lessons alongside {their} classmates", "start tasks at the same time as {their} "
              "peers", "join in with class routines", "!adults do not need to repeat instructions for {them}"]),
            ("EPS", "fpi",
             "tell [a familiar adult|{their} key worker|{their} teacher|{their} mentor|a trusted adult|"
             "{their} parents] [how {they} feel{s}|what {they} want{s}|what {they} did at the weekend|about "
             "something that has happened|what {they} need{s}] using [{their} communication book|signs and "
             "symbols|spoken sentences|{their} communication app|a choice board|photographs]",
             "[each morning|at the end of each day|at home time|when something has upset {them}|during "
             "registration|at the end of each session]",
             ["!the adults around {them} know what {they} need{s}", "!{their} needs are met quickly",
              "share {their} day with {their} family", "get help before small worries grow"]),
            ("EPSC", "pi",
             "answer [who, what and where|simple 'who' and 'what'|'why' and 'how'|open] questions about [a "
             "story|a short text|a video clip|a picture|something {they} {have} just heard|the topic in class]",
             "[in small-group work|in guided reading|during story time|in class discussions|in one-to-one "
             "reading sessions|in lessons]",
             ["show what {they} {have} understood", "take part in class discussions", "share books and "
              "stories with others", "!{their} teachers can see what {they} know{s}"]),
            ("E", "fpi",
             "use [^2-3^-word|^3-4^-word|short] sentences to [make a request|ask for what {they} want{s}|"
             "comment on what {they} {are} doing|describe a picture|tell an adult about {their} play]",
             "[during snack time|in the role-play area|at circle time|in the nursery garden|at home|at {their} "
             "childminder's|at nursery|at pre-school]",
             ["be understood by adults and other children", "join in play with other children",
              "!people outside {their} family can understand {them}", "make choices about {their} day"]),
            ("SC", "fi",
             "[explain|describe] to [a new member of staff|a new teacher|{their} tutor|an employer|a college "
             "lecturer|a supply teacher] [{their} needs|what helps {them} learn|how {they} like{s} to be helped|"
             "the adjustments {they} need{s}]",
             "[at the start of a new course|when {they} meet{s} new staff|in {their} review meetings|during "
             "{their} work placement|in transition meetings]",
             ["get the right help without waiting", "speak up for {themself}", "take a full part in {their} "
              "course", "!new staff know how to help {them}"]),
            ("PS", "pfi",
             "take turns in a [group conversation|class discussion|game|paired task] [by waiting for a gap "
             "before speaking|by listening and then adding an idea|without talking over others]",
             "[in small-group lessons|in tutor time|at lunch club|in English lessons|in drama]",
             ["work well with other students", "join group projects", "be included by {their} classmates",
              "!other students want to work with {them}"]),
            ("EP", "fpi",
             "use [{their} communication book|Makaton signs|picture symbols|{their} eye-gaze board|objects of "
             "reference|{their} voice output device] to make [a choice|two choices|a request|a comment] "
             "[between two activities|at snack time|about what to play|about what to eat]",
             "[during choosing time|at home|in the classroom|at nursery|in the sensory room]",
             ["show adults what {they} like and dislike", "have more say over {their} day",
              "!adults know what {they} want{s} without guessing"]),
            ("SC", "fi",
             "[make a phone call|send a text message|write an email|leave a voicemail] to [ask a question|"
             "arrange an appointment|let someone know that {they} {are} running late|contact {their} tutor]",
             "[at college|at home|on {their} work placement|in the community]",
             ["keep in touch with people who matter to {them}", "sort out {their} own arrangements",
              "let people know when plans change"]),
            ("PSC", "pi",
             "[listen to|follow] a [short talk|presentation|set of spoken instructions] and [recall|repeat "
             "back|note down] [^2-3^ key points|the main idea|what {they} need{s} to do next]",
             "[in assemblies|in lessons|in workshops|in small-group sessions|in practical sessions]",
             ["know what is expected of {them}", "start work without waiting for help", "keep up with "
              "{their} classmates"]),
            ("EPS", "fi",
             "greet [familiar adults|{their} friends|visitors|staff] [by name|with eye contact or a wave|with "
             "a spoken 'hello']",
             "[when {they} arrive{s} at {venue}|at the classroom door|in the morning|{place}|"
             "when {they} go{es} into the office]",
             ["build friendly relationships with people around {them}", "become a known part of {their} "
              "school community", "!people get to know {them}"]),
        ],
        "vague": ["{their} [communication|speaking and listening|social communication|language] skills",
                  "{their} vocabulary", "{their} confidence in speaking", "{their} interaction with peers",
                  "{their} listening skills", "{their} conversation skills"],
        "know": ["how to [take turns in conversation|listen to others|ask for help|join in with a group]",
                 "the rules of conversation", "when to use {their} communication book", "what other "
                 "people are feeling", "why it is important to listen", "the meaning of new topic words"],
        "skills": ["{their} speech and language", "{their} communication", "{their} social skills",
                   "{their} listening and attention", "{their} vocabulary"],
        "staff": ["The speech and language therapist", "The SALT", "The communication support worker"],
        "services": ["speech and language therapy", "SALT", "a social communication group",
                     "Lego therapy", "an attention and listening group", "a language group"],
        "purposes": ["be understood by people outside {their} family", "make {their} wishes known",
                     "take part in conversations with friends"],
        "jargon": ["in {their} SALT sessions", "using {their} PECS book", "to develop {their} expressive "
                   "language", "using {their} AAC device", "to support {their} receptive language",
                   "despite {their} SLCN", "as set out in {their} SLT report", "to improve {their} pragmatics"],
    },
    "cognition-learning": {
        "activities": [
            ("PS", "fpi",
             "read [a short book|a book at {their} level|a short passage|a page of a familiar book|a short "
             "news article|the instructions for a task] aloud [accurately|with fewer than ^3-5^ errors|at a "
             "steady pace]",
             "[to a familiar adult|in guided reading|to a reading buddy|at home with {their} family|in "
             "English lessons|in the library]",
             ["read stories on {their} own at home", "read to {their} younger brother", "read to {their} "
              "younger sister", "use reading to find things out", "follow written instructions in other "
              "lessons"]),
            ("P", "pi",
             "read [^20-50^|^20-50^ common|^10-30^ high-frequency] words on sight",
             "[in {their} reading book|in class|in guided reading|on labels around the classroom|at home]",
             ["read simple books on {their} own", "read signs and labels around school", "join in shared "
              "reading with {their} class"]),
            ("PS", "fi",
             "write [^3-5^ sentences|a short paragraph|a short recount|a simple story|a set of instructions] "
             "about [{their} weekend|a topic {they} {have} chosen|a school trip|a book {they} {have} read|"
             "something {they} {have} made] using [capital letters and full stops|joining words such as 'and' "
             "and 'because'|a word bank|a writing frame|a laptop]",
             "[in English lessons|in literacy lessons|in {their} topic book|in homework tasks|in {their} "
             "writing journal]",
             ["share {their} ideas in writing", "!others can read and enjoy {their} writing",
              "!{their} teachers can see what {they} know{s}", "record {their} learning in all subjects"]),
            ("P", "pi",
             "[add and subtract|count|order|compare] numbers [to 10|to 20|to 50|to 100|up to 1,000] [using a "
             "number line|using objects|in {their} head|using a hundred square]",
             "[in maths lessons|in practical activities|in shop role-play|in number games]",
             ["work out change when buying a snack", "join in maths lessons with {their} class", "count out "
              "items when helping at home", "play board games with {their} family"]),
            ("SC", "pi",
             "[use|count out] [money|coins and notes] to pay for [items costing up to £#5-20#|a meal|a bus "
             "ticket|a snack] and check {their} change",
             "[in the school café|at the local shop|in the college canteen|at the supermarket|in the "
             "community]",
             ["buy what {they} need{s} on {their} own", "look after {their} own spending money",
              "!{they} can go shopping with friends"]),
            ("EPS", "d",
             "[carry out|keep going with|complete] [an adult-led task|a task on {their} own|a written task|a maths "
             "activity|a reading task] [using {their} visual timetable|with a now-and-next board|using a task "
             "checklist|]",
             "[in class|at {their} work station|in small-group work|in lessons]",
             ["complete {their} work alongside {their} classmates", "learn in class with {their} peers",
              "!{they} spend{s} more of the day learning"]),
            ("PSC", "pi",
             "tell the time [to the hour and half hour|to five minutes|on an analogue clock|on a digital "
             "clock] and use it to [know when break starts|catch {their} bus|be ready for {their} next "
             "lesson|get to {their} next activity on time]",
             "[at school|at home|at college|during the school day]",
             ["organise {their} own day", "be on time for the things {they} want{s} to do",
              "!{they} {do} not rely on adults to tell {them} when to move"]),
            ("SC", "fi",
             "use [a spell checker|speech-to-text software|a reading pen|a laptop|mind maps|a planning frame] "
             "to [complete|plan|write up] [homework|coursework|an extended answer|a piece of writing]",
             "[in lessons|at home|in {their} study periods|in the library|in practice exams]",
             ["show what {they} know{s} in writing", "complete {their} GCSE coursework", "keep up with the "
              "work in {their} courses", "work towards {their} qualifications"]),
            ("PS", "pi",
             "spell [^10-30^|the ^10-30^] [common exception words|words from {their} topic list|"
             "high-frequency words|words from {their} year group list] correctly",
             "[in {their} writing|in weekly checks|in dictation|in {their} own writing]",
             ["write notes and cards to {their} family", "!{their} writing can be read by others",
              "write with fewer corrections"]),
            ("E", "fi",
             "[join in with|sing along to|do the actions to] [familiar songs and rhymes|counting songs|a story "
             "with repeated phrases]",
             "[at group time|at circle time|at nursery|at home with {their} family|at {their} pre-school]",
             ["take part in group times with other children", "build the early language {they} need{s} for "
              "school", "share songs with {their} family"]),
            ("E", "pi",
             "[match|sort|name] [^3-6^ colours|^3-5^ shapes|objects by size|pictures of everyday objects]",
             "[in play|at the table-top activity|during tidy-up time|at nursery|at home]",
             ["join in early maths activities with {their} friends", "help to tidy away toys into the right "
              "places", "be ready for learning in Reception"]),
            ("SC", "fi",
             "[organise|plan] {their} [homework|coursework deadlines|week|revision] using [a planner|a "
             "calendar on {their} phone|a weekly checklist|a visual planner]",
             "[at school|at home|at college|in tutor time]",
             ["hand work in on time", "keep on top of {their} courses", "!{they} {are} less worried about "
              "deadlines"]),
            ("PSC", "pi",
             "find information in [a non-fiction book|a website|a bus timetable|a leaflet|a menu] to answer "
             "[a question|^2-3^ questions|a practical problem]",
             "[in lessons|in the library|in research tasks|in {their} independent study time]",
             ["carry out {their} own research", "plan journeys and outings", "make informed choices"]),
            ("PS", "pi",
             "solve [one-step|two-step] word problems [involving money|involving time|involving measures|"
             "using a bar model]",
             "[in maths lessons|in practical tasks|in homework]",
             ["use maths in everyday life", "move on to the next stage of the maths curriculum",
              "work out costs when shopping"]),
        ],
        "vague": ["{their} reading and writing", "{their} literacy skills", "{their} phonics",
                  "{their} maths skills", "{their} handwriting", "{their} number skills",
                  "{their} comprehension", "{their} spelling"],
        "know": ["number bonds to [10|20]", "{their} times tables", "the value of coins", "how to use "
                 "full stops and capital letters", "the sounds letters make", "place value", "how "
                 "stories are structured", "the days of the week and months of the year"],
        "skills": ["{their} reading", "{their} spelling", "{their} writing", "{their} number work",
                   "{their} phonics", "{their} maths", "{their} attention"],
        "staff": ["The specialist teacher", "The educational psychologist", "The literacy lead"],
        "services": ["precision teaching", "a phonics intervention", "a reading recovery programme",
                     "small-group maths", "an individual literacy programme", "a memory skills group"],
        "purposes": ["use these skills in everyday life", "keep up with the learning in {their} class"],
        "jargon": ["to develop {their} phonological awareness", "to support {their} working memory",
                   "as recommended by the EP", "through QFT", "with differentiated resources",
                   "to support {their} executive functioning", "using overlearning",
                   "because of {their} MLD"],
    },
    "semh": {
        "activities": [
            ("PSC", "pf",
             "use [{their} calm card|a time-out card|{their} exit pass|{their} traffic-light card|an agreed "
             "signal] to [leave the room|ask for a break|go to {their} safe space|let an adult know] when "
             "{they} feel{s} [upset|angry|overwhelmed|worried|anxious]",
             "[in lessons|during the school day|in busy spaces|at college|in class]",
             ["return to learning within ^5-15^ minutes", "stay safe and calm", "get back to {their} work "
              "quickly", "!small upsets do not turn into bigger ones"]),
            ("EPS", "fd",
             "join [a small-group game|a game with ^2-4^ other children|a team game|a board game with a "
             "friend] and [follow the rules|take turns|stay until the end|cope with losing]",
             "[at break time|at lunchtime|in the playground|at {their} after-school club|in PE]",
             ["play with friends", "!{they} {are} included in games at playtime", "make friends with "
              "children in {their} class"]),
            ("PSC", "fpi",
             "name [^2-4^ feelings|how {they} {are} feeling|{their} worries] and [one thing that helps|two "
             "things that help|a strategy that helps] with each [one|feeling|worry]",
             "[with {their} mentor|at check-in time|with a trusted adult|at the end of the day|at home]",
             ["ask for the right help", "get through difficult moments", "!adults know how best to help "
              "{them}"]),
            ("EPSC", "pf",
             "[move|make the change] from [one activity to the next|break time back to class|the playground "
             "into class|one lesson to the next|lunch back into lessons] [calmly|within ^2-5^ minutes|using {their} "
             "visual timetable|without becoming distressed]",
             "[during the school day|{place}|{place}|on trips out]",
             ["spend more time learning", "!changes in the day do not upset {them}", "be ready to start "
              "lessons with {their} class"]),
            ("PSC", "",
             "attend [{venue}|{venue}|{their} lessons|{their} tutor group] [on time|] [on at least ^3-4^ days a "
             "week|for #85-95#% of sessions|every morning]",
             "[|over each half term|each term]",
             ["keep up with {their} learning", "see {their} friends every day", "!{they} can take "
              "{their} exams with {their} year group"]),
            ("SC", "fpi",
             "[use|choose] a [breathing exercise|calming strategy|grounding exercise|{their} headphones and "
             "music] when {they} notice{s} {they} {are} becoming [anxious|stressed|angry]",
             "[in lessons|before tests|on the bus|at college|in busy places]",
             ["stay in lessons", "keep going with {their} day", "!anxiety does not stop {them} from learning"]),
            ("PSC", "fpi",
             "respond calmly to [a 'no'|a change to {their} routine|feedback on {their} work|an adult's "
             "request|a correction from {their} teacher]",
             "[in lessons|at home|at school|at college|on {their} placement]",
             ["stay in class and keep learning", "keep good relationships with staff", "!{their} day is not "
              "knocked off course"]),
            ("E", "fd",
             "[play alongside|share toys with|take turns with] [another child|a friend|^2-3^ other children]",
             "[at nursery|in the home corner|in the sand tray|at pre-school|at {their} childminder's]",
             ["make friends", "take part in group play", "!nursery is a happy place for {them}"]),
            ("SC", "f",
             "[take part in|join] [a lunchtime club|an after-school club|a youth group|a college enrichment "
             "activity|a sports team] [of {their} choice|with a friend|]",
             "[at school|at college|in {their} local area|]",
             ["make friends who share {their} interests", "spend time with people {their} own age",
              "!{they} {have} things to look forward to in the week"]),
            ("PSC", "fpi",
             "sort out [a falling-out|a disagreement|an argument] with a [friend|classmate|peer] by [talking it "
             "through|saying sorry|using the steps {they} {have} practised|finding a compromise]",
             "[at school|in the playground|in class|at college|online]",
             ["keep {their} friendships", "!arguments do not get out of hand", "get on well with others"]),
            ("EPSC", "fi",
             "[come|walk] into [class|{venue}|the building] [calmly|and settle to a task|and hang up {their} "
             "coat] [at the start of the day|after a short check-in|]",
             "[|each morning|after lunch]",
             ["start the day ready to learn", "!mornings are calmer for {them} and {their} family",
              "join {their} class for the first lesson"]),
            ("SC", "",
             "stay in [lessons|class|{their} timetabled sessions] [for the whole lesson|for at least #30-50# "
             "minutes|for the full session] on [^3-4^ out of 5 days|most days each week]",
             "[|at school|at college]",
             ["learn alongside {their} classmates", "complete {their} courses", "!{they} {do} not miss "
              "important learning"]),
        ],
        "vague": ["{their} self-esteem", "{their} resilience", "{their} emotional wellbeing",
                  "{their} relationships with peers", "{their} social skills", "{their} turn-taking",
                  "{their} coping strategies", "{their} friendship skills"],
        "know": ["how to manage {their} emotions", "{their} feelings", "what makes {them} anxious",
                 "the school rules", "the consequences of {their} behaviour", "strategies to cope with "
                 "anxiety", "how {their} actions affect others", "when {they} need{s} a break"],
        "skills": ["{their} friendship skills", "{their} self-esteem", "{their} calming strategies",
                   "{their} emotional wellbeing", "{their} social skills", "{their} resilience"],
        "staff": ["The learning mentor", "The ELSA", "The school counsellor", "The pastoral lead"],
        "services": ["ELSA sessions", "a nurture group", "counselling", "mentoring", "a lunchtime social "
                     "group", "play therapy", "CAMHS"],
        "purposes": ["spend more of the day learning", "keep {their} friendships going"],
        "jargon": ["when {they} {are} dysregulated", "in {their} ELSA sessions", "to support {their} "
                   "emotional regulation", "using co-regulation", "to avoid meltdowns", "with CAMHS input",
                   "as set out in {their} PBS plan", "to reduce {their} hypervigilance"],
    },
    "sensory-physical": {
        "activities": [
            ("EPS", "fi",
             "[dress and undress|get changed] for [PE|swimming|a games lesson] [managing {their} own buttons "
             "and zips|within ^5-10^ minutes|]",
             "[in the changing room|at school|at the leisure centre]",
             ["join PE lessons on time with {their} class", "!{they} {do} not miss the start of the lesson",
              "take part in sport with {their} friends"]),
            ("PSC", "fi",
             "[walk|move] [between lessons|around the school building|from the classroom to the hall|around "
             "the site|across the playground] [with {their} walking frame|using {their} sticks|in "
             "{their} wheelchair|safely]",
             "[|during the school day|at busy times|at lesson changes]",
             ["move around school with {their} friends", "get to lessons on time", "join in with playtime"]),
            ("PSC", "fpi",
             "[wear {their} hearing aids|use {their} radio aid|wear {their} glasses] and ask for [things to "
             "be repeated|a clearer explanation|the words to be written down] when {they} {have}n't heard",
             "[in class|in assemblies|in group work|at college|in noisy rooms]",
             ["follow what is said in lessons", "join in with conversations", "!{they} {do} not miss "
              "instructions"]),
            ("EP", "fi",
             "[[hold a pencil|hold a pen|use a chunky crayon] [correctly|with a comfortable grip|] to [write "
             "{their} name|draw a picture of {their} family|copy ^3-6^ letters|trace shapes]|use a pair of "
             "scissors safely to cut along a [straight|curved|zigzag] line|use a knife and fork to cut up "
             "{their} food|use a spoon to eat {their} lunch]",
             "[at the writing table|at lunchtime|in class|at home|in art]",
             ["take part in the same activities as {their} friends", "eat lunch with {their} friends",
              "show {their} ideas on paper"]),
            ("EPSC", "fi",
             "[eat {their} lunch|eat {their} snack|eat a meal|drink from an open cup] [safely|at a steady pace|"
             "sitting upright|]",
             "[sitting with {their} friends|in the dining hall|at the lunch table|in the canteen]",
             ["enjoy mealtimes with others", "stay healthy and well", "!lunchtimes are a social time for "
              "{them}"]),
            ("PSC", "d",
             "use {their} [ear defenders|quiet workstation|sensory tools|fidget toy] to stay in [busy spaces|"
             "assemblies|the dining hall|noisy lessons]",
             "[at school|at college|on trips|in the hall]",
             ["join events with {their} year group", "!noise does not stop {them} taking part", "stay with "
              "{their} class"]),
            ("SC", "f",
             "[carry out|complete] {their} own [stretches|exercise routine|daily exercises]",
             "[at home|at school|in the gym|before school]",
             ["stay comfortable and mobile", "keep {their} muscles strong", "!{they} can move more easily "
              "around school"]),
            ("EPSC", "fi",
             "use the toilet [when {they} need{s} to|at set times] and wash {their} hands",
             "[{place}|{place}|on trips]",
             ["stay clean and comfortable", "go on trips and outings", "!{they} {are} not embarrassed in "
              "front of friends"]),
            ("PS", "d",
             "[write|type] [a paragraph|a page|{their} answers] [using {their} writing slope|using a laptop|"
             "using {their} typing skills] without [pain in {their} hands|stopping to rest]",
             "[in English lessons|in class|in tests|in homework]",
             ["record {their} ideas in all lessons", "keep up with the pace of lessons", "show what {they} "
              "know{s} in writing"]),
            ("PSC", "fpi",
             "[find {their} way|move] [around school|to {their} classes|to the "
             "dining hall|around the building] using [{their} cane|tactile markers|landmarks|a large-print map]",
             "[|at lesson changes|at busy times]",
             ["get to lessons without an adult", "move around with {their} friends", "!{they} can choose "
              "where to go at break"]),
            ("EPSC", "fi",
             "[ride|use] [a bike|a trike|a scooter|the climbing frame|the playground equipment|the gym "
             "equipment] [safely|alongside {their} friends]",
             "[in the playground|at the park|at the leisure centre|at home]",
             ["play with {their} friends outside", "keep fit and active", "join in with family outings"]),
            ("PSC", "fi",
             "carry {their} [lunch tray|bag and coat|equipment] [between lessons|from the counter to a table|"
             "to the classroom]",
             "[at school|at college|in the canteen]",
             ["move around school like {their} friends", "!{they} {do} not need an adult at lunchtime",
              "get to lessons on time"]),
        ],
        "vague": ["{their} fine motor skills", "{their} gross motor skills", "{their} coordination",
                  "{their} core strength", "{their} balance", "{their} mobility", "{their} self-care skills",
                  "{their} pencil control"],
        "know": ["{their} sensory needs", "how to look after {their} hearing aids", "when {they} need{s} "
                 "a movement break", "how to keep {their} body safe", "the routine for getting changed",
                 "what {their} equipment is for"],
        "skills": ["{their} fine motor skills", "{their} handwriting", "{their} balance",
                   "{their} coordination", "{their} mobility", "{their} core strength"],
        "staff": ["The occupational therapist", "The physiotherapist", "The OT", "The teacher of the deaf"],
        "services": ["occupational therapy", "physiotherapy", "OT", "a sensory circuit", "a motor skills "
                     "group", "sessions with the visual impairment team", "hearing support"],
        "purposes": ["take part in the same activities as {their} friends", "be as independent as "
                     "possible around school"],
        "jargon": ["to develop {their} proprioceptive skills", "using {their} sensory diet", "to support "
                   "{their} bilateral coordination", "to improve {their} core stability", "as set out by "
                   "the OT", "because of {their} hypermobility", "to support {their} vestibular needs",
                   "with input from the QTVI"],
    },
    "preparing-for-adulthood": {
        "activities": [
            ("SC", "fi",
             "[complete|attend] [a weekly shift|{their} weekly session|a half-day] at {their} [work "
             "placement|supported internship|volunteering role|work experience placement] [arriving on time|"
             "following the rota|in the right clothes|]",
             "at [a garden centre|a café|a supermarket|a charity shop|the local library|a care home|an animal "
             "rescue centre|a bike repair shop|a hotel kitchen|the council offices|a nursery|a warehouse]",
             ["gain experience for paid work", "build a CV for a job in [catering|retail|horticulture|animal "
              "care|hospitality|childcare|warehouse work]", "move towards {their} goal of paid work",
              "!{they} {are} ready to apply for a part-time job"]),
            ("SC", "i",
             "[complete|fill in] a [job application form|CV|college application|volunteer application] [with "
             "{their} own personal statement|]",
             "[in careers sessions|at home|at college|with {their} careers adviser]",
             ["apply for the course {they} want{s}", "apply for a Saturday job", "take the next step "
              "towards work"]),
            ("SC", "fi",
             "follow a [written|picture] [checklist|task list|rota] to finish {their} tasks at {their} "
             "[placement|work experience|college enterprise project]",
             "[during each shift|at work|on placement]",
             ["show an employer what {they} can do", "!{they} can work with less supervision", "gain "
              "skills for employment"]),
            ("SC", "i",
             "answer [interview questions|common interview questions|questions about {their} skills] [in a "
             "practice interview|in a mock interview]",
             "[with a careers adviser|at college|at school]",
             ["do well at real interviews", "get a place on the course {they} want{s}", "apply for jobs "
              "with confidence"]),
            ("SC", "fi",
             "[cook|prepare|make] a [simple hot meal|healthy lunch|hot drink and a snack|meal for {their} "
             "family] [following a picture recipe|using the hob safely|using the microwave|from a recipe card]",
             "[at home|in the college kitchen|in the training flat|in food lessons]",
             ["live more independently", "look after {themself} when {they} move{s} into {their} own flat",
              "help {their} family at home", "!{they} {are} ready to live in supported accommodation"]),
            ("SC", "fi",
             "[travel|make the journey] [to college|to school|to {their} placement|into town|to the leisure "
             "centre] [by bus|by train|on foot|by bus and train|by tram]",
             "[from home|on {their} usual route|on a new route]",
             ["get to {their} course without relying on {their} parents", "see friends in town",
              "get to work when {they} leave{s} college"]),
            ("SC", "fi",
             "[budget|plan] {their} [weekly|monthly] [spending money|allowance|bus fares and lunch money] "
             "[using a budgeting app|using a spreadsheet|with a written plan]",
             "[at home|at college|]",
             ["pay for the things {they} want{s} to do", "save up for [a holiday|a games console|driving "
              "lessons|a new phone]", "!{they} {are} ready to handle {their} own bills"]),
            ("SC", "fi",
             "wash and dry {their} own clothes using the washing machine",
             "[at home|in the training flat|in {their} residential setting]",
             ["live more independently", "!{they} {are} ready to move into shared housing",
              "look after {their} own things"]),
            ("SC", "fi",
             "take {their} [medication|inhaler|insulin] at the right times [using a phone reminder|using a "
             "chart|]",
             "[at home|at college|on trips|at {their} placement]",
             ["stay well", "!{their} health is looked after by {them}", "stay away from home overnight"]),
            ("SC", "i",
             "[book|attend] [{their} own doctor's appointment|a dentist appointment|{their} annual health "
             "check] and [explain {their} needs to the doctor|ask the questions {they} {have} prepared]",
             "[in {their} local area|at {their} health centre|]",
             ["take charge of {their} own health", "!{their} health needs are understood"]),
            ("SC", "f",
             "[meet|arrange to meet] [a friend|friends] [in town|at the cinema|at a café|at the park] [and "
             "plan how {they} will get home|]",
             "[at weekends|after college|in the holidays]",
             ["keep up friendships outside college", "!{they} {have} a social life of {their} own",
              "take part in {their} community"]),
            ("SC", "fi",
             "[use|visit] [the local library|the leisure centre|a community café|the shops] [with a friend|]",
             "[in {their} town|near home|at weekends]",
             ["take part in {their} community", "spend {their} free time in ways {they} choose{s}",
              "meet new people"]),
            ("SC", "pi",
             "keep {themself} safe online by [checking who {they} {are} talking to|not sharing personal "
             "details|telling a trusted adult about anything worrying]",
             "[on {their} phone|on social media|when gaming online|at home]",
             ["keep in touch with friends safely", "!{their} family feel confident about {their} "
              "independence"]),
            ("SC", "f",
             "take part in [a gym session|swimming|a football session|a dance class|a walking group|a "
             "cycling club] [of {their} choice|]",
             "[at the leisure centre|in {their} community|at college|]",
             ["stay fit and healthy", "meet people with the same interests", "keep {their} weight healthy"]),
            ("SC", "i",
             "choose [a healthy lunch|healthy snacks|balanced meals for the week] [from the canteen menu|when "
             "shopping|]",
             "[at college|at school|at the supermarket|at home]",
             ["stay healthy", "look after {their} body", "!{they} {have} the energy {they} need{s} for "
              "work"]),
        ],
        "vague": ["{their} independence skills", "{their} life skills", "{their} employability skills",
                  "{their} travel skills", "{their} money skills", "{their} cooking skills",
                  "{their} readiness for adulthood", "{their} work skills"],
        "know": ["how to stay safe in the community", "the value of money", "how to keep healthy",
                 "what jobs {they} might like", "how to travel safely", "the world of work",
                 "how to look after {their} own health", "road safety"],
        "skills": ["{their} independence", "{their} life skills", "{their} travel skills",
                   "{their} work skills", "{their} money skills"],
        "staff": ["The job coach", "The careers adviser", "The travel trainer", "The transition worker"],
        "services": ["travel training", "a supported internship", "a job coach", "careers advice",
                     "an independent living skills programme", "a work experience programme"],
        "purposes": ["move closer to {their} aspiration of [living independently|getting a job|going to "
                     "college|having {their} own home]"],
        "jargon": ["as part of {their} PfA pathway", "to reduce the risk of {them} becoming NEET",
                   "in line with {their} EHCP", "with support from the LA", "to support {their} PIP "
                   "application", "as agreed at the MDT meeting"],
    },
}
AREA_NAMES = sorted(AREAS)
YOUNG_AREAS = [name for name in AREA_NAMES if name != "preparing-for-adulthood"]

# --------------------------------------------------------------------------
# Criteria.

UNITS = "[opportunities|observed sessions|sessions|lessons|activities]"
PLACES = {
    "E": g("[at nursery|at pre-school|at {their} childminder's|in the nursery garden|at home|at the "
           "children's centre|in {their} Reception class|at {their} early years setting]"),
    "P": g("[at school|in the classroom|in the playground|at home|at {their} after-school club|on school "
           "trips|in the dining hall|in the local park|in {their} class group]"),
    "S": g("[at school|in lessons|in the corridors|in the canteen|at home|at {their} youth club|in the "
           "community|on school trips|in the library|in {their} class group]"),
    "C": g("[at college|in the college canteen|at home|in town|at {their} placement|in the community|in "
           "the student common room|in {their} supported living flat]"),
}
VENUES = {"E": ["nursery", "pre-school", "nursery"], "P": ["school"], "S": ["school"], "C": ["college"]}
CRITERIA = {
    "f": gl([
        "every day", "each day", "each morning", "every school day", "at least #2-4# times a week",
        "^2-5^ times a week", "on ^2-4^ days a week", "once a week", "twice a week", "every week",
        "at least once a day", "on ^3-5^ days out of 5", "every [Monday|Wednesday|Friday]",
        "on at least ^3-4^ days each week",
    ]),
    "p": gl([
        "on [^3-4^ out of 5|^4-5^ out of 6|^7-9^ out of 10|3 out of 4|^8-10^ out of 12] [occasions|attempts]",
        "in [^3-4^ out of 5|^7-9^ out of 10|3 out of 4|^4-5^ out of 6] " + UNITS,
        "in [60|65|70|75|80|85|90]% of " + UNITS,
        "in at least ^3-4^ out of 5 " + UNITS, "on at least ^3-4^ out of 5 occasions",
    ]),
    "d": gl([
        "for ^5-20^ minutes", "for at least ^5-20^ minutes", "for up to #15-40# minutes",
        "for #10-30# minutes at a time", "for ^5-15^ minutes without a break",
    ]),
    "i": gl([
        "independently", "independently", "without adult prompting", "without an adult prompting {them}",
        "with no more than [one prompt|^2-3^ prompts]", "with one verbal reminder at most", "with only a visual reminder",
        "on {their} own", "without reminders", "without needing an adult nearby",
    ]),
}
SECOND_CRITERION = {
    "f": gl(["independently", "without adult prompting", "on {their} own"]),
    "p": gl(["independently", "without a reminder"]),
    "d": gl(["^2-4^ times a week", "each day", "on most days"]),
    "i": gl(["^2-5^ times a week", "each day", "on ^3-5^ days a week", "in ^3-4^ out of 5 " + UNITS]),
}
ABSOLUTES = gl([
    "in all lessons", "at all times", "every time", "in every lesson", "100% of the time",
    "on every occasion", "in all situations", "every single day without exception", "all of the time",
])

# --------------------------------------------------------------------------
# Faults.

VAGUE_VERBS = gl([
    "develop", "improve", "work on", "continue to develop", "build on", "enhance", "make progress with",
    "strengthen", "continue to work on", "develop and improve", "continue to improve",
])
KNOW_VERBS = gl([
    "understand", "know", "be aware of", "learn about", "have a better understanding of",
    "develop an awareness of", "show an understanding of", "know about", "become aware of", "appreciate",
])
LOW_EXPECTATIONS = gl([
    "will try to", "will begin to", "will start to", "will attempt to", "will have the opportunity to",
    "will make an effort to", "will have a go at trying to", "will be introduced to ways to",
])
PASSIVE = gl([
    "will be supported to", "will be helped to", "will be encouraged to", "will be taught to",
    "will be given support to", "will be prompted to", "will be enabled to",
    "will be supported by [{their} teaching assistant|an adult|staff|{their} key worker|{their} parents] to",
    "will be helped by [an adult|{their} teacher|staff] to", "will be given opportunities to",
    "will be shown how to",
])
MODALS = gl([
    "will be able to", "will be able to", "will be able to", "will be able to", "will", "will", "will",
    "will show that {they} can",
])
SO_THAT_VP = gl(["so that {they} can", "so that {they} can", "so that {they} can", "so that {they} {are} able to",
                 "in order to", "so that {they} will be able to"])
GOAL_PURPOSES = gl([
    "so that {they} can work towards {their} [aspiration|goal|dream|wish] to",
    "so that {they} {are} closer to {their} [aspiration|goal|ambition] to",
    "in order to move closer to {their} [aspiration|goal|dream] to",
    "so that {they} {are} on the way to [{their} goal|achieving {their} aim] to",
])
SO_THAT_CLAUSE = gl(["so that", "so that", "so that", "in order that"])
GENERIC_JARGON = gl([
    "with support from {their} TA", "with the SENCO", "in line with {their} ASD diagnosis",
    "because of {their} ADHD", "as agreed in {their} IEP", "with {their} LSA", "in the ARP",
    "as recommended by the EP", "using {their} TEACCH station", "with HLTA support",
])

SERVICE_SUBJECTS = gl([
    "Staff", "{Venue}", "The {venue}", "The class teacher", "{Poss} teaching assistant", "The SENCO",
    "Parents", "{Poss} parents", "The setting", "Adults", "Home and school", "The key worker", "All staff",
    "The TA", "{Poss} support assistant", "The team around {obj}",
])
SERVICE_TEMPLATES = [
    gl([
        "{S} will ensure that {subj} {shave} access to [a quiet space|a sensory room|a laptop|a writing slope|"
        "visual supports|movement breaks|a workstation|ear defenders|a reader and scribe] [when {they} need{s} "
        "it|throughout the school day|in every lesson|during tests|at unstructured times]",
        "{S} will provide {obj} with [a visual timetable|now-and-next cards|a task checklist|a word mat|"
        "a fidget toy|a calm box|simplified instructions|a key word list] [in lessons|across the day|"
        "at home and at {venue}|during transitions]",
        "{S} will work with {obj} [weekly|each week|twice a week|daily|every term] to [develop|improve|"
        "work on] {skill}",
        "{S} will [model|demonstrate] [good listening|turn-taking|positive language|calming strategies|"
        "how to ask for help] for {obj} [throughout the day|in class|at playtimes|in small groups]",
        "{S} will monitor {poss} {skilln} and [review progress|report back to {their} parents|adjust the "
        "programme|share strategies with staff] [each term|at the annual review|every half term|regularly]",
        "{S} will [deliver|arrange|run|offer] {service} for {obj} [each week|#2-3# times a week|daily|in a "
        "small group|every half term]",
        "{S} will [make sure|ensure] that {poss} [targets|strategies|resources|programmes] are [shared "
        "with all staff|followed in every lesson|in place|reviewed regularly]",
        "{S} will [liaise with|meet] [the speech and language therapist|the occupational therapist|"
        "{poss} family|health professionals|the educational psychologist] [termly|every half term|regularly] "
        "to [plan|review|agree] {poss} [support|programme|targets]",
        "{S} will [use|follow] the strategies [in {poss} support plan|recommended by the [speech and language "
        "therapist|occupational therapist|educational psychologist]|in {poss} one-page profile] [in all "
        "lessons|across the day|at home and at {venue}]",
        "{S} will [give|offer] {obj} [regular praise|a named adult to go to|a daily check-in|a safe space at "
        "break|extra time to process instructions|pre-teaching of new vocabulary]",
    ]),
    gl([
        " [to help {obj}|in order to help {obj}|so that {subj} can] [make progress with {skill}|reach {their} "
        "potential|achieve {their} targets|feel safe and secure|stay calm and regulated|access the "
        "curriculum|be included in the life of the {venue}|take part in lessons alongside {their} peers]"
        "[ and [keep a record of how {subj} respond{ss}|adapt the approach if needed|share progress with "
        "{poss} family|review this at the annual review]|]",
        " and [keep a record of how {subj} respond{ss}|adapt the approach if it is not working|share "
        "progress with {poss} family each half term|review the support at {poss} annual review] [to make sure "
        "{subj} {shave} what {they} need{s}|so that {poss} needs are met|so that {subj} can make progress|]",
        ", [with|using] [advice from|guidance from|a programme written by] [the speech and language therapist|"
        "the occupational therapist|the educational psychologist|the specialist teacher|the SENCO] [to "
        "support {skill}|so that {poss} needs are met in every lesson|so that {subj} {sare} fully included]",
    ]),
]
PROVISION_TEMPLATES = [
    gl([
        "{subj} will receive [#2-5# sessions|one session|#2-3# thirty-minute sessions|a #20-45#-minute "
        "session|#1-3# hours] of {service} [per week|each week|every fortnight|a week|each half term]",
        "{subj} will have [1:1|one-to-one|full-time|small-group] support from a [teaching assistant|TA|"
        "learning support assistant|LSA|support worker] [for #10-32# hours a week|during literacy and maths|"
        "in all lessons|at lunchtimes|throughout the day]",
        "{subj} will have access to [a quiet space|a sensory room|a laptop|a writing slope|ear defenders|"
        "a workstation|movement breaks|a calm area|specialist seating] [when {they} need{s} it|throughout the "
        "school day|during lessons|at unstructured times]",
        "{subj} will be provided with [a visual timetable|a laptop|specialist equipment|a reader and scribe|"
        "a task board|adapted resources|a personal timetable|a sloped desk] [in lessons|in all lessons|"
        "across the curriculum|for tests and exams]",
        "To [have|receive] [#2-5# sessions|weekly sessions|daily sessions|a block of #6-12# sessions] of "
        "{service} [per week|this year|each term|]",
        "{subj} [{sare} to|will] attend [a social skills group|a nurture group|a lunchtime club|an anger "
        "management group|a friendship group|{service}] [#2-3# times a week|weekly|every morning|each term]",
        "{subj} will take part in [a six-week|an eight-week|a ten-week|a twelve-week|a termly|a daily|a "
        "weekly] [|individual|targeted|specialist|nurture|social skills|literacy|motor skills] "
        "[programme|intervention|group]",
        "{subj} will continue to [receive|have|access] {service} [as set out in Section F|as before|"
        "each week|at the current level]",
        "{subj} will have a [named adult|key adult|trained adult|dedicated support assistant] [with {them}|"
        "supporting {them}] [at all times|at break and lunch|on trips|for personal care]",
        "{subj} will be [assessed|seen|reviewed] by [the speech and language therapist|the occupational "
        "therapist|the physiotherapist|the educational psychologist|a specialist teacher] [once a term|"
        "each half term|twice a year|every #6-8# weeks]",
    ]),
    gl([
        " [run by {their} teaching assistant|delivered by the {venue}|led by a specialist|in a small group|"
        "with an adult|] to [help {them} with|support|develop|improve] {skill} [in class|at {venue}|at home|"
        "across the curriculum|and {their} confidence]",
        " [to help {them} with|to support|to develop] {skill} [so that {they} can [make progress|catch up with "
        "{their} peers|access the curriculum|keep up in lessons|reach {their} potential]|and [build {their} "
        "confidence|be ready for the next stage]]",
        " [in line with the advice of|as recommended by|following the report from] [the speech and language "
        "therapist|the occupational therapist|the educational psychologist|the specialist teacher] [to help "
        "with {skill}|to meet {their} needs]",
    ]),
]
GENERIC_TEMPLATES = gl([
    "[To|{subj} will|For {obj} to] [improve|develop|increase|build|grow] {their} [independence|confidence|"
    "self-esteem|social skills|communication skills|wellbeing|resilience|life skills|emotional regulation|"
    "literacy skills|numeracy skills|attention and listening|fine motor skills|independence skills] and "
    "{their} [confidence|self-esteem|social skills|wellbeing|independence|readiness to learn] [so that {they} "
    "can [reach {their} full potential|be happy|do well|achieve {their} best|be more independent|make good "
    "progress]|at {venue} and at home|across the curriculum|in all areas of {their} life] [in the future|over "
    "time|this year|as {they} grow{s} up|]",
    "{subj} will [make good progress|make expected progress|make accelerated progress|progress] in [all "
    "areas of learning|{their} learning|English and maths|all subjects|{their} communication] [and reach "
    "{their} full potential|and be happy at {venue}|] so that {they} can [close the gap with {their} peers|"
    "catch up with {their} peers|achieve {their} potential|be ready for the next stage of {their} education]",
    "{subj} will be [happy and settled|more confident|more independent|calm and ready to learn|safe and "
    "happy|a confident learner|more resilient] [at {venue}|at home and at {venue}|in all settings|in "
    "{their} new setting] [so that {they} can [reach {their} potential|achieve {their} best|make friends|"
    "learn]|and [make progress|feel valued|have good self-esteem]] [in the future|over time|this year|]",
    "For {obj} to be as independent as possible [in all areas of {their} life|at {venue} and at home|"
    "as {they} grow{s} up] and to [reach {their} full potential|be happy and healthy|achieve {their} "
    "goals|have the same chances as {their} peers]",
    "{subj} will [have|develop|show] [good|better|improved|age-appropriate] [social skills|communication "
    "skills|independence skills|emotional wellbeing|self-care skills|learning behaviours] and be [happy|"
    "confident|ready for the next stage|settled] [at {venue}|at home|in the community] [in the future|"
    "eventually|this year|over time]",
    "[To|{subj} will] [work on|continue to work on|focus on] {their} [targets|IEP targets|individual "
    "targets|personal goals] [in all areas|across the curriculum|at {venue} and at home] [and make "
    "progress towards them|and achieve as many as possible|so that {they} can move forward] [this year|"
    "over time|in the future|]",
])
NEVER_TEMPLATES = gl([
    "{subj} will never [hit|hurt|push|shout at] [other children|staff|{their} friends|anyone] [in school|at "
    "home|in class|at playtime] and will always [follow instructions|do as {they} {are} asked|listen to "
    "adults|stay calm]",
    "{subj} will always [behave well|follow the school rules|stay in {their} seat|complete {their} work|"
    "listen to the teacher] [in all lessons|at all times|every day] [without needing reminders|without any "
    "support|]",
    "{subj} will [never|not ever] [leave the classroom|run out of school|refuse to work|have a meltdown] "
    "[and will stay on task in every lesson|and will always be ready to learn|]",
])
MULTI_JOINERS = gl([" and ", " and ", ", and ", "; {they} will also ", " and will also ", " as well as "])

# --------------------------------------------------------------------------
# Aspirations.

ASPIRATIONS = {
    "young": gl([
        "[I want to|I would like to|When I grow up I want to|One day I want to] [have friends to play with at "
        "school|go to the same school as my [brother|sister|cousin]|ride my bike without stabilisers|read "
        "stories to my little [sister|brother]|talk to my friends|be a [firefighter|vet|police officer|doctor|"
        "footballer|teacher|dancer|builder|zookeeper|chef]|swim in the big pool|go to [Beavers|Rainbows|"
        "Brownies|Cubs|swimming club|gymnastics]|play football for a team|go to sleepovers|draw comics|learn "
        "to swim|look after animals|sing in the school choir|go to the park with my friends]",
        "[{name}'s family would like {them} to|{name}'s parents want {them} to|We would like {name} to|"
        "{name}'s mum hopes {they} will] [be happy and safe at school|make friends|be able to tell us what "
        "{they} want{s}|sleep through the night|eat with the family at the table|go to a mainstream school|"
        "play with {their} cousins|join in at family parties|learn to read|be understood by other people]",
    ]),
    "older": gl([
        "[I want to|I would like to|When I'm older I want to|My dream is to|One day I want to|I hope to] "
        "[work with animals|be a chef|live in my own flat|travel on the bus on my own|go to college to study "
        "[catering|motor vehicle|animal care|art and design|IT|hair and beauty|horticulture|music technology|"
        "sport|construction|media]|get a job in a [shop|café|garage|nursery|hospital|warehouse|kitchen|garden "
        "centre]|have a group of friends to go out with|learn to drive|go to university|be a [mechanic|"
        "hairdresser|game designer|youth worker|carer|plumber|nurse|vet nurse|photographer]|volunteer at an "
        "animal shelter|be fit and healthy|live with my friends in supported housing|go on holiday with my "
        "friends|pass my GCSEs|earn my own money|play in a band|work in a games shop|have my own YouTube "
        "channel|help other people]",
        "[{name}'s family would like {them} to|{name}'s parents want {them} to|We would like {name} to|"
        "{name}'s family hope {they} will] [have a job {they} enjoy{s}|live as independently as possible|"
        "have friends and a social life|travel on {their} own|stay healthy|go to college|have a place of "
        "{their} own one day|be part of {their} community]",
    ]),
}

# Aspirations that the outcomes of an area of need can serve: (younger, older) goals, said by
# the child ("I want to ...") or the family ("{name}'s family would like {them} to ...").
AREA_ASPIRATIONS = {
    "communication-interaction": (
        "[talk to my friends at playtime|have friends to play with|tell my family about my day|be understood "
        "by people outside my family|make friends in my class|ask for help in class]",
        "[have friends to go out with|talk to people at work|make friends at college|speak up for myself|"
        "be understood by new people|keep in touch with my friends]"),
    "cognition-learning": (
        "[read stories on my own|read to my little [sister|brother]|write cards to my family|learn to read and "
        "write|be good at maths|keep up with my class]",
        "[pass my exams|get my qualifications|go to college|read books on my own|use money when I go "
        "shopping|keep up with my learning]"),
    "semh": (
        "[be happy at school|have friends to play with|stay calm in class|enjoy learning with my friends|feel "
        "safe at school|go to school every day]",
        "[stay in lessons and keep learning|have good friendships|feel calm and happy at college|go to school "
        "every day|be confident with new people|get through my exams without panicking]"),
    "sensory-physical": (
        "[play football with my friends|join in PE with my class|ride a bike|do things for myself|eat lunch "
        "with my friends|get around school on my own]",
        "[get around college on my own|keep fit and healthy|do sport with my friends|look after myself|be as "
        "independent as possible|live in my own home]"),
    "preparing-for-adulthood": (
        "[be a [vet|chef|firefighter] when I grow up]",
        "[get a job [working with animals|in a café|in a shop|in a garage|in catering]|live in my own flat|"
        "travel on the bus on my own|go to college|earn my own money|cook for my family|live independently|"
        "have a social life with my friends|stay fit and healthy]"),
}
ASPIRATION_LEADS = gl([
    "I want to", "I want to", "I would like to", "I'd like to", "One day I want to", "My dream is to",
    "When I'm older I want to", "I hope to",
])
FAMILY_LEADS = gl([
    "{name}'s family would like {them} to", "{name}'s parents want {them} to", "We would like {name} to",
    "{name}'s mum hopes {they} will", "{name}'s dad would like {them} to",
])
AREA_ASPIRATIONS = {name: (g(young), g(older)) for name, (young, older) in AREA_ASPIRATIONS.items()}

# --------------------------------------------------------------------------
# Composition.


def compile_areas():
    out = {}
    for name in AREA_NAMES:
        area = AREAS[name]
        activities = []
        for bands, kinds, action, contexts, purposes in area["activities"]:
            for word in ("school", "college", "nursery"):
                contexts = contexts.replace("at " + word + "|", "at {venue}|").replace("at " + word + "]", "at {venue}]")
            activities.append((bands, kinds, g(action), g(contexts), [
                (p.startswith("!"), g(p.lstrip("!"))) for p in purposes]))
        by_band = {band: [a for a in activities if band in a[0]] for band in "EPSC"}
        out[name] = {
            "by_band": by_band,
            "vague": gl(area["vague"]),
            "know": gl(area["know"]),
            "skills": gl(area["skills"]),
            "services": gl(area["services"]),
            "staff": gl(area["staff"]),
            "purposes": [(False, g(p)) for p in area["purposes"]],
            "jargon": gl(area["jargon"]),
        }
    return out


COMPILED = compile_areas()
OUTCOME_KINDS = [
    # (kind, weight)
    ("no-timeframe", 6), ("short-timeframe", 5), ("vague-timeframe", 3), ("vague-verb", 7),
    ("low-expectation", 4), ("passive", 6), ("jargon", 5), ("absolute", 4), ("no-purpose", 4),
    ("unmeasured", 3), ("multiple", 4), ("provision", 7), ("service", 6), ("generic", 4),
]
POOR_KINDS = [kind for kind, weight in OUTCOME_KINDS for _ in range(weight)]
EXTRA_FAULTS = ["no-purpose", "no-purpose", "no-timeframe", "jargon", "unmeasured", "short-timeframe"]


def capitalise(text):
    return text[:1].upper() + text[1:]


class Plan:
    def __init__(self, w, index):
        self.w = w
        name_list = w.pick([BOYS, GIRLS, EITHER])
        self.name = w.pick(name_list)
        if name_list is BOYS:
            pronoun = THEY if w.chance(0.08) else HE
        elif name_list is GIRLS:
            pronoun = THEY if w.chance(0.08) else SHE
        else:
            pronoun = w.pick([HE, SHE, THEY])
        phase = w.pick(PHASES)
        self.phase = phase[0]
        self.year = w.pick(phase[1])
        self.band = phase[2]
        self.first_person = w.chance(0.25)
        self.words = person_words(self.name, pronoun, self.first_person)
        self.family_words = person_words(self.name, pronoun, False)
        self.words["venue"] = w.pick(VENUES["E" if self.year < 0 else "C" if self.year >= 12 else "S"])
        self.words["Venue"] = capitalise(self.words["venue"])
        self.words["They"] = capitalise(self.words["they"])
        # Plans differ in quality: strong plans are mostly well formed, weak ones mostly not.
        self.good_share = w.pick([0.6, 0.55, 0.35, 0.3, 0.25, 0.1, 0.0])
        self.index = index

    def areas(self, count):
        pool = list(AREA_NAMES if self.year >= 9 else YOUNG_AREAS)
        if self.year >= 12:
            pool += ["preparing-for-adulthood"] * 2
        order = []
        while len(order) < count:
            bag = list(pool)
            while bag and len(order) < count:
                order.append(bag.pop(int(self.w.random() * len(bag))))
        return order

    # -- slots ------------------------------------------------------------

    def activity(self, area):
        return self.w.pick(COMPILED[area]["by_band"][self.band])

    def criterion(self, kinds, second=0.2):
        w = self.w
        if not kinds:
            return ""
        kind = kinds[int(w.random() * len(kinds))]
        text = w.render(CRITERIA[kind])
        if w.chance(second):
            text += " " + w.render(SECOND_CRITERION[kind])
        return text

    def purpose(self, area, purposes):
        w = self.w
        if self.goals and w.chance(0.3):
            return w.render(GOAL_PURPOSES) + " " + w.pick(self.goals)
        if w.chance(0.2):
            purposes = COMPILED[area]["purposes"]
        clause, body = w.pick(purposes)
        lead = w.render(SO_THAT_CLAUSE if clause else SO_THAT_VP)
        return lead + " " + w.render(body)

    def timeframe(self):
        return self.w.render(TIMEFRAMES[self.year])

    # -- outcomes ---------------------------------------------------------

    def outcome(self, area, kind):
        w = self.w
        if kind == "provision":
            return kind, self.templated(PROVISION_TEMPLATES, area, timeframe_share=0.25)
        if kind == "service":
            return kind, self.templated(SERVICE_TEMPLATES, area, timeframe_share=0.2)
        if kind == "generic":
            if self.band != "E" and w.chance(0.2):
                return kind, capitalise(w.render(NEVER_TEMPLATES)) + "."
            return kind, self.generic()
        faults = {kind}
        if kind != "good" and w.chance(0.3):
            faults.add(w.pick(EXTRA_FAULTS))
        return kind, self.composed(area, faults)

    def composed(self, area, faults):
        w = self.w
        bands, kinds, action, contexts, purposes = self.activity(area)
        tf_at_end = w.chance(0.15)
        if "no-timeframe" in faults:
            tf = ""
        elif "short-timeframe" in faults:
            tf = w.render(SHORT_TIMEFRAMES)
        elif "vague-timeframe" in faults:
            tf = w.render(VAGUE_TIMEFRAMES)
            tf_at_end = w.chance(0.5)
        else:
            tf = self.timeframe()
        modal = w.render(MODALS)
        if "low-expectation" in faults:
            modal = w.render(LOW_EXPECTATIONS)
        elif "passive" in faults:
            modal = w.render(PASSIVE)
        if "vague-verb" in faults:
            if w.chance(0.55):
                act = w.render(VAGUE_VERBS) + " " + w.render(COMPILED[area]["vague"])
            else:
                act = w.render(KNOW_VERBS) + " " + w.render(COMPILED[area]["know"])
            if modal.endswith("can"):
                modal = "will"
        else:
            act = w.render(action)
        if "multiple" in faults:
            others = [self.activity(self.other_area(area)) for _ in range(1 + (w.random() < 0.4))]
            extra = [w.render(o[2]) for o in others]
            if len(extra) == 2:
                act = act + ", " + extra[0] + " and " + extra[1]
            else:
                act = act + w.render(MULTI_JOINERS) + extra[0]
        if "unmeasured" in faults or "multiple" in faults and w.chance(0.5):
            crit = ""
        else:
            crit = self.criterion(kinds, 0.6 if "no-purpose" in faults else 0.2)
        if "absolute" in faults:
            crit = w.render(ABSOLUTES)
            if w.chance(0.3):
                modal = modal.replace("will", "will always", 1)
                crit = ""
        ctx = "" if "unmeasured" in faults else w.render(contexts)
        if ctx and crit and ctx.rsplit(" ", 1)[-1] == crit.rsplit(" ", 1)[-1]:
            ctx = ""
        if "jargon" in faults:
            jargon = w.render(COMPILED[area]["jargon"] if w.chance(0.7) else GENERIC_JARGON)
            if w.chance(0.5):
                ctx = jargon
            else:
                ctx = (ctx + " " + jargon).strip()
        purpose = "" if "no-purpose" in faults else self.purpose(area, purposes)
        subj = "{subj}"
        if tf and not tf_at_end:
            body = [subj, modal, act]
            order = (crit, ctx) if w.chance(0.5) else (ctx, crit)
            body.extend(x for x in order if x)
            sep = ", " if w.chance(0.8) else " "
            text = capitalise(tf) + sep + " ".join(body)
        else:
            body = [subj, modal, act]
            body.extend(x for x in (ctx, crit) if x)
            if tf:
                body.append(tf)
            text = " ".join(body)
        if purpose:
            text += (", " if tf_at_end and tf and w.chance(0.6) else " ") + purpose
        return text + "."

    def other_area(self, area):
        pool = AREA_NAMES if self.year >= 9 else YOUNG_AREAS
        other = self.w.pick(pool)
        return other if other != area else self.w.pick(pool)

    def templated(self, templates, area, timeframe_share):
        w = self.w
        compiled = COMPILED[area]
        main = w.render(templates[0])
        tail = w.render(templates[1])
        text = main + tail
        leads_with_service = text.startswith("{S}") or text.startswith("To ")
        staff = w.render(compiled["staff"] if w.chance(0.4) else SERVICE_SUBJECTS)
        text = (text.replace("{S}", staff, 1)
                .replace("{service}", w.render(compiled["services"]))
                .replace("{skilln}", w.render(compiled["skills"])[len("{their} "):])
                .replace("{skill}", w.render(compiled["skills"])))
        if w.chance(timeframe_share):
            tf = self.timeframe() if w.chance(0.6) else w.render(SHORT_TIMEFRAMES)
            if leads_with_service:
                if text.startswith("{Poss}"):
                    text = "{poss}" + text[len("{Poss}"):]
                elif not text.startswith("{"):
                    text = text[0].lower() + text[1:]
                text = capitalise(tf) + ", " + text
            else:
                text = capitalise(tf) + ", " + text
        return capitalise(text) + "."

    def generic(self):
        text = capitalise(self.w.render(GENERIC_TEMPLATES)) + "."
        # A second sentence, as short generic outcomes often have; not after a "To ..." outcome, whose
        # two-sentence form crashes outcomelint's rewriter at the time of writing.
        if len(text) < 110 and not text.startswith("To ") and self.w.chance(0.6):
            more = self.w.render(GENERIC_TEMPLATES)
            if more.startswith("{subj}"):
                more = "{They}" + more[len("{subj}"):]
            text += " " + capitalise(more) + "."
        return text

    def finish(self, template):
        if "{place}" in template:
            self.words["place"] = self.w.render(PLACES[self.band]).format_map(self.words)
        text = " ".join(template.format_map(self.words).split())
        return capitalise(text.replace(" .", ".").replace(" ,", ","))

    def build(self):
        w = self.w
        count = 4 + int(w.random() * 5)
        areas = self.areas(count)
        older = self.year >= 9
        aspirations = []
        self.goals = []  # aspirations the outcomes can name in their purpose (the golden thread)
        for number in range(2 + (w.random() < 0.3)):
            # Strong plans are written from aspirations that their outcomes serve; weaker ones less often.
            if w.chance(0.35 + self.good_share * 0.6):
                goal = w.render(AREA_ASPIRATIONS[areas[number]][older])
                goal = goal.replace("myself", "{themself}").replace("my ", "{their} ")
                self.goals.append(goal)
                lead = w.render(FAMILY_LEADS if w.chance(0.25) else ASPIRATION_LEADS)
                if lead.startswith("I") or lead.startswith("One") or lead.startswith("My") or lead.startswith("When"):
                    # The child's own words.
                    goal = goal.replace("{themself}", "myself").replace("{their} ", "my ")
                line = lead + " " + goal
            else:
                line = w.render(ASPIRATIONS["older" if older else "young"])
            line = capitalise(line.format_map(self.family_words)) + "."
            if line not in aspirations:
                aspirations.append(line)
        outcomes = []
        self.kinds = []  # the pattern behind each outcome, for checking the generator
        for area in areas:
            kind = "good" if w.chance(self.good_share) else w.pick(POOR_KINDS)
            best = None
            for _ in range(6):
                kind, template = self.outcome(area, kind)
                text = self.finish(template)
                size = len(text) if text.isascii() else len(text.encode("utf-8"))
                if 120 <= size <= 300:
                    break
                # Otherwise keep the attempt nearest the range.
                miss = 120 - size if size < 120 else size - 300
                if best is None or miss < best[0]:
                    best = (miss, text)
            else:
                text = best[1]
            self.kinds.append(kind)
            outcomes.append({"text": text, "area": area})
        return {
            "id": f"plan-{self.index + 1:07d}",
            "child": self.name,
            "year_group": self.year,
            "phase": self.phase,
            "aspirations": aspirations,
            "outcomes": outcomes,
        }


def plans(w, count):
    for index in range(count):
        yield Plan(w, index).build()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outcomes", type=int, help="stop after this many outcomes")
    parser.add_argument("--plans", type=int, help="number of plans (default: enough for --outcomes)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=["jsonl", "text", "plans"], default="jsonl")
    args = parser.parse_args()
    if args.outcomes is None and args.plans is None:
        parser.error("give --outcomes or --plans")
    w = Writer(args.seed)
    limit = args.outcomes
    written = 0
    out = sys.stdout
    buffer = []
    for plan in plans(w, args.plans if args.plans is not None else (limit or 0)):
        if args.format == "plans":
            buffer.append(json.dumps(plan, ensure_ascii=False))
        else:
            for number, item in enumerate(plan["outcomes"], start=1):
                if limit is not None and written >= limit:
                    break
                if args.format == "text":
                    buffer.append(item["text"])
                else:
                    record = {"id": f"{plan['id']}-{number}", "plan": plan["id"], "area": item["area"],
                              "phase": plan["phase"], "text": item["text"]}
                    buffer.append(json.dumps(record, ensure_ascii=False))
                written += 1
        if len(buffer) >= 4096:
            out.write("\n".join(buffer) + "\n")
            buffer = []
        if limit is not None and written >= limit:
            break
    if buffer:
        out.write("\n".join(buffer) + "\n")


if __name__ == "__main__":
    main()
