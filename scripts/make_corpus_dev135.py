#!/usr/bin/env python3
"""Write mailbot's dev135 development corpus: tests/corpus/dev135/*.eml + expected.toml.

The angle: an ordinary month (March 2026) in the LinkedIn mail of Alex, a senior software
engineer at a London payments company. In realistic proportions: a lot of recruiter InMail
(in-house talent partners, hiring managers, agency consultants, some of them pushy with
follow-ups, a few from Berlin, Paris, Barcelona, Milan and Warsaw offering relocation or
remote contracts), invitations with no note at all, dev-tool, observability, outsourcing and
course sellers, fake-job scams that end in a "refundable fee" or a paid certification, a
recruiter who turns rude after a no, and the few good notes that matter: peers with a real
technical question, meetup and conference organisers, ex-colleagues with a referral or an
introduction. Mostly British English and the English of writers from all over Europe, some
French, Spanish, German and Italian. LinkedIn's own wording is English throughout (the user's
setting); earlier history for re-invitations reaches back into 2025.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py. In this process only, the recipient's headline, the endorsement
skills, the job-alert and digest titles, the names and headlines of PYMK suggestions and
spoof-only senders, the spoofs' pitches and the calendar (every story starts in a window of
its own, mostly March 2026) are swapped for this world; make_corpus.py itself is not changed.
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge
or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev135.py              # writes tests/corpus/dev135
    python scripts/make_corpus_dev135.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260335

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a London engineer's world (this process only)
RHEADLINE = "Senior Software Engineer at Halden Pay"
SKILLS = {
    "en": ["Go", "Distributed Systems", "Apache Kafka", "PostgreSQL", "Kubernetes", "System Design", "Software Architecture"],
    "de": ["Go", "Verteilte Systeme", "Apache Kafka", "PostgreSQL", "Kubernetes", "Softwarearchitektur"],
    "fr": ["Go", "Systèmes distribués", "Apache Kafka", "PostgreSQL", "Kubernetes", "Architecture logicielle"],
    "es": ["Go", "Sistemas distribuidos", "Apache Kafka", "PostgreSQL", "Kubernetes", "Arquitectura de software"],
    "it": ["Go", "Sistemi distribuiti", "Apache Kafka", "PostgreSQL", "Kubernetes", "Architettura software"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE
# the user's LinkedIn is set to English: LinkedIn's own mail (digests, alerts, spoofs' templates) comes in English
mc.LANGS[:] = ["en"] * 5
mc.CITY["en"] = ["London", "London", "Cambridge", "Manchester", "Bristol", "Edinburgh", "Reading"]
mc.JOBS[:] = [("Senior Backend Engineer (Go)", "Northvane"), ("Staff Software Engineer, Payments", "Quayline"),
              ("Senior Platform Engineer", "Corvid Health"), ("Lead Engineer – Ledger", "Fernlight"),
              ("Senior Software Engineer, Kafka", "Wexcombe Bank"), ("Principal Engineer (Hybrid)", "Pebblepost")]
mc.COMPANIES["good"] = ["Northvane", "Fernlight", "Quayline", "Corvid Health", "Wexcombe Bank", "Pebblepost", "Kitebright", "Velocity Rail"]
mc.COMPANIES["sales"] = ["Codepilot AI", "Lagwatch", "Flakeguard", "Nimbus Softlabs", "Learnstack", "Shipfast CI", "Stackwise", "DevResume Pro"]
mc.HEADLINES["good"] = ["Senior Software Engineer at {co}", "Staff Engineer | {co}", "Engineering Manager at {co}", "Backend Engineer (Go) at {co}",
                        "SRE at {co}", "Principal Engineer, Platform | {co}", "Tech Lead at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Business Development | {co}", "Founder & CEO at {co}", "Helping engineering teams ship faster | {co}",
                         "Partnerships Manager @ {co}", "Growth at {co}"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"senior software engineer\"", "Your job alert for senior software engineer in {city}"),
           "news": "Are AI coding agents changing who gets hired?",
           "group": "Top conversations in London Go & Cloud Native Engineers",
           "newsletter": "Backend Notes: the outbox pattern, two years on"},
})
SPOOF_PITCH = {
    "en": ["Hi {first}, thanks for your interest in the Senior Backend role. I've shared the take-home task with you: sign in to download the repo and run the setup script before Friday.",
           "Hi {first}, our client has shortlisted you for a remote Staff Engineer role ($180k). Please confirm your details on the secure candidate portal to book the interview.",
           "Hello {first}, I sent you the signed offer letter. Log in to view and e-sign it within 24 hours."],
    "de": ["Hallo {first}, ich habe Ihnen die Coding-Aufgabe für die Senior-Backend-Stelle freigegeben. Bitte melden Sie sich an und führen Sie das Setup-Skript aus."],
    "fr": ["Bonjour {first}, je vous ai partagé l'exercice technique pour le poste de Lead Backend. Connectez-vous pour télécharger le dépôt."],
    "es": ["Hola {first}, te he compartido la prueba técnica para el puesto de Senior Backend. Inicia sesión para descargar el repositorio."],
    "it": ["Ciao {first}, ti ho condiviso l'esercizio tecnico per la posizione di Senior Backend. Accedi per scaricare il repository."],
}
# a few spoofs, each by another trick (look-alike domains, display names, failing or missing DKIM, untrusted passes)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "buried", "lookalike:linkedin.com.secure-notify.example"]
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

# ------------------------------------------------------------------ the calendar: one month, with some history
MONTH = ("2026-03-02", "2026-03-27")
START: dict[str, tuple[str, str]] = {}


def _utc(day: str) -> datetime:
    return datetime.strptime(day, "%Y-%m-%d").replace(hour=7, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    """Each story calls this once, in PEOPLE order, before any spoof, other or foreign mail:
    the k-th call starts the k-th person's story in their own window, later calls fall in MONTH."""
    k = getattr(self, "_dev135_calls", 0)
    self._dev135_calls = k + 1
    lo, hi = START.get(PEOPLE[k][2], MONTH) if k < len(PEOPLE) else MONTH
    a, b = _utc(lo), _utc(hi)
    return a + timedelta(seconds=self.r.randint(0, int((b - a).total_seconds())))


