#!/usr/bin/env python3
"""Write mailbot's thirty-fifth, independent development corpus: tests/corpus/dev35/*.eml + expected.toml.

The angle: subtle mail. Alex is a senior staff engineer (platform, storage, reliability) with
a quiet inbox, where what someone wants shows only in context:
- pitches that never name a product ("we've helped a few teams like yours with exactly that",
  "happy to share what's worked"), told apart by the sender's headline and the ask for a call;
- value that looks commercial: peers who mention the tool their company built in-house and
  open-sourced, a free dataset, a runbook, a hiring manager with a real role;
- hostility worded politely ("I'd gently suggest that at your level...", "prendo atto"),
  next to gracious follow-ups after silence that are not hostile at all;
- friendly banter between engineers that only looks rude ("you absolute menace");
- sequences where the second or third mail changes what the first one meant: a benchmark
  review that becomes a design-partner sale, a peer circle run by a vendor, a research
  interview that turns into a demo, an open-source project spun into a company.
All five languages, mostly English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, the user's headline, job-alert titles, newsletters, the
headlines of spoof-only names and PYMK suggestions, and the lines that spoofs carry are swapped
for engineering ones in this process only (make_corpus.py is not changed). Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or
the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev35.py              # writes tests/corpus/dev35
    python scripts/make_corpus_dev35.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260935

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the engineer's world (this process only)
SKILLS = {
    "en": ["Distributed Systems", "Go", "Kubernetes", "System Design", "PostgreSQL", "Site Reliability Engineering"],
    "de": ["Verteilte Systeme", "Go", "Kubernetes", "Softwarearchitektur", "PostgreSQL"],
    "fr": ["Systèmes distribués", "Go", "Kubernetes", "Architecture logicielle", "PostgreSQL"],
    "es": ["Sistemas distribuidos", "Go", "Kubernetes", "Arquitectura de software", "PostgreSQL"],
    "it": ["Sistemi distribuiti", "Go", "Kubernetes", "Architettura software", "PostgreSQL"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Senior Staff Engineer at Example Industries", "de": "Senior Staff Engineer bei Example Industries",
             "fr": "Senior Staff Engineer chez Example Industries", "es": "Senior Staff Engineer en Example Industries",
             "it": "Senior Staff Engineer presso Example Industries"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
# spoof-only names and other LinkedIn mail lean to English wording
mc.LANGS[:] = ["en", "de", "en", "fr", "en"]
mc.JOBS[:] = [("Principal Engineer, Storage", "Fjordline Systems"), ("Staff Software Engineer – Platform", "Kontor Logistik"),
              ("Staff Engineer Fiabilité", "Lumen Paiements"), ("Distinguished Engineer, Infrastructure", "Quarry Labs"),
              ("Senior Staff SRE", "Northpass")]
_JOB = {"en": ("{n} new jobs for \"staff engineer\"", "Your job alert for staff engineer in {city}"),
        "de": ("{n} neue Jobs für „Staff Engineer“", "Ihr Jobalarm für Staff Engineer in {city}"),
        "fr": ("{n} nouvelles offres pour « staff engineer »", "Votre alerte emploi pour staff engineer à {city}"),
        "es": ("{n} empleos nuevos de «staff engineer»", "Tu alerta de empleo de staff engineer en {city}"),
        "it": ("{n} nuove offerte per «staff engineer»", "Il tuo avviso di lavoro per staff engineer a {city}")}
for _l, (_s, _line) in _JOB.items():
    mc.OTHER[_l]["job"] = (_s, _line, mc.OTHER[_l]["job"][2])
_NEWS = {"en": "Is the staff engineer track quietly disappearing?", "de": "Verschwindet die Staff-Engineer-Laufbahn?",
         "fr": "La filière staff engineer est-elle en train de disparaître ?", "es": "¿Se está apagando la carrera de staff engineer?",
         "it": "Il percorso da staff engineer sta scomparendo?"}
_GROUP = {"en": "Top conversations in Platform Engineering Practitioners", "de": "Top-Unterhaltungen in Platform Engineering DACH",
          "fr": "Meilleures discussions dans Ingénierie de plateforme France", "es": "Conversaciones destacadas en Ingeniería de Plataformas",
          "it": "Conversazioni principali in Platform Engineering Italia"}
_NEWSLETTER = {"en": "Glue Work: notes from a staff engineer's week", "de": "Bereitschaft: Notizen aus dem Plattformteam",
               "fr": "Astreinte : carnet d'un ingénieur plateforme", "es": "Guardia: notas de un equipo de plataforma",
               "it": "Reperibilità: appunti da un team di piattaforma"}
for _l in _NEWS:
    mc.OTHER[_l]["news"] = (_NEWS[_l], mc.OTHER[_l]["news"][1])
    mc.OTHER[_l]["group"] = (_GROUP[_l], mc.OTHER[_l]["group"][1])
    mc.OTHER[_l]["newsletter"] = (_NEWSLETTER[_l], mc.OTHER[_l]["newsletter"][1])
mc.COMPANIES["good"] = ["Tessellate", "Fernway", "Quarry Labs", "Northpass", "Fjordline Systems", "Kontor Logistik", "Lumen Paiements", "Stackwise"]
mc.COMPANIES["sales"] = ["Cadence Reliability", "Greenlight CI", "PoolParty Cloud", "TalentBridge", "Opsbeacon", "Nearshore Devs", "CloudTrim"]
mc.COMPANIES["pretext"] = ["Staff+ Circle", "Platform Guild", "Infra Leaders Roundtable", "Opsbeacon"]
mc.HEADLINES["good"] = ["Staff Engineer at {co}", "Principal Engineer | {co}", "SRE Lead at {co}", "Engineering Manager, Storage at {co}",
                        "Software Engineer II at {co}", "Maintainer, open-source tooling | {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Founder & CEO | {co}", "Partnerships at {co}", "Solutions Engineer | {co}",
                         "Helping platform teams ship faster | {co}"]
mc.HEADLINES["pretext"] = ["Community builder | {co}", "Connecting senior engineers | {co}", "Host, Staff+ Roundtable"]
SPOOF_LINES = {
    "en": ["Hi {first}, a reviewer left comments on your pull request in the shared workspace. Sign in with your LinkedIn account to read them.",
           "Hello {first}, your engineering profile was selected for a paid advisory panel (USD 450/hour). Confirm your identity here to accept."],
    "de": ["Hallo {first}, ein Reviewer hat Ihren Pull Request kommentiert. Bitte melden Sie sich mit Ihrem LinkedIn-Konto an, um die Kommentare zu lesen.",
           "Hallo {first}, Sie wurden für ein bezahltes Expertenpanel ausgewählt (450 € pro Stunde). Bestätigen Sie hier Ihre Identität."],
    "fr": ["Bonjour {first}, un relecteur a commenté votre pull request. Connectez-vous avec votre compte LinkedIn pour lire ses remarques.",
           "Bonjour {first}, votre profil a été retenu pour un panel d'experts rémunéré (450 € de l'heure). Confirmez votre identité ici."],
    "es": ["Hola {first}, un revisor ha comentado tu pull request. Inicia sesión con tu cuenta de LinkedIn para ver los comentarios.",
           "Hola {first}, tu perfil ha sido seleccionado para un panel de expertos remunerado (450 € por hora). Confirma tu identidad aquí."],
    "it": ["Ciao {first}, un revisore ha commentato la tua pull request. Accedi con il tuo account LinkedIn per leggere i commenti.",
           "Ciao {first}, il tuo profilo è stato selezionato per un panel di esperti retribuito (450 € l'ora). Conferma qui la tua identità."],
}
# a few spoofs, one of each kind of failure rather than the look-alike domains first
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "buried", "lookalike:linkedin.com.evil.example", "wrongpass", "display:gmail.com"]
for _l, _n in SPOOF_LINES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

# a stranger's InMail that brings value and sells nothing (good, and nothing to remove: a stranger)
cs.OUTCOME["stranger_inmail_value"] = ("good", "none")

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Priyanka Raman", "Staff Engineer, Build & CI at Tessellate", "Bengaluru",
  ("inv", "Hi Alex, your talk on quarantining flaky tests was basically our last two quarters. We ended up building our own detector at Tessellate "
          "and open-sourced it in March (Apache-2.0, no paid tier, just a repo). Might save you a few weeks. Happy to compare notes."),
  ("rem",))
P("good_invitation", "de", "Jan-Ole Petersen", "Maintainer pgbouncer-rs | Backend bei Helmholtz Data", "Kiel",
  ("inv", "Moin Alex, ich betreue pgbouncer-rs und wir jagen einen Bug, der verdächtig nach dem Lease-Problem aus deinem Blogpost aussieht. "
          "Hättest du 20 Minuten, mit mir auf einen Trace zu schauen? Im Fix würde ich dich natürlich als Co-Author nennen."))
P("good_invitation", "fr", "Clémence Barthe", "Organisatrice | Paris Distributed Systems Meetup", "Paris",
  ("inv", "Bonjour Alex, on monte une soirée gratuite sur les pannes en prod le 12, chez un hébergeur du 11e. Pas de sponsor qui pitche, juste trois "
          "retours d'expérience et des pizzas. Si tu passes par Paris tu es le bienvenu, et si tu veux parler, encore plus."),
  ("rem",))
P("good_invitation", "en", "Tom Achterberg", "Director of Engineering, Storage at Quarry Labs", "Amsterdam",
  ("inv", "Alex - not a recruiter, I run storage at Quarry. We have a principal role open on the replication team, reporting to me, remote in the EU is fine. "
          "Your consensus write-ups are why I'm asking. If it's a no, no problem."))
P("good_invitation", "it", "Federico Lanza", "Dottorando in sistemi distribuiti | Politecnico di Milano", "Milano",
  ("inv", "Buongiorno Alex, nella mia tesi sulla verifica formale dei protocolli di replica uso la sua libreria come caso di studio. Posso farle due "
          "domande sul perché avete scelto i lease e non i fencing token? Se le interessa le mando il capitolo in bozza."))
P("good_invitation", "es", "Nerea Goikoetxea", "Staff Engineer en Kubo Pagos", "Bilbao",
  ("inv", "Hola Alex, leí vuestro postmortem del incidente de DNS y la semana pasada nos pasó casi lo mismo. ¿Te puedo preguntar cómo detectasteis "
          "el TTL negativo? A cambio te paso nuestro informe, por si os sirve."),
  ("inm", "Sin prisa", "Hola Alex, me imagino que andas liado, ningún problema. Te dejo igualmente el enlace a nuestro informe del incidente, "
          "sin registro ni nada: lo hemos publicado en el blog de ingeniería. Si algún día te apetece comentarlo, aquí estoy. Nerea", (10, 25)))
P("good_invitation", "en", "Wes Oduya", "Programme committee, SREcon EMEA | SRE at Fernway", "Dublin",
  ("inv", "Hi Alex, I'm on the SREcon EMEA programme committee this year and a couple of us hoped you'd submit something on your leader-election rewrite. "
          "CFP closes 14 Feb. Glad to read a draft abstract first if that helps."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Dmitri Volkonsky", "Software Engineer | Cloud | DevOps", "Tallinn", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sandra Quast", "IT-Recruiting | Festanstellung Tech", "Hannover", ("inv", NONOTE))
P("default_invitation", "it", "Luca Ferrante", "Backend Developer presso Movix", "Torino", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Hyun-woo Baek", "Software Engineer at Lattice Freight", "Seoul",
  ("inv", NONOTE),
  ("inm", "Sorry, blank invite", "Hi Alex, just realised my invite went out without a note, sorry about that. I'm the one who filed the lease renewal race "
          "on your library last spring. Mostly wanted to say thank you for the fix, it spared us a very bad night. No ask at all.", (1, 4)))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Garrett Lindley", "Co-founder | getting platform teams their weekends back", "Austin",
  ("inv", "Hi Alex, noticed Example Industries has been hiring SREs pretty steadily. We've helped a few teams like yours with exactly that on-call load, "
          "usually without adding headcount. Worth 20 minutes to see if it'd translate?"))
P("sales_invitation", "en", "Maddie Kerrigan", "Partnerships | Observability | Opsbeacon", "Denver",
  ("inv", "Hey Alex! Loved your thread on tracing costs. A handful of staff engineers I work with were in the same spot before they moved their "
          "pipeline over to us, and ended up at about a third of the bill. Open to a quick look at your numbers?"),
  ("rem",))
P("sales_invitation", "de", "Florian Gasteiger", "Geschäftsführer | Nearshore Devs – Go- und Kotlin-Teams", "Regensburg",
  ("inv", "Hallo Alex, falls im Plattformteam gerade mehr Tickets als Hände da sind: wir stellen erfahrene Go- und Kotlin-Entwickler aus Krakau und Brünn, "
          "in zwei Wochen einsatzbereit. Darf ich Ihnen zwei Profile schicken?"))
P("sales_invitation", "fr", "Yannick Rouet", "Fondateur | Conseil en fiabilité des plateformes", "Rennes",
  ("inv", "Bonjour Alex, depuis deux ans on accompagne quelques équipes plateforme sur exactement ce que vous décrivez dans votre post sur les astreintes. "
          "Je serais curieux d'en discuter, il y a peut-être un sujet chez vous."))
P("sales_invitation", "en", "Carly Beaumont", "Enterprise Account Executive | developer productivity", "Boston",
  ("inv", "Alex, I work with eng leaders at a few of your peers on making code review less of a bottleneck. Would be good to connect and share what's "
          "been working for them, I can set up something short."),
  ("inm", "Closing the loop", "Hi Alex, I'll take the silence as a not-right-now, which is completely fair. I won't keep nudging. "
          "All the best with the platform work. Carly"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Ravi Subramaniam", "Staff Engineer | ex-Amazon | writing about reliability", "Seattle",
  ("inv", "Hey Alex, I'm pulling together a small group of staff+ engineers who meet monthly to trade war stories. No vendors, no recruiters, "
          "Chatham House rules. Would love you in it."),
  ("msg", "Good to be connected! Quick context before the first session: the group is hosted by the folks at Cadence Reliability, where I now lead solutions. "
          "Most members found it useful to first see how we automate incident retros, so I'd like to book you a 30-min walkthrough. Does Thursday work?", (2, 6)),
  ("msg", "Hi Alex, bumping this. The walkthrough comes before the next session, so let me know which slot suits and I'll send the invite.", (5, 12)))
P("bait_and_switch_invitation", "en", "Hollie Stanmore", "Engineering Manager | mentor to senior ICs", "Bristol",
  ("inv", "Hi Alex, I mentor a couple of senior engineers going for staff and they keep quoting your promo-packet post. Could I ask you one or two "
          "questions about how you framed scope? Totally fine if not."),
  ("msg", "Thanks so much for accepting, and for the answers! Full transparency: I've moved into a coaching practice for senior ICs. Since you clearly "
          "think about this a lot, I wonder whether your team's seniors would benefit. Our 8-week cohort is £1,400 a head, with team rates. "
          "Could I send a proposal to you or your EM?", (4, 15)))
P("bait_and_switch_invitation", "de", "Katrin Oberländer", "Platform Engineering | Kubernetes-Runde Rhein-Main", "Frankfurt am Main",
  ("inv", "Hallo Alex, wir sind eine kleine Runde von Platform Engineers aus Frankfurt und Mainz, treffen uns einmal im Quartal reihum bei jemandem im Büro. "
          "Magst du dazukommen? Nächstes Mal geht's um Multi-Cluster."),
  ("msg", "Schön, dass es geklappt hat! Kurze Info vorab: Die Treffen richtet inzwischen unser Partner KubeOps Consulting aus. Für Teilnehmende gibt es "
          "einen kostenlosen Cluster-Health-Check und danach ein Angebot für den Betrieb. Soll ich dich für den Check eintragen?"),
  ("msg", "Hi Alex, ich hake nur kurz nach wegen des Health-Checks – die Termine für Q3 sind fast weg und ich würde dir gern einen reservieren."))
P("bait_and_switch_invitation", "en", "Josh Tremaine", "Founder | building in public", "Toronto",
  ("inv", "Hey Alex, I'm putting together an open benchmark of Postgres connection poolers and would love someone who knows the internals to sanity-check "
          "the methodology before I publish. 15 minutes of your eyes, max."),
  ("msg", "Thanks for the notes, really appreciate it. You were right about the warmup, I fixed it and the p99 numbers make a lot more sense now.", (3, 8)),
  ("msg", "One more thing, and tell me if this is cheeky: the benchmark is going to be the launch post for PoolParty Cloud, our managed pooler. Since you've "
          "seen the numbers, would Example Industries be up for being a design partner? It's $2k a month after the pilot, but I'd waive the first quarter for you.",
   (10, 30)))
P("bait_and_switch_invitation", "fr", "Baptiste Lemarchand", "Architecte logiciel indépendant", "Nantes",
  ("inv", "Bonjour Alex, je prépare un article comparatif sur les stratégies de sharding pour un blog tech francophone et j'aimerais citer votre retour "
          "d'expérience. Seriez-vous d'accord pour répondre à trois questions par écrit ?"),
  ("msg", "Merci pour vos réponses, vraiment riches ! Du coup je me permets : je fais aussi des audits d'architecture data, au forfait sur six jours. "
          "Avec ce que vous m'avez décrit sur vos shards chauds, je pense qu'il y a matière. On se cale un échange ?", (6, 20)))
P("bait_and_switch_invitation", "it", "Serena Bortolotti", "Community manager | Italian Go Developers", "Bologna",
  ("inv", "Ciao Alex! Gestisco Italian Go Developers, una community gratuita di circa 3.000 sviluppatori. Ci farebbe piacere averti con noi, magari "
          "anche per un talk online su come gestite la concorrenza."),
  ("msg", "Grazie del collegamento! Per il talk: i relatori partecipano con un pacchetto sponsor che copre la piattaforma, 900 € + IVA, e in cambio "
          "ricevono i contatti dei partecipanti. Ti mando i dettagli?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dana Whitford", "UX Researcher | Developer Experience", "Portland",
  ("inm", "Research interview: senior engineers and flaky tests", "Hi Alex, I'm researching how senior engineers decide when a flaky test is worth fixing. "
          "A 30-minute conversation, no pitch, and everyone who takes part gets the anonymised findings. Would you be up for it?"),
  ("inm", "Thank you + a quick follow-up", "Thank you again for the conversation, honestly the best one in the study. The findings shaped a product we're "
          "launching at Greenlight CI next month, and from what you told me you'd be a perfect fit for the early-access programme (40% off list for the "
          "first year). Could I set up a demo with your team?", (12, 30)))
P("bait_and_switch_inmail", "de", "Bastian Kurz", "Principal Consultant | Cloud-Kosten", "München",
  ("inm", "Question on your tagging post", "Hi Alex, read your post on tagging discipline for cloud spend. Curious how you got product teams to care about "
          "their own bills - I'm writing a short guide and would love to quote a practitioner. Two questions, over message is fine."),
  ("inm", "Guide + next step", "Thanks for the answers! The guide is nearly done. Meanwhile: we run cost audits for companies your size and typically find "
          "25-30% in the first month, and our fee is a share of what we save. Shall I put something in your calendar to walk through it?"),
  nl="en")
P("bait_and_switch_inmail", "es", "Iratxe Molina", "Investigadora | Ingeniería de plataformas", "Donostia",
  ("inm", "Estudio sobre plataformas internas", "Hola Alex, estamos haciendo un estudio sobre plataformas internas de desarrollo en empresas europeas. "
          "Son 10 minutos y compartimos el informe completo con quien participe, gratis. ¿Te animas?"),
  ("inm", "Tu informe personalizado", "Gracias por participar, Alex. El informe general ya está listo. Además, preparamos un diagnóstico a medida de la "
          "plataforma de Example Industries, con recomendaciones, por 4.500 €. ¿Te envío la propuesta?"))
P("bait_and_switch_inmail", "en", "Colm Fitzgerald", "Author | The Staff Engineer's Field Guide (in progress)", "Cork",
  ("inm", "Would love your input", "Alex, I'm writing a chapter on technical strategy docs and your name came up twice from people I interviewed. "
          "Could I send you three questions? You'd be credited in the book, of course."),
  ("inm", "Following up", "Thanks for your answers, they made the chapter. Separate thing: I also run a paid masterclass for engineers moving into staff "
          "roles, and I'd love for Example to buy seats for your senior folks, or for you to co-host a session on a revenue share. Could we talk next week?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kelsey Marchand", "Senior Backend Engineer | open to work", "Chicago",
  ("end",),
  ("msg", "Hey Alex, hope things are good at Example! Small favour, and absolutely no pressure: I have final rounds in two weeks and a couple of recruiters "
          "told me they look at endorsements. I put one on your {skill} a while back. If you remember my work on the ingestion rewrite, an endorsement for "
          "Go or Distributed Systems would mean a lot."))
P("endorse_me_back", "it", "Davide Pellegrino", "DevOps Engineer | Kubernetes, Terraform", "Padova",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho lasciato un paio di conferme sulle competenze, te le meritavi tutte. Se ti avanza un minuto, mi faresti lo stesso favore su "
          "Kubernetes e Terraform? Sto cambiando lavoro e mi darebbe una mano."))
P("endorse_me_back", "de", "Nils Hagedorn", "Senior Software Engineer | Rust, Systemarchitektur", "Bremen",
  ("end",),
  ("msg", "Moin Alex, hab dich neulich für {skill} bestätigt, war überfällig. Falls du mal zwei Minuten hast: Über eine Bestätigung für Rust und "
          "Systemarchitektur würde ich mich freuen, ich bewerbe mich gerade auf Staff-Stellen."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Graham Pettifer", "VP Engineering | advisor | angel investor", "San Francisco",
  ("inv", "Alex, we were both at the Systems@Scale dinner in Seattle. I'd like to stay in touch."),
  ("rem",),
  ("inm", "A thought", "Hi Alex, I noticed my invitation has been sitting for a month. I won't take it personally, but I'd gently suggest that at your level, "
          "how you treat people who reach out is part of the job. The industry is smaller than it looks. Best, Graham"))
P("hostility_after_decline", "en", "Marisol Quintero", "Talent Acquisition Lead | Fintech", "Miami",
  ("inv", "Hi Alex, I'm hiring a Principal Engineer for our payments platform and your background stood out. Could we connect so I can share the details?"),
  ("inm", "Re: Principal Engineer", "Alex, I've reached out three times now with a genuine opportunity. I understand you're busy, but a simple 'not interested' "
          "costs nothing. Frankly, it's the kind of thing people remember when your own team is hiring. Regards, Marisol"))
P("hostility_after_decline", "fr", "Arnaud Vasseur", "CTO | SaaS B2B", "Lille",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Sans nouvelles", "Bonjour Alex, je vois que vous n'avez pas jugé utile de répondre. C'est votre droit, bien sûr. Je me permets simplement de "
          "remarquer qu'on reconnaît souvent les bons ingénieurs à leur capacité d'écoute. Bonne continuation."))
P("hostility_after_decline", "es", "Gonzalo Arribas", "Formador | Contenedores y cloud para equipos", "Zaragoza",
  ("inv", "Hola Alex, damos formación práctica en contenedores para equipos de desarrollo, in company o en remoto. ¿Hablamos?"),
  ("inm", "Vaya", "Veo que no te interesa ni contestar. Con todo el respeto, así no se construye una carrera, Alex. Algún día serás tú quien necesite "
          "a alguien y te acordarás. Un saludo cordial."))
P("hostility_after_decline", "it", "Roberta Sanna", "Software Engineer | sistemi distribuiti", "Cagliari",
  ("inv", "Buongiorno Alex, mi piacerebbe entrare nella sua rete, lavoro anch'io su sistemi distribuiti."),
  ("inm", "Peccato", "Gentile Alex, prendo atto che non ha ritenuto di accettare. Mi permetto solo di osservare che chi scrive tanto di cultura della "
          "condivisione sul proprio blog potrebbe anche praticarla, ogni tanto. Cordiali saluti, Roberta Sanna"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Brandon Lowe", "Founder | platform engineering consultancy", "Atlanta",
  ("msg", "Alex, appreciated your post on golden paths. A handful of orgs around your size got theirs off the ground in a quarter instead of a year, with "
          "a bit of outside help from us. Worth a chat?"),
  ("msg", "Hi Alex, following up on the above.", (4, 9)),
  ("msg", "Alright. I've given you three chances to reply with a yes or a no. I'd have thought someone who writes about engineering culture would know it "
          "starts with basic courtesy. Noted for the future.", (5, 12)))
P("hostility_connection", "de", "Heiko Rammler", "Lasttests als Service | Inhaber", "Dortmund",
  ("acc",),
  ("msg", "Danke fürs Annehmen, Alex! Wie auf der Konferenz erzählt, bieten wir Performance-Tests als Service an. Darf ich Ihnen ein unverbindliches "
          "Angebot für Ihr Checkout-System schicken?"),
  ("msg", "Hallo Alex, Sie haben mich eingeladen, und dann kommt nicht einmal ein „nein danke“. Ich finde das, mit Verlaub, schlechten Stil. "
          "Aber gut, so lernt man die Leute kennen.", (8, 20)))
P("hostility_connection", "es", "Marcos Lamela", "CEO | Lamela Labs – modernización de software", "A Coruña",
  ("msg", "Hola Alex, te escribo porque en Lamela Labs hemos acompañado a varios equipos en la migración de monolito a microservicios sin parar el negocio. "
          "¿Te cuadra una llamada de 20 minutos la semana que viene?"),
  ("msg", "Entiendo que no te interese, Alex, pero ignorar los mensajes de alguien de tu propia red también dice mucho de uno. Que te vaya bien.", (7, 18)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Stacy Freund", "Account Director | CloudTrim", "Phoenix",
  ("msg", "Hi Alex, hope Q3 is treating you well. Quick one: are you the right person to talk to about your AWS commit? We've been getting teams in your "
          "position noticeably better terms at renewal."),
  ("msg", "Alex, circling back. I have a slot Thursday if that's easier."),
  ("msg", "Last note from me on this: the renewal review costs nothing and usually turns something up. Let me know."))
P("connection_only_pitches", "fr", "Loïc Tanguy", "Directeur commercial | observabilité", "Toulouse",
  ("msg", "Salut Alex, j'espère que tout roule. On vient de sortir une offre d'accompagnement sur l'observabilité pensée pour les équipes de ta taille, "
          "je pense que ça peut te parler. Dispo pour un call ?"),
  ("msg", "Re-salut Alex, je me permets de relancer : il nous reste deux créneaux en juin pour démarrer. Dis-moi si je t'en garde un."))
P("connection_only_pitches", "en", "Irfan Qadir", "Founder | fast CI for monorepos", "Manchester",
  ("msg", "Hey Alex, congrats on the promo! Totally unrelated: I've been getting a few staff engineers' test suites under ten minutes lately. "
          "If that's ever a thing for you, happy to show how."),
  ("msg", "Hi Alex, saw your team is hiring again, which usually means the CI queue is about to get longer 😅 Offer stands, 20 minutes whenever suits."))


# =============================================================== single_pitch
P("single_pitch", "en", "Alan Prewitt", "Principal Consultant | data platforms", "Leeds",
  ("msg", "Alex, hope you're well. We've been doing some interesting work with teams moving off self-managed Kafka, and I thought of you after your talk. "
          "Would you be open to a quick call to see if there's a fit?"))
P("single_pitch", "en", "Ngozi Eze", "Founder | Brightforge reliability workshops", "Lagos",
  ("msg", "Hi Alex! My team runs hands-on reliability workshops for platform teams, tailored to your stack, priced by team size. Would your engineers "
          "be interested?"),
  ("msg", "Totally fair, thanks for the straight answer, honestly rarer than you'd think. Good luck with the migration!", (1, 3)))
P("single_pitch", "it", "Marco Tedeschi", "Titolare | sviluppo software in outsourcing", "Bari",
  ("msg", "Ciao Alex, da quando ci siamo collegati seguo i tuoi post. Noi facciamo sviluppo in outsourcing da Bari: team senior, tariffe del sud, "
          "puntualità svizzera 😄 Se vi serve una mano sul backlog, fammi un fischio."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Sam Kowalczyk", "SRE Lead at Northpass", "Kraków",
  ("msg", "You absolute menace. Your jittered-backoff post got quoted in our postmortem and now my VP thinks I read things. Anyway, I owe you: here's the "
          "full writeup, internal names scrubbed, figured you'd want the graphs."),
  ("msg", "Also, drinks are on me at KubeCon, non-negotiable. You're not allowed to be humble about this one."))
P("connection_brings_value", "en", "Elif Demir", "Staff Engineer at Fernway | maintainer, shardmig", "Istanbul",
  ("msg", "Alex, saw you asking on Mastodon about schema migration tooling for sharded Postgres. We built one internally at Fernway and open-sourced it "
          "last year. MIT, nobody sells it, I just maintain it on Fridays. Link is in our eng blog post. Happy to pair on getting it running if you want to try it."))
P("connection_brings_value", "de", "Ole Brandstetter", "Platform Lead bei Kontor Logistik", "Wien",
  ("end",),
  ("msg", "Servus Alex, hab dich für {skill} bestätigt – nicht falsch verstehen, ich will nix zurück 😄 Eigentlich schreibe ich wegen was anderem: "
          "Wir machen im November in Wien einen kostenlosen Hallway-Track-Tag für Platform-Leute, ganz ohne Sponsoren. Hätte dich gern dabei, "
          "als Gast oder mit einem Lightning Talk."))
P("connection_brings_value", "en", "Rhys Fenwick", "Software Engineer II at Stackwise", "Cardiff",
  ("msg", "Oi. Your library ate my weekend. Turns out it was my fault, not yours, which is worse. PR with a doc fix for the footgun I found is up, be gentle."),
  ("msg", "Cheers for merging, you legend. Our on-call has been noticeably quieter since."))
P("connection_brings_value", "fr", "Margaux Delorme", "Ingénieure plateforme | Lumen Paiements", "Lyon",
  ("msg", "Coucou Alex ! Petite info qui pourrait t'intéresser : on a libéré en open source l'outil interne qui rejoue le trafic de prod en staging. "
          "Gratuit, pas de version payante, on l'a sorti parce qu'on en avait marre de le maintenir seuls. Si tu veux, je te montre comment on l'a branché."))
P("connection_brings_value", "es", "Unai Etxeberria", "Principal Engineer | Kubo Pagos", "Vitoria-Gasteiz",
  ("msg", "Alex, ¡qué crack! Me has dejado en ridículo con tu charla, ahora todo el equipo quiere reescribir el scheduler 😂 Fuera bromas: te paso las notas "
          "de nuestra retro sobre el tema, por si te sirven para la segunda parte."))


# =============================================================== stranger_inmail_recruiter / value
P("stranger_inmail_recruiter", "en", "Joanna Whitlock", "Technical Recruiter | Infrastructure at Fjordline Systems", "Oslo",
  ("inm", "Principal Engineer, Storage - Oslo or remote", "Hi Alex, I'm recruiting a principal storage engineer for Fjordline Systems (in-house, not an agency). "
          "Team of nine, you'd own the replication layer. Band is EUR 165-190k plus equity. Open to a call?"))
P("stranger_inmail_recruiter", "de", "Annika Roth", "Head of Platform bei Kontor Logistik", "Berlin",
  ("inm", "Staff Engineer Plattform (m/w/d) – Berlin/remote", "Hallo Alex, ich suche für mein eigenes Plattformteam bei Kontor Logistik einen Staff Engineer. "
          "Ich bin die Hiring Managerin, keine Agentur. 110–130 k€, Vier-Tage-Woche möglich. Hätten Sie Lust auf ein unverbindliches Gespräch?"))
P("stranger_inmail_recruiter", "fr", "Théo Gaillard", "Head of Engineering chez Lumen Paiements", "Lyon",
  ("inm", "Poste de staff engineer fiabilité – Lyon", "Bonjour Alex, je monte une équipe fiabilité chez Lumen Paiements et je cherche un staff engineer pour "
          "la porter techniquement. CDI, télétravail partiel, 95 à 110 k€. Si ça vous tente, je vous envoie la fiche de poste."))
P("stranger_inmail_value", "en", "Amara Nwosu", "Volunteer engineer | Harvest Line food bank network", "Leicester",
  ("inm", "About your rate-limiter library", "Hi Alex, we're a small charity running food-bank logistics and we use your rate-limiter library in our dispatch "
          "system. Would you be OK with us naming it in our public grant report?"),
  ("inm", "Re: About your rate-limiter library", "Thank you! And to be clear, since people always ask: we're not selling anything, we just want to credit "
          "you properly. Here's the draft paragraph, change whatever you like.", (2, 6)))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Preston Ames", "Managing Partner | TalentBridge", "Charlotte",
  ("inm", "Senior Go engineers, available now", "Hi Alex, we have three senior Go engineers rolling off a fintech engagement next month, all vetted, "
          "can start within a week. Teams like yours usually take them on a six-month contract. Want their profiles?"))
P("stranger_inmail_sales", "en", "Lena Morrow", "Founder & CEO | stealth", "New York",
  ("inm", "Quick question", "Alex, quick question: how are you handling incident comms today? We've been quietly working with some staff engineers on "
          "precisely this and the results surprised even us. Worth 15 minutes?"),
  ("inm", "Re: Quick question", "Bumping this in case it got buried. Happy to work around your calendar."))
P("stranger_inmail_sales", "it", "Paolo Cremonesi", "Business Development | ottimizzazione cloud", "Milano",
  ("inm", "Collaborazione", "Buongiorno Alex, ho visto che Example Industries sta crescendo parecchio sul cloud. Aiutiamo aziende simili a ridurre i "
          "costi di infrastruttura senza toccare il codice. Le andrebbe un confronto di mezz'ora?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Marcus Ellery", "Staff Engineer at Stackwise | maintainer, planwise", "Melbourne",
  ("inv", "Hey Alex, we built a tool at Stackwise for diffing Terraform plans across a couple hundred workspaces and open-sourced it last week. "
          "Your drift post is the reason it exists, so I figured you should know. Would love your feedback."),
  ("msg", "Thanks for the star and the issue! Fixed the regex thing you found, v0.4 is out."),
  ("msg", "Hey Alex, some news: we've spun planwise out into a company. The OSS stays, but the hosted version with policy checks is $30 per seat per month. "
          "You've been such a good early user, could you connect me with whoever owns tooling budget at Example? A 20-minute intro would be huge.", (40, 90)))
P("good_turns_ugly", "en", "Yuki Tanabe", "Staff Engineer at Northpass", "London",
  ("inv", "Hi Alex, I'm organising a free half-day unconference for staff+ engineers in London, no sponsors, about 40 people. Would you like an invite?"),
  ("msg", "Here's the agenda and the sign-up link, first come first served. Hope to see you there!"),
  ("msg", "Great to have had you there! Between us: I'm leaving Northpass to join Radiant Hire as a partner, we place senior and staff engineers. If you're "
          "hiring, our standard fee is 18% and I'd do 15% for you. Can we set up a call?", (20, 60)))
P("good_turns_ugly", "fr", "Sébastien Morvan", "Ingénieur fiabilité chez Datanova", "Grenoble",
  ("inv", "Bonjour Alex, chez Datanova on a publié un jeu de données public de traces de pannes réseau, anonymisé, pour la recherche. "
          "Votre équipe pourrait s'en servir pour ses tests de chaos. Ça vous intéresse ?"),
  ("msg", "Voici le lien et la doc. Tout est sous licence CC-BY, servez-vous."),
  ("end",),
  ("msg", "Salut Alex, j'ai validé ta compétence {skill}, amplement mérité. Tu pourrais me rendre la pareille sur Chaos Engineering ? "
          "Ça m'aiderait pour une candidature."))
P("good_turns_ugly", "es", "Paula Ródenas", "Ingeniera de plataforma en Ruta Verde", "Valencia",
  ("inv", "Hola Alex, estamos montando un grupo de lectura de papers de sistemas distribuidos, online, gratis y una vez al mes. ¿Te apuntas?"),
  ("msg", "¡Bienvenido! Este mes toca el paper de Spanner. Te paso el enlace de la reunión del jueves."),
  ("msg", "Alex, aprovecho para contarte que además del grupo tengo una consultora de arquitectura cloud. Por lo que has contado en las sesiones, creo que "
          "os vendría bien una auditoría de resiliencia, y te haría precio de amigo. ¿Lo hablamos?", (30, 70)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Derek Voss", "VP Sales | build acceleration", "San Jose",
  ("inm", "Idea for Example Industries", "Hi Alex, teams in your spot usually see about 30% off their build minutes once we've been in. Open to a quick call?"),
  ("inv", "Hi Alex, we've been in the same circles for a while now, figured it's time to connect properly. Really enjoyed your SREcon talk."))
P("reinvite_known_bad", "de", "Tanja Weyrich", "Solutions Architect | Container-Plattformen", "Hamburg",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir saßen beide im Publikum beim Panel zu Plattform-Teams auf den Container Days, Ihr Punkt zu Ownership in der Fragerunde "
          "war sehr stark. Würde mich freuen, vernetzt zu sein."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Clive Harrow", "Architecture advisor to CTOs", "Reading",
  ("inv", "Alex, I advise engineering leaders on the architecture decisions that matter. Let's connect."),
  ("inm", "Disappointing", "I see you've chosen not to accept. That's fine. I'd only point out that the people who get ahead in this industry are "
          "the ones who stay curious about other perspectives. Good luck."),
  ("inv", "Hi Alex, new year, clean slate? I'd genuinely value being connected."))
P("reinvite_known_ugly", "it", "Stefano Marchi", "Kafka specialist | consulente", "Verona",
  ("inm", "Domanda da collega", "Ciao Alex, anch'io gestisco Kafka in produzione e ho letto il tuo post sulle partizioni calde. Posso chiederti come avete "
          "gestito il rebalancing?"),
  ("inm", "Come promesso", "Grazie mille per la risposta! Ti segnalo che con la mia società offriamo proprio la gestione di Kafka come servizio, canone "
          "mensile da 2.000 €. Ti preparo un preventivo?"),
  ("inv", "Ciao Alex, mi farebbe piacere averti nella mia rete, ci siamo già scritti in passato."))


# =============================================================== user_invited_pitch_once / twice / value
P("user_invited_pitch_once", "en", "Bianca Holt", "Solutions Engineer | feature management", "Denver",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, good to meet you at the Go meetup! You mentioned your team is looking at feature flag tools, so I should probably "
          "say this is literally my day job: we take teams through exactly that switch. Happy to share what's worked if useful."))
P("user_invited_pitch_once", "de", "Jörn Steffens", "Sales Engineer | Managed PostgreSQL", "Hamburg",
  ("acc",),
  ("msg", "Thanks for connecting after the panel! As promised, here's our one-pager on managed Postgres; the migration package is fixed-price. "
          "Let me know if you'd like a call with one of our architects."),
  nl="en")
P("user_invited_pitch_twice", "en", "Cody Rasmussen", "Developer Advocate | eBPF observability", "Salt Lake City",
  ("acc",),
  ("msg", "Cheers for adding me, Alex! Enjoyed the eBPF chat at the booth. Would love to get you set up on a trial of what we're building, takes 10 minutes."),
  ("msg", "Hey Alex, quick follow-up on the trial. I can also get you an extended 60-day licence if you book a call this month."))
P("user_invited_pitch_twice", "fr", "Aurore Kessler", "Responsable grands comptes | déploiement continu", "Strasbourg",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme évoqué au salon, on aide les équipes comme la vôtre à industrialiser leurs déploiements. "
          "Je peux vous proposer un atelier découverte ?"),
  ("msg", "Bonjour Alex, je reviens vers vous pour l'atelier : nous avons une date le 18. L'atelier est offert, ensuite on établit un devis selon vos besoins."))
P("user_invited_value", "en", "Tariq Haddad", "Database Reliability Engineer at Quarry Labs", "Amman",
  ("acc",),
  ("msg", "Thanks for connecting! As promised at the meetup, here's our internal runbook template for database failovers. We stripped the company bits, "
          "use whatever helps. And ping me if you want to see how we drill it."))
P("user_invited_value", "it", "Chiara Fumagalli", "Senior Software Engineer | resilienza", "Milano",
  ("acc",),
  ("msg", "Grazie per l'invito! Come ti dicevo a Codemotion, ti giro le slide e il repository dell'esempio sui circuit breaker. Se ti va di fare una "
          "revisione incrociata dei nostri design doc, ci sto volentieri."))
P("user_invited_value", "es", "Diego Saavedra", "Staff Engineer | Kubernetes operators", "Madrid",
  ("acc",),
  ("msg", "¡Tío, qué mal perder tienes en el futbolín! 😂 Fuera bromas, gracias por aceptar. Te paso el enlace al repo del operador de Kubernetes del "
          "que te hablé, lo hemos liberado con licencia Apache. Si lo pruebas y algo no te encaja, abre issues sin piedad."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Olumide Adeyemi", "Engineering Manager, Payments at Northpass", "London", ("acc",))
P("acceptance_only", "de", "Greta Vollmer", "Staff Engineer | Observability", "Leipzig", ("acc",))
P("lone_endorsement", "en", "Ashwin Pillai", "Software Engineer at Tessellate", "Pune", ("end",))
P("lone_endorsement", "fr", "Manon Leclercq", "Développeuse backend | Go", "Bordeaux", ("end",))


# ------------------------------------------------------------------ layout eras
# Most stories sit in the current layout; these older-sounding ones get the 2016 layout.
OLD = {"Dmitri Volkonsky", "Luca Ferrante", "Florian Gasteiger", "Yannick Rouet", "Stacy Freund", "Alan Prewitt", "Preston Ames", "Paolo Cremonesi",
       "Tanja Weyrich", "Clive Harrow", "Joanna Whitlock", "Federico Lanza", "Tariq Haddad", "Greta Vollmer", "Manon Leclercq", "Arnaud Vasseur",
       "Roberta Sanna", "Heiko Rammler", "Stefano Marchi", "Jan-Ole Petersen", "Marco Tedeschi", "Baptiste Lemarchand"}
ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Priyanka Raman", "priyanka@tessellate.example", "flake detector config, as promised",
     "Hi Alex,\n\nI sent you a LinkedIn request as well, but YAML is easier over email. Below is the quarantine config we run in CI, with the thresholds "
     "we settled on after a lot of arguing.\n\nCheers,\nPriyanka", "en"),
    ("Example Industries People Team", "people@example-industries.example", "Reminder: what not to post",
     "Hi all,\n\nA gentle reminder ahead of the reorg: please don't share org charts or internal project names on LinkedIn or other social networks "
     "until the announcement on the 3rd.\n\nThanks,\nPeople Team", "en"),
    ("SREcon EMEA", "cfp@srecon-emea.example", "CFP closes Friday",
     "Hello,\n\nThe call for participation closes on Friday at 23:59 CET. Feel free to share it with colleagues, on LinkedIn or wherever they'll see it.", "en"),
    ("Paris Distributed Systems", "bonjour@parisdistsys.example", "Soirée pannes en prod : inscription confirmée",
     "Bonjour Alex,\n\nton inscription est confirmée pour jeudi 12 à 19h. Les photos et les slides seront publiées sur notre page LinkedIn.", "fr"),
    ("Annika Roth", "annika.roth@kontor-logistik.example", "Kennenlernen am Donnerstag",
     "Hallo Alex,\n\nwie auf LinkedIn besprochen, hier der Link für unser Gespräch am Donnerstag um 16 Uhr. Ich freue mich!\n\nViele Grüße\nAnnika", "de"),
    ("GitHub", "noreply@github.example", "[stackwise/planwise] Release v0.4.0",
     "Marcus Ellery released v0.4.0 of planwise.\n\nFixes: workspace names with dots no longer break the plan parser (thanks @alexm).\n\n"
     "The release was also announced on LinkedIn and the project blog.", "en"),
    ("Codemotion Milano", "info@codemotion.example.it", "Le slide dei talk sono online",
     "Ciao Alex,\n\ngrazie per aver partecipato! Le slide sono online. Se condividi il tuo talk preferito su LinkedIn usa #CodemotionMilano.", "it"),
    ("Preston Ames", "preston@talentbridge.example", "Re: my LinkedIn note",
     "Hi Alex,\n\nI also sent this on LinkedIn: three senior Go engineers are free from next month. Shall I send the profiles over?\n\nPreston", "en"),
    ("Grupo de lectura de papers", "lectura@rutaverde.example", "Sesión de este mes: Spanner",
     "Hola a todos,\n\nel jueves a las 18:30 comentamos el paper de Spanner. Los que llegasteis por LinkedIn, el enlace de la reunión es el mismo de siempre.", "es"),
]


# ------------------------------------------------------------------------- checks and builder
def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique; every pinned era names a person."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    assert OLD <= set(names), OLD - set(names)


HEADER = [f"# mailbot thirty-fifth development corpus (dev35). Generated by scripts/make_corpus_dev35.py (seed {SEED}); do not edit by hand.",
          "# Subtle mail in a senior staff engineer's quiet inbox: unnamed pitches, open-source tools that look commercial, polite hostility, "
          "rude-looking banter, and sequences whose later mail changes what the first meant. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev35", SEED, PEOPLE, FOREIGN, spoofs=9, other=10, header=HEADER, eras=ERAS)
