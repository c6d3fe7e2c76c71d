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
- plans: one plan per line, {"id", "child", "year_group", "aspirations",
  "outcomes": [{"text", "area"}]}.
"""
import argparse
import json
import random
import sys

NAMES = [
    "Amara", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Hamza", "Isla", "Jack", "Kiran",
    "Leah", "Mo", "Niamh", "Oscar", "Priya", "Rhys", "Sana", "Theo", "Uma", "Viktor", "Willow",
    "Yusuf", "Zara", "Aled", "Bethan", "Callum", "Daisy", "Ewan", "Freya", "Gethin", "Hana",
]
PHASES = [
    # (phase, year group, timeframes)
    ("early-years", 0, ["By the end of Reception", "By the end of the Early Years Foundation Stage",
                        "By the time {they} starts Year 1"]),
    ("ks1", 2, ["By the end of Key Stage 1", "By the end of Year 2", "By July 2027"]),
    ("ks2", 5, ["By the end of Key Stage 2", "By the end of Year 6",
                "By the time {they} leaves primary school"]),
    ("ks3", 8, ["By the end of Key Stage 3", "By the end of Year 9", "By the age of 14"]),
    ("ks4", 10, ["By the end of Key Stage 4", "By the end of Year 11", "By July 2028"]),
    ("post-16", 12, ["By the end of {their} college course", "By the age of 19",
                     "By the end of Year 13"]),
]
AREAS = {
    "communication-interaction": [
        ("ask an adult for help using a short sentence", "in 4 out of 5 lessons", "in class",
         "{they} can get help quickly and keep learning"),
        ("start a conversation with a classmate", "at least twice a week", "at lunchtime",
         "{they} can make and keep friends"),
        ("tell a familiar adult how {they} feels using {their} communication book", "each morning",
         "at school", "adults understand what {they} needs"),
    ],
    "cognition-learning": [
        ("read a short book aloud", "with no more than three prompts", "to a teaching assistant",
         "{they} can enjoy stories on {their} own at home"),
        ("write three sentences about {their} weekend", "independently", "in {their} literacy lessons",
         "others can read and enjoy {their} writing"),
        ("add and take away numbers up to 100", "accurately on 8 out of 10 questions",
         "in maths lessons", "{they} can handle money at the shops"),
    ],
    "semh": [
        ("use {their} calm card to leave the classroom when upset", "on 4 out of 5 occasions",
         "during lessons", "{they} can return to learning within ten minutes"),
        ("join a small group game", "for 10 minutes", "at break time",
         "{they} can enjoy play with friends"),
        ("name two feelings and what helps with each", "each week", "with {their} mentor",
         "{they} can ask for the right support"),
    ],
    "sensory-physical": [
        ("dress and undress for PE", "without adult help", "in the changing room",
         "{they} can join PE lessons on time"),
        ("walk between lessons with {their} frame", "independently", "around the school building",
         "{they} can move around school with friends"),
        ("use {their} hearing aids and ask for repeats", "in every small-group session",
         "in class", "{they} can follow what is said"),
    ],
    "preparing-for-adulthood": [
        ("travel to college by bus", "on {their} own three days a week", "from home",
         "{they} can attend {their} course and see friends"),
        ("cook a simple hot meal", "once a week", "at home",
         "{they} can live more independently in the future"),
        ("complete a weekly shift at {their} work placement", "arriving on time each week",
         "at the garden centre", "{they} can gain experience for paid work"),
    ],
}
POOR = [
    "{name} will receive {n} sessions of speech and language therapy per week to help {them} "
    "with {their} communication skills and confidence in class.",
    "{name} will be supported by a teaching assistant to improve {their} reading and writing "
    "skills across the curriculum during the year.",
    "To improve {their} independence and confidence so that {they} can reach {their} full "
    "potential at school and at home in the future.",
    "Staff will ensure that {name} has access to a quiet space and 1:1 support from a TA at all "
    "times when {they} becomes dysregulated.",
    "{name} will behave in all lessons and always follow the school rules without needing any "
    "reminders from adults.",
    "{name} will try to develop {their} understanding of number bonds and begin to use them in "
    "maths lessons with support.",
    "By half term {name} will understand how to manage {their} feelings and will be encouraged "
    "to use {their} SALT strategies.",
    "{name} will have OT twice a week and a sensory circuit every morning to develop {their} "
    "fine motor skills.",
]
ASPIRATIONS = [
    "I want to have friends to play with at school.",
    "I would like to work with animals when I am older.",
    "I want to travel on the bus on my own.",
    "I want to read stories to my little sister.",
    "I would like to live in my own flat one day.",
    "I want to be a chef and cook for my family.",
    "I want to play football for a team.",
]


def pronouns(rng):
    return rng.choice([
        {"they": "he", "them": "him", "their": "his"},
        {"they": "she", "them": "her", "their": "her"},
    ])


def fill(template, name, words):
    return template.format(name=name, **words)


def outcome(rng, name, words, phase, first_person):
    """One outcome and its area: about 40% strong, the rest with one or more faults."""
    area = rng.choice(sorted(AREAS))
    if rng.random() < 0.4:
        action, criterion, context, purpose = rng.choice(AREAS[area])
        timeframe = rng.choice(phase[2])
        subject = "I" if first_person else name
        local = dict(words)
        if first_person:
            local = {"they": "I", "them": "me", "their": "my"}
        verb_phrase = "will be able to" if rng.random() < 0.5 else "will"
        connective = rng.choice(["so that", "so that", "in order that"])
        text = f"{timeframe}, {subject} {verb_phrase} {action} {criterion} {context} {connective} {purpose}."
        text = text.format(**local)
        if first_person:
            text = text.replace("I feels", "I feel").replace("I needs", "I need").replace(
                "I can", "I can").replace("I becomes", "I become")
        return area, text
    words = dict(words, n=rng.randint(2, 5))
    return area, fill(rng.choice(POOR), name, words)


def plans(rng, count):
    for index in range(count):
        name = rng.choice(NAMES)
        phase = rng.choice(PHASES)
        words = pronouns(rng)
        first_person = rng.random() < 0.25
        outcomes = [outcome(rng, name, words, phase, first_person) for _ in range(rng.randint(4, 8))]
        yield {
            "id": f"plan-{index + 1:07d}",
            "child": name,
            "year_group": phase[1] + rng.randint(0, 1),
            "phase": phase[0],
            "aspirations": rng.sample(ASPIRATIONS, 2),
            "outcomes": [{"text": text, "area": area} for area, text in outcomes],
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outcomes", type=int, help="stop after this many outcomes")
    parser.add_argument("--plans", type=int, help="number of plans (default: enough for --outcomes)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=["jsonl", "text", "plans"], default="jsonl")
    args = parser.parse_args()
    if args.outcomes is None and args.plans is None:
        parser.error("give --outcomes or --plans")
    rng = random.Random(args.seed)
    limit = args.outcomes
    written = 0
    out = sys.stdout
    for plan in plans(rng, args.plans if args.plans is not None else (limit or 0)):
        if args.format == "plans":
            out.write(json.dumps(plan, ensure_ascii=False) + "\n")
            continue
        for number, item in enumerate(plan["outcomes"], start=1):
            if limit is not None and written >= limit:
                return
            if args.format == "text":
                out.write(item["text"] + "\n")
            else:
                record = {"id": f"{plan['id']}-{number}", "plan": plan["id"], "area": item["area"],
                          "phase": plan["phase"], "text": item["text"]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1


if __name__ == "__main__":
    main()