mc.Gen.start_date = _start_date

PEOPLE: list[tuple] = []
_P = adder(PEOPLE)


def P(*args, start: tuple[str, str] | None = None, **kw) -> None:
    """adder()'s P, plus an optional window for the first mail of the story."""
    _P(*args, **kw)
    if start:
        START[args[2]] = start


# =============================================================== good_invitation
P("good_invitation", "en", "Tomasz Wiśniewski", "Staff Engineer, Payments Infrastructure at Quillmint", "London",
  ("inv", "Hi Alex, caught your talk at the Go meetup on idempotency keys. We're stuck in exactly the duplicate-webhook mess you described. "
          "Mind if I ask how you dealt with retries around the outbox? Happy to share what we tried and what blew up."),
  ("rem", (5, 9)), start=("2026-03-02", "2026-03-14"))
P("good_invitation", "en", "Femi Adeyemi", "SRE at Kitebright | Organiser, London Platform Engineering Meetup", "London",
  ("inv", "Alex - we run the Platform Eng meetup at CodeNode every second Thursday. Free, pizza, two talks. 19 March is Postgres at scale, "
          "reckon it's your sort of evening. Also always after speakers if you fancy a 20-min slot later in the year."),
  start=("2026-03-02", "2026-03-10"))
P("good_invitation", "en", "Hannah Pryce", "Engineering Manager at Fernlight | ex-Tallyfox", "London",
  ("inv", "ALEX. How were we never connected?! Still have the Tallyfox incident bingo card on my fridge. I'm hiring a backend lead at my new place "
          "and you were the first person I thought of. No agency, just me. Pint soon either way?"))
P("good_invitation", "en", "Lucía Ferrer", "Co-organizadora | Conferencia de desarrollo backend, Madrid", "Madrid",
  ("inv", "Hola Alex, te escribo desde la organización de una conferencia de backend en Madrid. Vimos tu charla sobre event sourcing y nos encantaría "
          "tenerte como ponente en octubre. Cubrimos viaje y hotel. ¿Te cuento más?"),
  ("rem", (7, 11)), nl="es", start=("2026-03-02", "2026-03-14"))
P("good_invitation", "en", "Sophie Lindqvist", "Talent Acquisition Partner at Northvane (we're hiring!)", "London",
  ("inv", "Hi Alex, I'm the in-house recruiter at Northvane (energy trading, ~400 people, King's Cross). We need a Senior Backend Engineer in Go, "
          "£95-110k + bonus, 3 days in the office. Your Kafka work looks spot on. Open to a chat?"),
  ("rem", (6, 10)), start=("2026-03-02", "2026-03-12"))
P("good_invitation", "en", "Jonas Albrecht", "Backend Engineer | Maintainer of pgx-migrate", "Berlin",
  ("inv", "Hallo Alex, du hast letztes Jahr den Fix für das Locking-Problem in pgx-migrate eingereicht, nochmal danke! Wir starten gerade eine kleine "
          "Maintainer-Runde (ein Call im Monat, offen und kostenlos) und hätten dich gern dabei."),
  nl="de")

P("good_invitation", "en", "Siobhán Gallagher", "Senior Product Engineer at Brightmoor | ex-Tallyfox", "Dublin",
  ("inv", "Hiya Alex, a gang of us ex-Tallyfox lot are doing drinks at the Old Fountain on the 27th, first one since the layoffs. Free, no speeches, "
          "just catching up and swapping job leads. You were missed at the last one! Connect and I'll add you to the group chat."),
  ("rem", (5, 8)), start=("2026-03-02", "2026-03-12"))

# =============================================================== default_invitation
P("default_invitation", "en", "Kieran Walsh", "Senior Technical Recruiter | Fintech | Contract & Perm", "London",
  ("inv", NONOTE), ("rem", (6, 10)), start=("2026-03-02", "2026-03-14"))
P("default_invitation", "en", "Agnieszka Kowalczyk", "Java Developer | Spring Boot | Microservices", "Kraków", ("inv", DEFAULT))
P("default_invitation", "en", "Rahul Menon", "Founder @ stealth AI startup | ex-big tech", "London", ("inv", NONOTE))
P("default_invitation", "en", "Florian Becker", "Head of Engineering bei Lumensys", "München",
  ("inv", DEFAULT), ("rem", (7, 12)), nl="de", start=("2026-03-02", "2026-03-12"))
P("default_invitation", "en", "Marco Bellini", "Senior Java Engineer | Open to work", "London",
  ("inv", NONOTE), ("rem", (8, 12)), start=("2026-03-02", "2026-03-14"))
P("default_invitation", "en", "Chloé Martin", "Étudiante en informatique | Epitech", "Paris", ("inv", DEFAULT), nl="fr")

# =============================================================== sales_invitation
P("sales_invitation", "en", "Brandon Keller", "Enterprise AE, EMEA @ Codepilot AI | AI code review", "London",
  ("inv", "Hi Alex, fintech teams like Halden's are cutting PR review time by 40% with Codepilot's AI reviewer. Worth 15 mins next week to see it "
          "run on one of your repos? I can set up a free pilot for your squad."),
  ("rem", (5, 8)), start=("2026-03-02", "2026-03-14"))
P("sales_invitation", "en", "Oksana Hrytsenko", "Business Development Manager | Dedicated Dev Teams | Kyiv • Lviv • Wrocław", "Lviv",
  ("inv", "Hello Alex! Our company provides dedicated teams of senior Go and React engineers from Ukraine and Poland, rates from 35$/hour. "
          "We already helped 60+ fintech companies to scale quickly. May I share our case studies with you?"))
P("sales_invitation", "en", "Gareth Pomeroy", "System Design Coach | 900+ engineers promoted to Staff", "Brighton",
  ("inv", "Alex, most senior engineers stall because they can't sell their design thinking in the room. My 8-week Staff Accelerator fixes that. "
          "Next cohort starts 6 April and there are 3 seats left. Shall I send the syllabus?"))
P("sales_invitation", "en", "Maxime Roussel", "Account Executive UK&I | Datagrove Observability", "London",
  ("inv", "Bonjour Alex, je vois que vous êtes chez Halden Pay. Nous aidons les équipes plateforme à diviser par deux leur facture d'observabilité. "
          "Seriez-vous ouvert à un échange de 20 minutes avec notre équipe ?"),
  nl="fr")
P("sales_invitation", "en", "Lewis Hargreaves", "Director | Hargreaves Tech Talent | Contract Go & Rust engineers", "Leeds",
  ("inv", "Alex, if your team's short of hands for Q2 I've got three vetted contract Go devs free immediately, all ex-fintech, £550-650/day "
          "outside IR35. Shall I ping over CVs?"))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Natalie Osei", "Community Lead | London Engineering Leaders Collective", "London",
  ("inv", "Hi Alex, I run a small peer group for senior ICs and tech leads in London. We swap notes on promo cases, on-call, staff-level stuff. "
          "Invite only, no sponsors, just people doing the job. Would love you in it."),
  ("msg", "Thanks for joining us Alex! Quick one before the next session: the Collective is run by Ascendly, and members get our Staff Engineer "
          "Track at 30% off (£1,950 instead of £2,800). It's what got most of the group promoted. Want me to send the enrolment link? Offer closes Friday.",
   (8, 16)),
  ("msg", "Hi Alex, just checking you saw the Staff Track offer, I can hold the member price for you until Monday if that helps.", (5, 9)),
  start=("2026-02-09", "2026-02-20"))
P("bait_and_switch_invitation", "en", "Ravi Shankar", "Solutions Engineer | ex-SRE | Kafka nerd", "London",
  ("inv", "Hey Alex, fellow Kafka sufferer here 😅 saw your comment about consumer lag alerts in the platform Slack. How did you end up tuning "
          "them? We've been going round in circles for weeks."),
  ("msg", "Cheers for accepting! So, full disclosure, I'm at Lagwatch now and we built exactly the thing for consumer-lag alerting. Could I grab "
          "20 minutes to show you? I'll set you up with a 30-day trial on your staging cluster.", (4, 10)),
  start=("2026-02-20", "2026-03-06"))
P("bait_and_switch_invitation", "en", "Marcus Oyelaran", "Hiring Manager | Remote Engineering @ NexaTrade Global", "Remote",
  ("inv", "Hello Alex, we are hiring remote senior engineers for our trading platform, fully remote, USD 120-160k. Your profile matches very well. "
          "Please accept so I can share the role details with you."),
  ("msg", "Thank you for accepting Alex. The next step is our technical assessment on a partner platform. There is a one-time refundable fee of "
          "$180 for the proctored environment, reimbursed with your first salary. Kindly complete the payment within 48 hours using the link below.",
   (2, 4)),
  ("msg", "Hi Alex, reminder: your assessment slot will be released today if the $180 fee is not settled. Many candidates are waiting.", (2, 3)),
  start=("2026-03-02", "2026-03-12"))
P("bait_and_switch_invitation", "en", "Javier Montoya", "Formador en Kubernetes | CKA · CKAD · CKS", "Valencia",
  ("inv", "¡Hola Alex! He preparado una guía gratuita de 40 páginas con los errores más comunes de Kubernetes en producción. Si conectamos te la "
          "paso, sin más."),
  ("msg", "¡Gracias por conectar! Aquí tienes la guía: https://guias.example.es/k8s-prod. Por cierto, este mes abro plazas para mi bootcamp "
          "intensivo de CKA (6 semanas, 490 €) y con el código ALEX20 tienes un 20 % de descuento. ¿Te reservo plaza?", (7, 14)),
  nl="es", start=("2026-02-14", "2026-02-27"))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Grace Whitmore", "Senior Talent Partner | Verity Systems Group", "London",
  ("inm", "Remote Senior Backend role – up to $140k",
   "Hi Alex, I came across your profile and think you'd be a great fit for a fully remote Senior Backend Engineer role with one of our fintech "
   "clients. Compensation is up to $140k. Are you open to hearing more? Best, Grace"),
  ("inm", "Next steps – Verity certification",
   "Great to hear back from you Alex! Before we can submit you to the client, all candidates need our Verity Certified Backend Professional "
   "credential. The exam is normally £295, discounted to £195 this week, and once certified we fast-track you to the final round.", (4, 8)),
  start=("2026-03-02", "2026-03-12"))
P("bait_and_switch_inmail", "en", "Chiara Benedetti", "UX Researcher | Developer experience studies", "Bologna",
  ("inm", "Ricerca sugli sviluppatori – 20 minuti?",
   "Ciao Alex, sto conducendo una ricerca indipendente su come i team backend gestiscono i test di integrazione. Ti andrebbe una chiacchierata "
   "di 20 minuti? Nessuna vendita, solo domande, e alla fine ti mando il report con i risultati."),
  ("inm", "Il report + una proposta",
   "Ciao Alex, grazie ancora per il tempo! Ecco il report come promesso. Visto quello che mi hai raccontato sui test flaky, Testbay sarebbe "
   "perfetto per voi: posso fissarti una demo con il nostro account executive giovedì? La licenza team parte da 39 €/utente al mese.", (9, 14)),
  nl="it", start=("2026-02-20", "2026-03-05"))
P("bait_and_switch_inmail", "en", "Pieter van Dijk", "Career Partner | TechLeap Placement", "Amsterdam",
  ("inm", "Staff Engineer interview – Amsterdam",
   "Hi Alex, I'm working on a Staff Engineer opening at a scale-up in Amsterdam, €130k plus relocation. I would like to invite you for a first "
   "screening call this week. Which day suits you?"),
  ("inm", "Your screening result",
   "Hi Alex, good news, you passed the screening! To be presented to our partner companies, candidates join our Placement Programme (mock "
   "interviews, CV rewrite, salary negotiation). The fee is €1,450 in three instalments and is fully refunded if you have no offer within 90 days.",
   (5, 9)),
  start=("2026-03-02", "2026-03-12"))

# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Jordan Fitzgerald", "Frontend Developer | React | TypeScript", "Leeds",
  ("end",), ("end", (1, 4)),
  ("msg", "Hey Alex, endorsed you for {skill} and a couple of others, well deserved! Would you mind doing the same for me on React and TypeScript? "
          "Trying to get my profile into shape before I start applying. Cheers!", (1, 3)),
  start=("2026-03-02", "2026-03-12"))
P("endorse_me_back", "en", "Federico Galli", "Software Engineer | Java | Spring Boot", "Milano",
  ("end",),
  ("msg", "Ciao Alex! Ti ho lasciato qualche conferma sulle competenze 😉 se ti va di ricambiare su Java e Spring Boot mi fai un grande favore, "
          "sto cercando lavoro a Londra. Grazie mille e un saluto da Milano!", (2, 6)),
  nl="it", start=("2026-03-04", "2026-03-16"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Craig Dunmore", "Principal Consultant | Fintech Engineering Recruitment | Dunmore Blake", "London",
  ("inv", "Alex, I've got a Lead Engineer role at a Series B payments firm, £120k + equity, hybrid in Farringdon. Think you'd be ideal. "
          "Accept and I'll send details over."),
  ("rem", (5, 7)),
  ("inm", "Seriously?",
   "Ignored my invite twice? I was offering you a £120k role. Engineers like you then wonder why no recruiter picks up the phone when the market "
   "turns. A bit of humility wouldn't hurt, mate. Good luck out there.", (4, 8)),
  start=("2026-03-02", "2026-03-08"))
P("hostility_after_decline", "en", "Vanessa Hale", "Growth @ Shipfast CI | Builds 3x faster", "Manchester",
  ("inv", "Hi Alex, Shipfast runs your pipelines three times faster than GitHub Actions for half the price. Can I send you a 2-minute Loom?"),
  ("inm", "Re: my invitation",
   "Not even a 'no thanks'? I actually researched your team before writing and you just leave me hanging. It's people like you who make this job "
   "miserable. Enjoy your slow builds.", (7, 12)),
  start=("2026-03-02", "2026-03-12"))
P("hostility_after_decline", "en", "Markus Engelhardt", "Freelance DevOps Consultant | AWS | Terraform", "Frankfurt am Main",
  ("inv", "Hallo Alex, ich bin freiberuflicher DevOps-Berater und baue mir gerade Kontakte in der Londoner Fintech-Szene auf. Vielleicht ergibt "
          "sich ja mal ein gemeinsames Projekt. Beste Grüße, Markus"),
  ("rem", (7, 10)),
  ("inm", "Ihre Ablehnung",
   "Hallo Herr Morgan, dass Sie meine Anfrage kommentarlos ignorieren, finde ich ehrlich gesagt ziemlich arrogant. Ein kurzes Nein wäre das "
   "Mindeste gewesen. So pflegt man kein Netzwerk. Gruß, M. Engelhardt", (3, 7)),
  nl="de", start=("2026-02-24", "2026-03-06"))

# =============================================================== hostility_connection
P("hostility_connection", "en", "Liam Corcoran", "Senior Recruiter | Platform & SRE | Fenwick Search", "London",
  ("inv", "Hi Alex, I recruit platform engineers in London and your name keeps coming up with the Go meetup crowd. Happy to connect for whenever "
          "you're next looking, no pressure at all."),
  ("msg", "Thanks for connecting Alex. Got a cracking Staff SRE role at a market-data firm, £135k base, two days in. Free for a quick call Thursday?", (3, 8)),
  ("msg", "Right. 'Not looking, thanks' and that's it? I've had you in mind for three roles this year. Honestly, you lot expect recruiters to bend "
          "over backwards and can't spare two minutes. Don't come running when the market turns.", (2, 6)),
  start=("2026-02-20", "2026-03-04"))
P("hostility_connection", "en", "Nikolai Sørensen", "Founder | StreamHaus – managed Kafka for fintech", "København",
  ("acc",),
  ("msg", "Hi Alex, thanks for the add! Since you're on the platform side: we run managed Kafka at about 40% below Confluent, with a UK region. "
          "Could we do a quick call next week?", (1, 3)),
  ("msg", "I can see you've read my message and said nothing. You sent ME the connection request and now you can't type one line back? "
          "Don't add people if this is how you treat them.", (6, 10)),
  start=("2026-03-02", "2026-03-10"))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Chloe Hartley", "Partnerships @ Learnstack | Upskill your engineering team", "London",
  ("msg", "Hi Alex! Hope the week's treating you well. Learnstack gives engineering teams unlimited hands-on labs (AWS, Kubernetes, Go, 2,000+ of "
          "them). Is your manager the right person to talk to about a team licence, or is that you?"),
  ("msg", "Hi again Alex, circling back: we've got Q1 pricing, 25% off team plans until the 31st. Happy to set up a 5-seat trial?", (6, 10)),
  ("msg", "Okay, I'll stop after this one! The trial's still there if you want it.", (5, 8)),
  start=("2026-03-02", "2026-03-08"))
P("connection_only_pitches", "en", "Julien Fabre", "Développeur freelance Full-Stack | Next.js & Node | TJM sur demande", "Lyon",
  ("msg", "Salut Alex, je suis dev freelance full-stack et je cherche des missions en remote pour des boîtes au Royaume-Uni. Si ton équipe a besoin "
          "de renfort sur du Node ou du React, je suis dispo dès avril, TJM 480 €. Je t'envoie mon portfolio ?"),
  ("msg", "Re-salut ! Je me permets de relancer : une dispo se libère le 7 avril. S'il y a le moindre besoin chez vous, je te fais un devis dans "
          "la journée.", (7, 12)),
  nl="fr", start=("2026-03-02", "2026-03-12"))
P("connection_only_pitches", "en", "Imran Qureshi", "Founder | DevResume Pro – CVs that get engineers hired", "Birmingham",
  ("msg", "Alex, quick one. Senior engineers who use my CV rewrite service get about 3x more recruiter callbacks. £149 for a full rewrite plus "
          "LinkedIn optimisation. Fancy a free review of your current CV first?"),
  ("msg", "Hey Alex, spring offer this week only: CV + LinkedIn bundle for £99. Shall I pencil you in?", (6, 11)),
  start=("2026-03-02", "2026-03-12"))

# =============================================================== single_pitch
P("single_pitch", "en", "Olivia Grant", "Account Executive | Talentbeam – hiring platform for engineering teams", "London",
  ("msg", "Hi Alex, noticed Halden has six backend roles open. Talentbeam's pre-vetted pool could fill those in about three weeks and we only "
          "charge on hire. Could you point me to your head of talent for a quick intro?"))
P("single_pitch", "en", "Kai Vogelsang", "Gründer | Inhouse-Workshops Clean Architecture & DDD", "Hamburg",
  ("msg", "Moin Alex, ich biete zweitägige Inhouse-Workshops zu Clean Architecture und DDD an, gern auch remote und auf Englisch. Für Teams bis "
          "12 Leute ab 4.800 €. Wär das was für euch? Die Agenda schick ich dir gern."),
  nl="de")
P("single_pitch", "en", "Valeria Conti", "Sales Manager UK | Cloudforge – bare-metal hosting", "Milano",
  ("msg", "Buongiorno Alex, ti scrivo perché offriamo server bare-metal in Europa con costi fino al 60% inferiori rispetto ad AWS. Posso "
          "prepararti un preventivo su misura per il vostro carico?"),
  nl="it")

# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Ben Ashcroft", "Engineering Manager at Fernlight | ex-Tallyfox", "London",
  ("end",),
  ("msg", "Oi oi! Clicked {skill} on your profile because nobody alive knows our old payment reconciler better. Also, we're opening a senior role "
          "on my team in May. Happy to refer you if you fancy it (I get the referral bonus, so drinks are on me). No worries if not!", (1, 5)),
  start=("2026-03-02", "2026-03-14"))
P("connection_brings_value", "en", "Ngozi Eze", "Backend Engineer at Pebblepost | Organiser, Women in Go London", "London",
  ("msg", "Hi Alex, thanks again for mentoring at our hack night last month, two of the people you paired with have opened their first PRs! "
          "We're running a free code-review workshop on 26 March, would you be up for being one of the reviewers? Food and drinks on us."),
  ("msg", "Brilliant, thank you! You're on the reviewer list. The doc with the repos is here: https://docs.example.com/wig-review. See you on the "
          "26th 🙌", (2, 5)),
  start=("2026-03-02", "2026-03-12"))
P("connection_brings_value", "en", "Pablo Etxeberria", "Senior SRE at Zentral Bank Tech", "Bilbao",
  ("msg", "¡Hola Alex! Al final publicamos el postmortem del incidente de Postgres que te conté en la KubeCon. Te lo paso por si os sirve, hay un "
          "par de cosas sobre el failover de Patroni que os pueden ahorrar un buen susto: https://blog.example.org/postmortem-pg. ¡Un abrazo!"),
  nl="es")
P("connection_brings_value", "en", "Camille Dufresne", "Staff Engineer | Paiements | ex-Criteo", "Paris",
  ("msg", "Hello Alex, petite question technique entre pairs : vous utilisez toujours l'outbox avec Debezium chez Halden ? On hésite à migrer et "
          "ton retour d'expérience m'aiderait beaucoup, même en dix lignes. En échange je te partage notre benchmark maison si ça te dit."),
  ("msg", "Merci pour ta réponse super détaillée ! Comme promis, voici notre benchmark Debezium vs. polling (latence, charge sur Postgres) : "
          "https://gist.example.com/cdufresne/outbox-bench. Si un jour tu passes à Paris, le café est pour moi.", (3, 7)),
  nl="fr", start=("2026-03-02", "2026-03-14"))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Emily Hutchinson", "Internal Talent Partner at Corvid Health", "London",
  ("inm", "Senior Backend Engineer – Corvid Health (NHS data platform)",
   "Hi Alex, I'm on the in-house talent team at Corvid Health. We build the data platform behind three NHS trusts' patient-flow tools and need a "
   "Senior Backend Engineer (Go/Postgres). £90-105k, two days a week in our Old Street office, 30 days' holiday. Would you be open to a 20-minute "
   "chat with our Head of Engineering?\n\nBest wishes,\nEmily"))
P("stranger_inmail_recruiter", "en", "Josh Kaminski", "Senior Consultant | Low-latency & Trading Tech | Calloway Search", "London",
  ("inm", "Go Engineer – trading – £150k+",
   "Alex - Go engineer role at a top-tier trading firm in the City. £150-180k + bonus. Low-latency, greenfield, small team. Worth a call?"),
  ("inm", "Re: Go Engineer – trading – £150k+",
   "Hi Alex, just bumping this up your inbox. Client wants to move fast, interviews next week. Even if it's not for you, happy to keep you in mind "
   "for the next one.", (4, 7)),
  ("inm", "Last one from me",
   "Alex, final nudge I promise. They've just lifted the band to £190k. If the timing's wrong just say so and I'll leave you be. Josh", (5, 9)),
  start=("2026-03-02", "2026-03-08"))
P("stranger_inmail_recruiter", "en", "Lena Fischbach", "Talent Acquisition | Sparwerk Bank", "Berlin",
  ("inm", "Senior Software Engineer (m/w/d) – Payments, Berlin",
   "Hallo Alex, wir bauen bei der Sparwerk Bank gerade ein neues Payments-Team in Berlin auf und suchen erfahrene Go-Entwickler:innen. "
   "Teamsprache ist Englisch, ein Relocation-Paket ist dabei, Gehalt 95–115 T€. Hätten Sie Lust auf ein unverbindliches Gespräch?\n\n"
   "Viele Grüße\nLena Fischbach"),
  nl="de")
P("stranger_inmail_recruiter", "en", "Antoine Leclerc", "CTO | Pollen Énergie", "Paris",
  ("inm", "Lead backend – on monte l'équipe à Londres",
   "Bonjour Alex, je suis le CTO de Pollen Énergie. Nous ouvrons un bureau à Londres et je cherche un lead backend pour lancer l'équipe (Kotlin, "
   "Kafka). Je recrute en direct, sans cabinet. Un café la semaine prochaine ? Je suis à Londres du 16 au 18."),
  nl="fr", start=("2026-03-02", "2026-03-10"))
P("stranger_inmail_recruiter", "en", "Katarzyna Zielińska", "IT Recruiter | Remote roles in EU | Brightcode Talent", "Warszawa",
  ("inm", "Senior Kotlin Developer - 100% remote from UK possible",
   "Dear Alex,\n\nI hope this message finds you well. I am recruiting a Senior Kotlin Developer for our client, a Scandinavian insurance company. "
   "The position is 100% remote, B2B contract or employment possible, rate up to 700 GBP per day. Would you be interested to receive more "
   "details?\n\nKind regards,\nKatarzyna"))
P("stranger_inmail_recruiter", "en", "Rohan Mehta", "Engineering Manager, Payments Platform at Velocity Rail", "London",
  ("inm", "Your idempotency talk – and a role",
   "Hey Alex, watched your talk on idempotent payment APIs last night, really good. Cards on the table: I'm hiring for my team (Senior Engineer, "
   "ticketing payments, around £100k). I'm the hiring manager, so no middleman. If you're not looking, no stress, I'd still like to compare "
   "notes sometime."))
P("stranger_inmail_recruiter", "en", "Marina Castells", "Tech Recruiter at Recadito", "Barcelona",
  ("inm", "Senior Backend Engineer – Barcelona (con relocation)",
   "Hola Alex, ¿qué tal? Soy Marina, del equipo de talento de Recadito. Buscamos un Senior Backend Engineer para el equipo de pagos en Barcelona: "
   "Go, microservicios, equipo internacional (trabajamos en inglés). Ayudamos con la mudanza y la banda es de 80-95k €. ¿Te apetece que hablemos?"),
  nl="es")
P("stranger_inmail_recruiter", "en", "Davide Sorrentino", "Head of Talent | Paygrove", "Milano",
  ("inm", "Staff Engineer a Milano o da remoto",
   "Ciao Alex, seguo le assunzioni tecniche in Paygrove. Cerchiamo uno Staff Engineer per la piattaforma pagamenti, anche full remote dal Regno "
   "Unito. RAL fino a 120k € più stock option. Se ti incuriosisce ti giro la job description completa."),
  nl="it")
P("stranger_inmail_recruiter", "en", "Sam Okonkwo", "Recruitment Consultant | Contract & Perm Tech | Goodall Hart", "London",
  ("inm", "Contract Go role – outside IR35 – £750/day",
   "Morning Alex, 6-month contract, Go + AWS, outside IR35, £700-750/day, remote with one day a month in Canary Wharf. Start ASAP. Are you open "
   "to contract work at the moment?"),
  ("inm", "Re: Contract Go role – outside IR35 – £750/day",
   "Hi Alex, any thoughts on the below? Client wants CVs by Friday, so I'd need to hear from you by Thursday to get you in. Thanks, Sam", (2, 5)),
  start=("2026-03-02", "2026-03-16"))
P("stranger_inmail_recruiter", "en", "Aoife Brennan", "Technical Recruiter at Quayline", "Dublin",
  ("inm", "Senior Engineer, Ledger – Dublin or London",
   "Hi Alex, Aoife here from the recruiting team at Quayline. We're hiring for our Ledger team, which looks a lot like what you've been building "
   "at Halden. Roles are in Dublin or London, hybrid. Could I send over the details or grab 15 minutes? Thanks a million"))

P("stranger_inmail_recruiter", "en", "Zainab Hussain", "Senior Talent Partner at Gridlight (climate tech, hiring)", "London",
  ("inm", "Backend Engineer, grid forecasting – Gridlight",
   "Hi Alex, I lead engineering hiring at Gridlight. We forecast demand for the UK grid and our ingestion is mostly Go on Kafka, so your "
   "background jumped out. Senior Backend Engineer, £95-115k, hybrid (Thursdays in Angel), 4-day week trial running this year. Could we talk this week?"),
  ("inm", "Re: Backend Engineer, grid forecasting – Gridlight",
   "Hi again Alex, I know March is busy! Just flagging that the hiring manager is at the Platform Eng meetup on the 19th if you'd rather say "
   "hello in person than do a call. Zainab", (6, 10)),
  start=("2026-03-02", "2026-03-09"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Hayden Cross", "Senior Account Executive | Flakeguard", "London",
  ("inm", "Flaky tests at Halden?",
   "Hi Alex - read Halden's engineering blog post on flaky CI. Flakeguard auto-quarantines flaky tests and tells you which commit made them "
   "flaky. Teams your size usually cut red builds by about 70%. 15 mins Thursday?"),
  ("inm", "Re: Flaky tests at Halden?", "Alex, resurfacing this in case it got buried. Happy to send a 3-minute video instead of a call.", (5, 9)),
  start=("2026-03-02", "2026-03-14"))
P("stranger_inmail_sales", "en", "Ayesha Rahman", "Career Coach | Land a £150k+ role | FAANG Prep Academy", "London",
  ("inm", "Your next £150k role",
   "Hi Alex, senior engineers in London are underpaid by £30-50k on average. Our 10-week FAANG Prep programme comes with a job guarantee or your "
   "money back. Enrolment for the April cohort closes Sunday - can I send you the details and pricing?"))
P("stranger_inmail_sales", "en", "Henrik Baumann", "Account Executive DACH & UK | Keyvault Cloud", "München",
  ("inm", "Secrets-Management – kurze Frage",
   "Hallo Alex, wie verwaltet ihr bei Halden Pay aktuell eure Secrets? Viele Fintechs wechseln gerade von selbst gehostetem Vault zu unserer "
   "Managed-Lösung. Hätten Sie 15 Minuten für eine kurze Demo? Beste Grüße, Henrik"),
  nl="de")
P("stranger_inmail_sales", "en", "Vikram Iyer", "VP Sales | Nimbus Softlabs – Offshore Software Development", "Pune",
  ("inm", "Partnership proposal",
   "Dear Alex,\n\nGreetings from Nimbus Softlabs! We are a CMMI Level 5 company with 500+ engineers in Go, Java and React, and we can reduce your "
   "development cost by up to 60%. Kindly let me know a suitable time for a call with our delivery head.\n\nWarm regards,\nVikram"))
P("stranger_inmail_sales", "en", "Álvaro Cuesta", "Fundador | Formación en IA generativa para equipos de desarrollo", "Madrid",
  ("inm", "¿Tu equipo ya programa con IA?",
   "Hola Alex, damos formaciones in-company de IA generativa aplicada al desarrollo (asistentes de código, agentes, RAG). Dos días, hasta 15 "
   "personas, 6.900 €. Nos encantaría hacer una sesión con tu equipo. ¿Te mando el temario?"),
  nl="es")

# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Oliver Pennington", "Staff Engineer | Co-host of 'Ship It Friday', a backend podcast", "London",
  ("inv", "Hi Alex, I co-host a small podcast about backend war stories. Your post on Kafka rebalancing was great. Would you come on as a guest? "
          "No prep, 40 minutes, we send the questions ahead."),
  ("msg", "Great to be connected! Here's the booking link and the rough question list. We record on Riverside, you'll only need headphones. "
          "Really looking forward to it.", (4, 8)),
  ("msg", "Hey Alex, hope you enjoyed the recording! One thing I should mention: the podcast is funded by my consultancy, Pennington Systems, and we "
          "do Kafka health checks for £3,500. Given what you said about rebalancing, I think you'd get a lot out of it. Would it be ok "
          "if I sent a proposal over to your manager?", (10, 16)),
  start=("2026-02-16", "2026-02-26"))
P("good_turns_ugly", "en", "Elin Bergström", "Senior Backend Engineer | Rust | Distributed systems", "Stockholm",
  ("inv", "Hi Alex! We met at the Rust London meetup after your lightning talk, I was the one asking about tokio cancellation. Would be nice to "
          "stay in touch, and I will send the blog post I mentioned."),
  ("msg", "Here is the post about cancellation safety I promised: https://blog.example.se/cancel-safety. Part 3 answers your question from the "
          "Q&A, I think. Good luck with the migration!", (3, 6)),
  ("end", (5, 9)),
  ("msg", "Hi Alex, I endorsed you for {skill}, hope that is ok! I am applying for jobs in London now, would you be so kind to endorse me for Rust "
          "and Distributed Systems? It would help me a lot 🙏", (1, 3)),
  start=("2026-02-18", "2026-02-27"))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Connor Blake", "Head of Sales EMEA at Querylane", "London",
  ("inm", "Postgres query costs",
   "Hi Alex, Querylane finds the five most expensive queries in your Postgres fleet in under an hour. Shall we run a free audit for Halden? It takes 30 "
   "minutes of your time, and we handle the rest."),
  ("inv", "Alex, loved your thread about vacuum tuning. Would be great to be connected, always up for swapping notes with a fellow database nerd.",
   (236, 244)),
  start=("2025-07-10", "2025-07-20"))
P("reinvite_known_bad", "en", "Yusuf Demir", "Software Engineer | Cloud | Istanbul → London", "London",
  ("inv", DEFAULT),
  ("inv", "Hello Alex, I sent you a request last year without a note, sorry about that. I moved to London recently and try to understand the "
          "fintech backend scene here. Would you be open to a 15 min coffee chat? I can come to Shoreditch.", (158, 165)),
  start=("2025-10-01", "2025-10-10"))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Declan Murray", "Director | Murray Tech Recruitment", "London",
  ("inv", "Alex, I place senior engineers with London fintechs. Let's connect, I've a few roles that would suit you."),
  ("inm", "Your loss",
   "Ignoring recruiters is a great way to make sure nobody calls you when you actually need a job. Have a think about that.", (10, 20)),
  ("inv", "Hi Alex, new year, clean slate? I've got a genuinely great Principal role at a climate-tech firm, £140k. Would love to reconnect.",
   (168, 176)),
  start=("2025-09-01", "2025-09-08"))
P("reinvite_known_ugly", "en", "Mehdi Benali", "Head of Partnerships | PlatformOS", "Paris",
  ("inm", "Étude sur les équipes plateforme",
   "Bonjour Alex, je mène une étude sur les pratiques des équipes plateforme en Europe. Auriez-vous 15 minutes pour répondre à quelques "
   "questions ? Je partagerai les résultats avec tous les participants."),
  ("inm", "Suite à notre échange",
   "Merci Alex pour vos réponses ! D'après ce que vous décrivez, PlatformOS vous ferait gagner un temps fou sur le provisioning. Je vous propose "
   "une démo avec notre équipe commerciale jeudi à 15 h ?", (7, 14)),
  ("inv", "Bonjour Alex, j'organise un petit dîner entre responsables plateforme à Londres le mois prochain, sans aucune présentation "
          "commerciale. Ça vous tenterait ?", (112, 120)),
  nl="fr", start=("2025-11-03", "2025-11-10"))

# =============================================================== user_invited_pitch_once / twice / value
P("user_invited_pitch_once", "en", "Harriet Cole", "Developer Advocate | Tessel DB", "London",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Really enjoyed our chat at the stand. As promised, I can get Halden onto our startup plan, first three "
          "months free then $499/month, and I'd love to get you on a call with our solutions team to scope the migration. Does Tuesday work?",
   (1, 4)),
  start=("2026-03-03", "2026-03-16"))
P("user_invited_pitch_once", "en", "Sergio Navarro", "Socio | Auditorías de seguridad de APIs para fintech", "Madrid",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por la invitación, fue un placer coincidir en la charla. Te cuento: en mi consultora hacemos auditorías de seguridad "
          "de APIs para fintechs y ahora tenemos un paquete de pentest por 3.500 €. ¿Te paso una propuesta?", (1, 4)),
  nl="es")
P("user_invited_pitch_twice", "en", "Dominic Reyes", "Founder, Stackwise – engineering metrics", "London",
  ("acc",),
  ("msg", "Hey Alex, good to meet you at the breakfast. Stackwise gives engineering leads DORA metrics straight from GitHub and Jira. "
          "Could I get you on a 20-minute demo?", (1, 3)),
  ("msg", "Hi Alex, following up: we're offering design partners a free quarter plus 50% off year one. Would love Halden in that group. Any "
          "chance of 20 minutes this week?", (6, 12)),
  start=("2026-03-02", "2026-03-08"))
P("user_invited_pitch_twice", "en", "Carolin Weidner", "Key Account Managerin | CodeCampus Academy", "Köln",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Kurz zu uns: Wir bieten Zertifizierungskurse für Kubernetes (CKA/CKAD) mit Prüfungsgarantie "
          "an. Für Teams ab fünf Personen gibt es 20 % Rabatt. Soll ich Ihnen ein Angebot schicken?", (1, 3)),
  ("msg", "Hallo Alex, ich wollte noch einmal nachhaken: Unser Frühjahrsrabatt läuft am 31. März aus. Darf ich Ihnen das Angebot für Ihr Team "
          "zusenden?", (7, 12)),
  nl="de", start=("2026-03-02", "2026-03-10"))
P("user_invited_value", "en", "Tom Griffiths", "Principal Engineer at Wexcombe Bank", "London",
  ("acc",),
  ("msg", "Alex, good to be connected properly. As promised at the meetup, here's our internal write-up on moving off a shared Postgres to per-service "
          "databases (sanitised). Section 4 is the dual-writes bit we talked about. Shout if anything's unclear, happy to jump on a call.", (1, 3)))
P("user_invited_value", "en", "Giorgia Lombardi", "Senior Engineer | Tallyfox alumni", "London",
  ("acc",),
  ("msg", "Ciao Alex! Grazie dell'invito, che bello ritrovarti qui. Ti giro il contatto di Marco, il CTO di cui ti parlavo: cerca proprio "
          "qualcuno con la tua esperienza sui pagamenti e gli ho già accennato di te. Dimmi tu se vuoi che vi metta in contatto per email!", (1, 2)),
  nl="it")

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Rachel Kim", "Director of Engineering at Northvane", "London", ("acc",))
P("acceptance_only", "en", "Mateusz Nowak", "Senior Data Engineer | Spark | Scala", "Wrocław", ("acc",))
P("lone_endorsement", "en", "Will Thackeray", "Backend Engineer at Halden Pay", "London", ("end",))
P("lone_endorsement", "en", "Lucas Moreno", "Junior Developer | Bootcamp graduate | Looking for my first role", "Sevilla", ("end",))

# LinkedIn caps invitation notes at 300 characters
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))

# everyone in this month's mail uses the current layout
ERAS = {s[2]: "cur" for s in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Hannah Pryce", "hannah.pryce@fernlight.example", "that backend lead role",
     "Alex!\n\nSent you a LinkedIn request but I know you never look at it. Role's on our careers page, I'll send the JD properly if you're "
     "interested. Pint Thursday?\n\nH", "en"),
    ("Harlow & Finch Recruitment", "jobs@harlowfinch.example", "Found your LinkedIn profile – Senior Go Engineer, fintech",
     "Dear Alex,\n\nI came across your profile on LinkedIn and would love to discuss a Senior Go Engineer role with a Series C fintech in Old "
     "Street. Please reply with a good time to call.\n\nKind regards\nPhilippa Harlow", "en"),
    ("Meetup", "info@meetup.example", "New event: London Platform Engineering – Postgres at scale",
     "London Platform Engineering Meetup posted a new event for Thursday 19 March at CodeNode. 84 going. The organisers share slides on their "
     "LinkedIn page afterwards.", "en"),
    ("Halden Pay People Team", "people@haldenpay.example", "Reminder: social media and unreleased products",
     "Hi all,\n\nA reminder that unreleased products and client names must not appear on LinkedIn or other social profiles. If in doubt, ask "
     "comms before posting.\n\nThanks,\nPeople Team", "en"),
    ("Halden Pay Security", "security@haldenpay.example", "Phishing alert: fake recruiter 'coding tests'",
     "We've seen fake LinkedIn recruiters sending 'take-home tests' that install malware. Never run a repo from a recruiter on a work laptop. "
     "Report anything suspicious to #sec-help.", "en"),
    ("Backend Weekly", "newsletter@backendweekly.example", "Backend Weekly #212: outbox patterns, Go 1.26, and why your LinkedIn post flopped",
     "This week: the outbox pattern two years on, what's new in Go 1.26, and a tongue-in-cheek guide to writing LinkedIn posts about your side "
     "project.\n\nUnsubscribe: https://backendweekly.example/u", "en"),
    ("Priya Raman", "priya.raman@example.net", "Fwd: I want to connect",
     "Do you know her? She's sent the same 'peer group' invite to half my team on LinkedIn.\n\n---------- Forwarded message ---------\n"
     "From: Natalie Osei via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHi Priya, I run a small peer group for senior ICs...", "en"),
    ("Google Calendar", "calendar-notification@google.example", "Invitation: Coffee with Rohan (via LinkedIn) @ Wed 25 Mar 8:30am",
     "You have been invited to: Coffee with Rohan (via LinkedIn)\nWhen: Wednesday 25 March 08:30 – 09:15\nWhere: Prufrock, Leather Lane", "en"),
    ("Welcome to the Jungle", "alertes@wttj.example", "Nouvelles offres pour vous : Lead Backend à Londres",
     "Bonjour Alex,\n\n3 nouvelles offres correspondent à votre recherche. Astuce : importez votre profil LinkedIn pour postuler en un clic.",
     "fr"),
    ("XING", "mailrobot@mail.xing.example", "Neue Nachricht von Florian Becker",
     "Hallo Alex Morgan, Florian Becker hat Ihnen eine Nachricht geschickt: „Hatte Sie auch auf LinkedIn angefragt.“ Jetzt antworten.", "de"),
    ("Conferencia Backend Madrid", "ponentes@backendmadrid.example", "Call for papers abierto – compártelo en LinkedIn",
     "Hola Alex,\n\nel call for papers está abierto hasta el 30 de abril. Si te animas, comparte la convocatoria en LinkedIn con el hashtag del "
     "evento.\n\nUn saludo,\nLucía", "es"),
    ("Giorgia Lombardi", "giorgia.lombardi@example.net", "Marco – il CTO",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn: ecco l'email di Marco, marco@paygrove.example. Gli ho detto che lo contatti tu.\n\nG.",
     "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot corpus dev135. Generated by scripts/make_corpus_dev135.py (seed {SEED}); do not edit by hand.",
          "# An ordinary month (March 2026) of a senior software engineer in London: recruiter InMail good and pushy, fake-job scams, "
          "dev-tool and course sellers, a few real notes from peers, meetup organisers and ex-colleagues, a rude recruiter after a no. "
          "British and European English, some French, Spanish, German and Italian. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev135", SEED, PEOPLE, FOREIGN, spoofs=8, other=16, header=HEADER, eras=ERAS)
