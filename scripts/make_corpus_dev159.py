#!/usr/bin/env python3
"""Write mailbot's dev159 corpus: tests/corpus/dev159/*.eml + expected.toml.

The angle: an ordinary two months (September and October 2025) in the LinkedIn inbox of Alex
Morgan, VP of engineering at Paykern, a payments scale-up in Berlin. The notifications come in
both the older (2016) layout and the current one. Who writes: observability, incident and
developer-tool vendors; nearshore and offshore software houses; tech recruiters, some with real
roles and some selling staffing; engineers applying for the open backend roles; meetup and
conference organisers (some free, some pay-to-speak); open-source maintainers; peers who share
incident reviews and postmortems; penetration-test and DORA-audit sellers; crypto "communities"
and token presales. The writers are mostly non-native English speakers (Polish, Ukrainian,
Indian, Romanian, Brazilian, Turkish-German, Czech), Germans writing German (du and Sie), and
some Italian, Spanish and French. LinkedIn's own wording is mostly English and German, a few
people under Italian, Spanish or French wording.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates (all mail falls between 1 September and 31 October 2025),
the story gaps, the footer year of the older layout, the endorsement skills, the recipient's
headline, the job-alert and digest titles, the headlines of spoof-only names and PYMK
suggestions, the order of the spoofing methods and the pitches that spoofs carry are swapped in
this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev159.py              # writes tests/corpus/dev159
    python scripts/make_corpus_dev159.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20250901

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2025, 9, 1, 6, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2025, 10, 31, 19, 0, tzinfo=timezone.utc)

# gaps between the steps of one story, in days; a step may still name its own gap
cs.GAPS.update({"rem": (4, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 11), "inm": (3, 11), "inv": (18, 30)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a payments scale-up in Berlin (this process only)
RHEADLINE = "VP Engineering at Paykern | Payments infrastructure, reliability, growing teams in Berlin"
SKILLS = {
    "en": ["Distributed Systems", "Engineering Management", "Site Reliability Engineering", "Payments", "Kubernetes", "Go"],
    "de": ["Verteilte Systeme", "Engineering Management", "Softwareentwicklung", "Zahlungsverkehr", "Kubernetes", "Teamführung"],
    "fr": ["Systèmes distribués", "Management d'équipes techniques", "Paiements", "Kubernetes", "Architecture logicielle"],
    "es": ["Sistemas distribuidos", "Gestión de equipos de ingeniería", "Pagos", "Kubernetes", "Arquitectura de software"],
    "it": ["Sistemi distribuiti", "Gestione di team di ingegneria", "Pagamenti", "Kubernetes", "Architettura del software"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE
# LinkedIn's own wording of spoofs and other mail: Alex reads LinkedIn in English, at times in German
mc.LANGS[:] = ["en", "de", "en", "de", "en"]
mc.CITY["en"] = ["Berlin", "London", "Amsterdam", "Dublin", "Warsaw", "Lisbon"]
mc.CITY["de"] = ["Berlin", "München", "Hamburg", "Frankfurt am Main", "Köln", "Wien"]
mc.JOBS[:] = [("VP Engineering", "Norvell Pay"), ("CTO (m/w/d)", "Kassenwerk GmbH"), ("Head of Platform Engineering", "Tessaly"),
              ("Director of Engineering, Payments", "Brightmoor Bank"), ("Engineering Director – Core Banking", "Veltra")]
mc.COMPANIES["good"] = ["Norvell Pay", "Klarwerk", "Brightmoor Bank", "Tessaly", "Kassenwerk", "Lumora", "Veltra", "Fjordpay"]
mc.COMPANIES["sales"] = ["Tracewell", "Nearbyte Software", "Sentinel Audit", "Flagpole", "CloudTrim", "Hirewave Talent", "ChainYield"]
mc.HEADLINES["good"] = ["Engineering Manager at {co}", "Staff Engineer | Payments | {co}", "Head of SRE at {co}", "CTO at {co}",
                        "Senior Backend Engineer at {co}", "Platform Lead, {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH at {co}", "Business Development | {co}", "Partner at {co} – nearshore teams",
                         "Security Consultant | {co}", "Growth @ {co}", "Founder & CEO at {co}"]
# spoofs: look-alikes first, then display names, failing and forged authentication
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:outlook.com", "lookalike:xn--linkedn-dza.com", "untrusted:mx.google.com",
                       "nodkim", "buried", "display:gmail.com", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed NDA and the pentest findings for your payment API with you. Sign in to download before the link expires.",
           "Hello {first}, our USDT settlement pool pays 4.2% weekly to verified fintech partners. Confirm your wallet on the partner portal to activate."],
    "de": ["Hallo {first}, ich habe Ihnen den Prüfbericht zu Ihrer Zahlungs-API freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Guten Tag {first}, Ihre Auszahlung aus dem Krypto-Partnerprogramm ist bereit. Bestätigen Sie Ihre Wallet im Partnerportal."],
    "fr": ["Bonjour {first}, je vous ai transmis le rapport d'audit de votre API de paiement. Connectez-vous pour le télécharger.",
           "Bonjour {first}, votre accès au pool de liquidité USDT est prêt. Confirmez votre portefeuille pour l'activer."],
    "es": ["Hola {first}, te he compartido el informe del pentest de vuestra API de pagos. Inicia sesión para descargarlo.",
           "Hola {first}, tu acceso al pool de liquidez USDT está listo. Confirma tu wallet para activarlo."],
    "it": ["Ciao {first}, ti ho condiviso il report del penetration test sulla vostra API di pagamento. Accedi per scaricarlo.",
           "Ciao {first}, il tuo accesso al pool di liquidità USDT è pronto. Conferma il tuo wallet per attivarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("{n} new jobs for \"VP engineering\"", "Your job alert for VP engineering in {city}"),
           "news": "Are fintechs hiring engineers again?", "group": "Top conversations in Engineering Leaders Berlin",
           "newsletter": "On Call: what we learned from 50 payment outages"},
    "de": {"job": ("{n} neue Jobs für „CTO“", "Ihr Jobalarm für CTO in {city}"),
           "news": "DORA: Was Banken und Fintechs jetzt umsetzen müssen", "group": "Top-Unterhaltungen in Tech Leads Berlin",
           "newsletter": "Engineering in der Bank: Legacy ablösen ohne Big Bang"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Jakub Nowicki", "Head of Platform Engineering at Klarwerk", "Berlin",
  ("inv", "Hello Alex, we had very similar outage like yours in March, retries without idempotency keys and double captures. I read your postmortem. "
          "We wrote our own internal review afterwards, I can share it with you, maybe is useful for your team. Greetings from Kreuzberg"),
  ("rem",))
P("good_invitation", "de", "Sabine Kröger", "Backend Engineer | Orga Gophers Berlin", "Berlin",
  ("inv", "Hallo Alex, ich organisiere die Go-Meetups in Berlin. Im November geht's um Retries und Idempotenz bei Zahlungen, Eintritt frei, Pizza gibt's auch. "
          "Hätte jemand aus deinem Team Lust auf einen 20-Minuten-Talk? Würde mich freuen!"))
P("good_invitation", "en", "Rahul Venkataraman", "Senior Backend Engineer | Java, Kafka, ISO 8583", "Pune",
  ("inv", "Dear Alex, I saw your post that Paykern is hiring Senior Backend Engineers for the ledger team. I have 7 years on card switching (ISO 8583, Kafka) "
          "and my EU Blue Card is approved. May I send you my CV directly? Thank you for your time."),
  ("rem",))
P("good_invitation", "en", "Lucía Serrano", "Staff Engineer | Maintainer of pgledger", "Valencia",
  ("inv", "Hola Alex! Mantengo pgledger, la librería de doble entrada para Postgres que creo que usáis en Paykern. Preparamos la v3 con cambios que rompen la API "
          "y quiero saber qué os afectaría antes de publicarla. ¿Te puedo hacer un par de preguntas?"), nl="es")
P("good_invitation", "it", "Marco Bellini", "SRE Lead | Comitato di programma SREday Bologna", "Bologna",
  ("inv", "Ciao Alex, sono nel comitato di programma di SREday Bologna, 22 novembre, ingresso gratuito. Cerchiamo qualcuno che racconti la gestione degli "
          "incidenti nei pagamenti. Se ti va di proporre un talk ti mando la call, copriamo viaggio e hotel."))
P("good_invitation", "de", "Dr. Thomas Engel", "Bereichsleiter IT | Kassenwerk GmbH", "Frankfurt am Main",
  ("inv", "Guten Tag Herr Morgan, wir stellen gerade auf SCA nach PSD3 um, und man hört, Sie haben das letztes Jahr mit kleinem Team gestemmt. "
          "Dürfte ich Ihnen zwei, drei Architekturfragen stellen? Im Gegenzug teile ich gern unsere Erfahrungen mit der BaFin-Prüfung."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Oleksandr Hrytsenko", "Software Engineer | Kyiv → Berlin", "Berlin", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Nadine Bauer", "Talent Acquisition Partner | Tech", "Potsdam", ("inv", NONOTE))
P("default_invitation", "it", "Chiara Fontanesi", "Full Stack Developer | Freelance", "Modena", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin Schultz", "Account Executive DACH | Observability", "München", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Priyanka Deshmukh", "Account Executive, EMEA | Tracewell", "London",
  ("inv", "Hi Alex, payments teams usually drown in alert noise at peak. Tracewell correlates traces, logs and metrics and points to the root cause; "
          "teams your size cut MTTR by ~40%. Open to a 20 min demo next week? I can set up a sandbox with your own data."))
P("sales_invitation", "en", "Bogdan Ionescu", "Partner at Nearbyte Software – nearshore teams", "Cluj-Napoca",
  ("inv", "Hello Alex, we are nearshore software house from Cluj with 180 engineers, strong in Java/Kotlin and fintech (PCI DSS projects). "
          "Rates from 45 EUR/h, same timezone like Berlin. Would you be open for short call to see if we can extend your team?"),
  ("rem",))
P("sales_invitation", "de", "Jörg Wendler", "Senior Security Consultant | Sentinel Audit", "Hamburg",
  ("inv", "Guten Tag Herr Morgan, als Zahlungsinstitut fallen Sie seit Januar unter DORA. Wir bieten Penetrationstests und TLPT-Vorbereitung zum Festpreis. "
          "Darf ich Ihnen unser Paket in einem kurzen Termin vorstellen?"))
P("sales_invitation", "en", "Isabel Martín", "Tech Recruitment Lead | Hirewave Talent", "Madrid",
  ("inv", "¡Hola Alex! Somos una agencia de reclutamiento tech entre Madrid y Berlín. Cubrimos perfiles senior de backend en 3 semanas con un fee del 18%. "
          "¿Te cuento cómo trabajamos con otras fintech?"), nl="es")
P("sales_invitation", "en", "Kwame Boateng", "Private Digital Asset Desk | Helping tech executives grow wealth", "Dubai",
  ("inv", "Hi Alex, impressive profile! I run a private crypto arbitrage desk for tech executives, 3-5% weekly, fully automated, no experience needed. "
          "Only few spots left this quarter. Let me show you how it works, no obligation 🚀"))
P("sales_invitation", "fr", "Léa Caron", "Account Manager DACH | Flagpole", "Paris",
  ("inv", "Bonjour Alex, je m'occupe des comptes DACH chez Flagpole (feature flags et expérimentation). Plusieurs fintechs berlinoises l'utilisent pour "
          "leurs déploiements progressifs. Je peux vous faire une démo de 15 minutes cette semaine ?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Florian Wächter", "Community | Engineering Leaders Berlin", "Berlin",
  ("inv", "Hallo Alex, ich baue gerade einen kleinen Kreis von Engineering-Leads aus Berliner Fintechs auf: einmal im Monat Abendessen, offener Austausch "
          "über Hiring, On-Call, Regulatorik. Keine Vendoren, versprochen. Hast du Lust?"),
  ("msg", "Schön, dass du dabei bist! Kurz zur Orga: Die Teilnahme läuft über unser Leadership-Programm, 4.900 € im Jahr zzgl. MwSt., "
          "da sind Dinner, zwei Coaching-Sessions und der Slack-Space drin. Soll ich dir den Anmeldelink schicken?", (2, 6)),
  ("msg", "Hi Alex, nur zur Info: Der Frühbucherpreis gilt noch bis Freitag, danach sind es 5.900 €. Sag Bescheid, dann reserviere ich dir einen Platz."))
P("bait_and_switch_invitation", "en", "Arjun Mehta", "Engineering Leader | Payments Security", "Bengaluru",
  ("inv", "Hi Alex, fellow eng leader here. Quick question if you don't mind: how did you scope PCI DSS 4.0 for your card vault? "
          "We are struggling with network segmentation and would love to learn from someone who has done it."),
  ("msg", "Thanks for accepting Alex! Actually the reason I asked: we have built a tokenization vault that takes you out of PCI scope completely. "
          "Could I show you in a 30 min call? We can do a 60 day pilot free of cost.", (2, 5)))
P("bait_and_switch_invitation", "en", "Giorgia Lanzi", "Payments | Italiana a Berlino", "Berlin",
  ("inv", "Ciao Alex, anche io italiana a Berlino e lavoro nel mondo dei pagamenti! Mi farebbe piacere fare un po' di rete tra di noi, magari un caffè a Mitte "
          "una di queste settimane?"),
  ("msg", "Ciao Alex, grazie per aver accettato! Ti scrivo perché la mia azienda di Torino fornisce team dedicati di sviluppatori Java e React alle fintech tedesche, "
          "con costi del 40% più bassi rispetto a Berlino. Ci sentiamo 20 minuti per capire le vostre esigenze?"), nl="it")
P("bait_and_switch_invitation", "en", "Dmytro Kovalenko", "SRE | Author of 'On-call without burnout'", "Lviv",
  ("inv", "Hi Alex! I wrote free playbook 'On-call without burnout', based on interviews with 40 SRE leads. No email form, I just send PDF. "
          "Thought it can be useful for your team since you are hiring SREs."),
  ("msg", "Hi Alex, happy we are connected. Next to playbook we run managed on-call: our SRE team in Lviv takes your night shifts from 2.900 EUR/month. "
          "Can we talk this week?", (2, 6)),
  ("msg", "Alex, did you see my previous message? I have slot Thursday 11:00 or Friday 14:00, send me which one is ok."))
P("bait_and_switch_invitation", "de", "Sophie Albrecht", "Host | Platform Engineering Meetup Berlin", "Berlin",
  ("inv", "Hi Alex, ich organisiere das Platform Engineering Meetup in Berlin und wir hätten Paykern im November sehr gern auf der Bühne. "
          "Vernetzen wir uns, dann schicke ich dir die Details?"),
  ("msg", "Super, danke! Also die Details: Die Speaker-Slots sind Teil unserer Partnerpakete, ab 3.500 € (Logo, Talk, Recruiting-Stand). "
          "Soll ich dir den Novembertermin reservieren?", (3, 8)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Hannah Keller", "Research Lead | Incident Management in Fintech", "Amsterdam",
  ("inm", "20 minutes for a study on incident reviews?", "Hi Alex, I'm writing a report on how European fintechs run incident reviews and I'm interviewing "
          "20 engineering leaders. 20 minutes, fully anonymised, and you get the full report before it's published. Would you be up for it?"),
  ("inm", "Re: the incident review study", "Thanks again for saying yes, Alex. Before we schedule: the study is run by IncidentIQ, and I'd love to use the slot "
          "to walk you through how our platform automates postmortems. Does Tuesday 10:00 work for a demo?"))
P("bait_and_switch_inmail", "en", "Chen Wei", "Community Builder | Web3 Payments Engineers", "Singapore",
  ("inm", "Invitation: private group for payments engineers", "Hello Alex, we are organizing private community of fintech engineers to discuss "
          "blockchain settlement rails. Totally free, only knowledge sharing, no selling. We would be honoured to have Paykern inside. Shall I send you the Telegram link?"),
  ("inm", "Early access for our members", "Dear Alex, members of our community are now invited to early access of the PAYX token presale, listing at 8x guaranteed. "
          "Minimum ticket 2,000 USDT. Slots close on Sunday, please confirm quickly."))
P("bait_and_switch_inmail", "es", "Javier Olmos", "Comité de programa | FinDev Summit Madrid", "Madrid",
  ("inm", "Keynote en FinDev Summit", "Hola Alex, formo parte del comité de programa de FinDev Summit Madrid. Nos encantaría que dieras la keynote sobre "
          "arquitectura de pagos en tiempo real. ¿Te interesa? Te mando la agenda provisional."),
  ("inm", "Confirmación de tu keynote", "¡Genial que te interese! Para confirmar la keynote, los ponentes entran como patrocinadores Silver (6.000 €), que incluye "
          "stand y dos entradas. ¿Te envío el contrato para que lo firmes esta semana?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Vikram Nair", "DevOps Engineer | Kubernetes, Terraform", "Berlin",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill}, well deserved! Would you mind endorsing me back for Kubernetes and Terraform? "
          "I'm interviewing for staff roles and recruiters do look at these. Thanks a ton 🙏"))
P("endorse_me_back", "de", "Katharina Vogel", "Agile Coach | Scrum Master", "Leipzig",
  ("end",),
  ("msg", "Hallo Alex, hab dich gerade für {skill} bestätigt. Wärst du so lieb und bestätigst mich für Agile Coaching und Scrum? "
          "Eine Hand wäscht die andere 😉"))
P("endorse_me_back", "en", "Paolo Marchesi", "Java Developer | Spring Boot | Cerco nuove opportunità", "Berlin",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho segnalato per {skill}, te lo meriti davvero. Se ti va di ricambiare con Java e Spring Boot mi fai un favore enorme, "
          "sto cercando lavoro e ogni conferma aiuta. Grazie mille!"), nl="it")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Marek Dvořák", "CEO | QA automation from Brno", "Brno",
  ("inv", "Hello Alex, we do QA automation outsourcing from Brno, 30% cheaper than in-house and our testers speak German. Can I present you our model in 15 minutes?"),
  ("rem",),
  ("inm", "Disappointed", "Alex, I see you ignored my invitation twice. From a VP I expect at least basic courtesy, one click is not so hard. "
          "This is exactly why nobody likes Berlin startups. Good luck with your bugs."))
P("hostility_after_decline", "de", "Stefan Lindner", "Projektmanager IT", "Dortmund",
  ("inv", DEFAULT),
  ("inm", "Kein Stil", "Sie halten sich wohl für etwas Besseres. Ich wollte mich nur vernetzen und Sie lassen mich einfach hängen. "
          "Schwacher Führungsstil, Herr VP. Ich hoffe, Ihre Mitarbeiter werden besser behandelt."))
P("hostility_after_decline", "en", "Renata Souza", "Frontend Developer | React, TypeScript", "São Paulo",
  ("inv", "Hi Alex, I'm frontend dev with 5 years of React and TypeScript, I saw the careers page of Paykern and I would love to be considered. Can we connect?"),
  ("rem",),
  ("inm", "wow", "No answer, not even a no. You post about 'people first culture' every week but you ignore the people who write you. "
          "Honestly this is hypocrite. I will tell my friends to not apply at Paykern."))
P("hostility_after_decline", "fr", "Guillaume Perrot", "Consultant FinOps | Réduction des coûts cloud", "Lyon",
  ("inv", "Bonjour Alex, nous aidons les scale-ups à réduire leur facture AWS de 25 à 40 % en six semaines, rémunérés au résultat. Un échange de 20 minutes ?"),
  ("inm", "Dommage", "Bonjour, visiblement vous n'avez pas de temps pour les gens comme moi. C'est assez méprisant pour quelqu'un qui se dit leader. "
          "Je retiendrai le nom de Paykern, croyez-moi."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Nikolai Petrov", "Founder | Staff augmentation for fintech", "Sofia",
  ("msg", "Alex, hello again. We have 4 senior Go developers free from November, all with payments background. 5.200 EUR per month per person, "
          "they can start in one week. Shall I send the CVs?"),
  ("msg", "Alex, I understood 'not right now' but the developers are still available and my price is valid until Friday. Let's do a quick call?"),
  ("msg", "You said no three times without even looking at one CV. Honestly this arrogance is the reason your team is understaffed. "
          "Don't come crying to me when your release slips."))
P("hostility_connection", "de", "Sandra Hübner", "Agile Coach & Organisationsentwicklerin", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan! Nach unserem Gespräch beim Fintech-Frühstück: Ich begleite Tech-Teams beim Wechsel auf Team Topologies, "
          "Paketpreis für drei Monate 18.000 €. Wann passt Ihnen ein Termin für ein Angebot?"),
  ("msg", "Schade, dass Sie sich nicht einmal die Mühe machen zu antworten. Erst einladen und dann ignorieren, das ist schlechter Stil. "
          "Ich hätte von einem VP mehr Anstand erwartet."))
P("hostility_connection", "it", "Luca Romano", "Cybersecurity Sales | Penetration Testing", "Roma",
  ("msg", "Ciao Alex, con DORA in vigore molti istituti di pagamento stanno anticipando il pentest annuale. Ti posso fare un preventivo per la vostra API, "
          "tempi di consegna 3 settimane?"),
  ("msg", "Alex, mi hai risposto 'no grazie' senza neanche aprire la proposta. Complimenti per la professionalità. "
          "Poi non lamentarti quando qualcuno vi buca i sistemi."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Tobias Richter", "Vertrieb | APM & Observability Partner", "Köln",
  ("msg", "Hi Alex, wir sind Partner von mehreren Observability-Anbietern und können dir bei der Lizenzverlängerung oft 20 % rausholen. "
          "Wann läuft euer Vertrag aus? Dann rechne ich dir was."),
  ("msg", "Moin Alex, kurze Erinnerung: Bis Ende Oktober gibt's noch Sonderkonditionen für Mehrjahresverträge. Soll ich ein Angebot machen?"))
P("connection_only_pitches", "en", "Aditya Kulkarni", "Delivery Head | Offshore Product Engineering", "Hyderabad",
  ("msg", "Dear Alex, greetings! We are 600+ engineers offshore development centre, ISO 27001 certified, worked with 3 European PSPs. "
          "Kindly let me know a suitable time to present our capabilities."),
  ("msg", "Dear Alex, gentle reminder on my previous note. We can give a dedicated team of 5 developers plus QA at very competitive rates. Please revert."),
  ("msg", "Hi Alex, hope you are doing well. Just following up again, kindly share your availability for a 30 minutes call this week."))
P("connection_only_pitches", "en", "Emma Clarke", "Director | Fintech Engineering Recruitment", "London",
  ("msg", "Hi Alex, I've got three strong Staff Engineers (ex-Adyen, ex-Wise) who'd be open to Berlin. Our terms are 22% of first-year salary, "
          "happy to send anonymised profiles if you agree to the terms first."),
  ("msg", "Alex, one of the three just got an offer elsewhere, so worth moving quickly. Shall I send over our terms of business today?"))
P("connection_only_pitches", "en", "Valentina Russo", "Head of Sales EU | AI code review", "Milano",
  ("msg", "Hi Alex! Our AI code reviewer catches security bugs before merge, it plugs into GitHub in 5 minutes. Fintech teams in Milan use it already. "
          "Can I give you a 14-day trial and a short walkthrough?"),
  ("msg", "Ciao Alex, following up: we have a launch price for DACH customers until end of October (29 € per developer). Want me to send the order form?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Martin Scholz", "Gründer | Supply-Chain-Security für Entwickler", "Karlsruhe",
  ("msg", "Moin Alex, kurze Frage: Macht ihr schon SBOM-Scanning in der Pipeline? Wir haben da was gebaut, 14 Tage kostenlos, danach ab 9 € pro Entwickler. "
          "Soll ich dir einen Testzugang schicken?"))
P("single_pitch", "fr", "Inès Moreau", "Freelance DevOps | Kubernetes, GitOps", "Bordeaux",
  ("msg", "Salut Alex, je me lance en freelance après six ans chez un PSP. Si vous avez besoin de renfort sur Kubernetes ou la migration GitOps, "
          "mon TJM est de 750 € et je suis dispo dès novembre, en remote depuis Bordeaux. N'hésite pas à me faire signe !"))
P("single_pitch", "en", "Ryan O'Connell", "SOC 2 & ISO 27001 Readiness | Partner", "Dublin",
  ("msg", "Alex, quick one: we're doing 20% off our SOC 2 readiness package until end of month, fixed fee and audit-ready in 10 weeks. "
          "Worth a chat with your compliance lead?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Julia Hoffmann", "Head of SRE | Lumora", "Berlin",
  ("msg", "Hallo Alex, wie versprochen unser internes Postmortem zum Ausfall vor zwei Wochen (abgelaufenes Zertifikat beim Acquirer, 47 Minuten keine Kartenzahlungen). "
          "Ist anonymisiert, darfst du gern in eurer Runde teilen. Wenn ihr Fragen habt, ruf einfach an."))
P("connection_brings_value", "en", "Sebastián Ruiz", "Engineering Manager | Fjordpay", "Barcelona",
  ("msg", "Alex, te paso el contacto de una ex compañera, SRE senior, muy buena, que se muda a Berlín en enero. No está con ninguna agencia, "
          "le dije que te escribiría yo directamente. ¿Os presento por correo?"), nl="es")
P("connection_brings_value", "en", "Oksana Melnyk", "Developer Advocate | Container Days volunteer", "Hamburg",
  ("msg", "Hi Alex, I have two spare guest passes for Container Days Hamburg next week, free of charge. If someone from your team wants to go, "
          "send me the names until Monday and I register them."))
P("connection_brings_value", "fr", "Pierre Lemoine", "Mainteneur | iso20022-kit", "Nantes",
  ("end",),
  ("msg", "Bonjour Alex, merci pour la PR de ton équipe sur le client ISO 20022, c'est mergé et ce sera dans la 2.4. On monte un groupe de travail ouvert "
          "sur les schémas pain.001 et camt.053 : si quelqu'un chez vous veut participer, c'est gratuit, une visio par mois."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Evans", "Executive Search | Technology Leadership", "Amsterdam",
  ("inm", "CTO – Series B payments company, Amsterdam", "Hi Alex, I'm retained by a Series B acquiring business in Amsterdam (110 people, licensed, profitable "
          "in Benelux) to find their first CTO. Reports to the CEO, team of 45, package €220-250k plus equity. Your background in card processing "
          "is exactly what the founders asked for. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "de", "Dr. Matthias Brandt", "Partner | Brandt & Roth Executive Search", "Frankfurt am Main",
  ("inm", "CTO (m/w/d) – Zahlungsdienstleister Rhein-Main, vertraulich", "Sehr geehrter Herr Morgan, für einen etablierten Zahlungsdienstleister im Rhein-Main-Gebiet "
          "(ca. 300 Mitarbeitende, Eigentümer ein Bankenverbund) suche ich einen CTO mit Verantwortung für rund 90 Entwicklerinnen und Entwickler. "
          "Dürfte ich Ihnen die Position in einem vertraulichen Telefonat näher vorstellen?"))
P("stranger_inmail_recruiter", "it", "Elena Moretti", "Talent Partner | Veltra", "Milano",
  ("inm", "Head of Engineering – Milano o remoto", "Ciao Alex, sono la talent partner interna di Veltra, non un'agenzia. Cerchiamo un Head of Engineering "
          "per la piattaforma di pagamenti B2B: 60 persone, riporto al CTO, possibile full remote dalla Germania. Ti andrebbe una chiacchierata esplorativa?"))
P("stranger_inmail_recruiter", "en", "Sanjay Iyer", "Senior Talent Partner | Brightmoor Bank", "Dublin",
  ("inm", "VP Engineering, Payments Platform – Dublin (hybrid)", "Hi Alex, I lead engineering hiring at Brightmoor Bank. We're building a new payments platform "
          "team in Dublin and looking for a VP Engineering to own it end to end. Hybrid, relocation support, strong budget. Would you be open to hearing more?"),
  ("inm", "Re: VP Engineering, Payments Platform", "Hi Alex, thanks for the quick reply. As asked, the details: base €210k, bonus up to 30%, two days a week "
          "in the office, relocation package. The hiring manager is our CTO, who would like to meet you in Berlin in November if that works."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Miller", "Enterprise Account Executive | CloudTrim", "Austin",
  ("inm", "Your Datadog bill", "Hi Alex, most scale-ups we talk to overpay for observability by 30%+. CloudTrim routes your telemetry and drops the noise "
          "before it hits your vendor. Mind if I send a 2-minute video showing what it would save Paykern?"),
  ("inm", "bumping this up", "Alex, bumping this in case it got buried. Happy to run a free savings estimate if you give us read access to one cluster."))
P("stranger_inmail_sales", "de", "Kemal Yıldız", "Geschäftsführer | Yıldız Security Consulting", "Berlin",
  ("inm", "Pentest für Ihre Zahlungs-API", "Hallo Herr Morgan, ich habe gesehen, dass Paykern eine öffentliche API für Händler anbietet. "
          "Wir machen Pentests speziell für Zahlungs-APIs, Festpreis ab 8.900 €, Bericht BaFin-tauglich. Hätten Sie nächste Woche 15 Minuten?"))
P("stranger_inmail_sales", "en", "Lin Zhou", "Liquidity Partnerships | ChainYield", "Hong Kong",
  ("inm", "USDT liquidity partnership", "Hello Alex, ChainYield offers payment companies a USDT liquidity program with 18% annual yield on idle float, "
          "settled daily. Many European PSPs already joined. I can send the partner agreement today, just need your wallet address."))
P("stranger_inmail_sales", "es", "Álvaro Gil", "CEO | Levante Dev – nearshoring desde Valencia", "Valencia",
  ("inm", "Equipo backend en Valencia", "Hola Alex, somos una empresa de desarrollo en Valencia con 70 ingenieros, muchos con experiencia en banca. "
          "Trabajamos en vuestro horario y a la mitad de precio que un equipo en Berlín. ¿Hablamos 20 minutos?"),
  ("inm", "¿Lo viste?", "Hola de nuevo Alex, te escribí hace unos días sobre nuestro equipo en Valencia. Este mes hacemos un piloto de 4 semanas con 15% de descuento. ¿Te interesa?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Maximilian Krause", "Platform Lead | Neobroker, Berlin", "Berlin",
  ("inv", "Hallo Alex, ich leite das Plattformteam bei einem Berliner Neobroker. Wir haben unsere Chaos-Engineering-Gamedays als Open-Source-Runbook veröffentlicht. "
          "Magst du es haben? Gern im Tausch gegen ehrliches Feedback."),
  ("msg", "Hier der Link zum Repo und die Folien vom letzten Gameday. Feedback am liebsten als Issue, ich freu mich!"),
  ("msg", "Hi Alex, kleine Neuigkeit: Ich habe mich selbstständig gemacht und biete Gamedays jetzt als Beratung an, Tagessatz 1.600 €. "
          "Wäre das was für Paykern im ersten Quartal? Lass uns mal telefonieren."))
P("good_turns_ugly", "en", "Ayşe Demir", "Backend Engineer | Co-organiser, Women in Payments Tech Berlin", "Berlin",
  ("inv", "Hi Alex, I co-organise Women in Payments Tech Berlin, a free meetup every second month. Next one is about ledger design. "
          "Would be great if some of your engineers come, and you are very welcome too!"),
  ("msg", "Thanks for coming and bringing your team! Here is the recording and the slides from the ledger talk, feel free to share internally."),
  ("end",),
  ("msg", "Hey Alex, I just endorsed you for {skill} :) Could you return the favour and endorse me for Go and Distributed Systems? "
          "I'm applying for senior roles and it would really help."))
P("good_turns_ugly", "it", "Francesco Galli", "Maintainer | go-iso8583", "Torino",
  ("inv", "Ciao Alex, sono il maintainer di go-iso8583. Ho visto che un vostro ingegnere ha aperto una issue sui campi TLV dell'EMV: "
          "ho una patch pronta, ti va se ne parliamo prima di rilasciarla?"),
  ("msg", "Ecco la patch, è nella 1.9.2. Ho aggiunto anche i test con i messaggi che ci avete mandato. Fammi sapere se da voi funziona."),
  ("msg", "Ciao Alex, visto che usate molto la libreria: da ottobre offriamo un contratto di supporto enterprise, 12.000 € l'anno con SLA di 24 ore. "
          "Posso mandarti l'offerta?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Gregor Maier", "Account Executive | Kubernetes-Kostenoptimierung", "München",
  ("inm", "Ihre Kubernetes-Kosten", "Hallo Herr Morgan, wir senken die Kubernetes-Kosten von Fintechs im Schnitt um 35 %, vollautomatisch. "
          "Darf ich Ihnen in 20 Minuten zeigen, wie das bei Paykern aussähe?"),
  ("inv", "Hallo Alex, wir waren beide beim Berlin Fintech Summit, dein Panel zu Echtzeitzahlungen fand ich stark. Lass uns vernetzen!"))
P("reinvite_known_bad", "en", "Daniel Okoro", "Cloud Engineer | AWS", "Lagos",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met at Kubernetes Community Day in Berlin, I was asking about your multi-region setup. Would be great to stay in touch."))
P("reinvite_known_bad", "en", "Marta Kowalczyk", "Business Development | Test Automation Services", "Wrocław",
  ("inv", "Hi Alex, we build test automation frameworks for payment companies, from 35 EUR/h. Can I send you our case study with a German PSP?"),
  ("inv", "Hi Alex, sorry if my first message was too pushy. I simply like your posts about engineering culture and would be happy to connect."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Hendrik Vos", "Senior Sales | Managed Kubernetes", "Düsseldorf",
  ("inv", "Hallo Alex, wir betreiben Kubernetes für regulierte Unternehmen, BaFin-konform und rund um die Uhr. Passt ein kurzer Call nächste Woche?"),
  ("inm", "Ernsthaft?", "Keine Antwort, nicht mal ein Nein. Genau diese Arroganz kenne ich von Berliner Startups. Viel Glück beim nächsten Ausfall, "
          "ihr werdet es brauchen."),
  ("inv", "Hallo Alex, vielleicht war mein letzter Ton etwas daneben. Neuer Versuch: Ich würde mich gern mit dir vernetzen."))
P("reinvite_known_ugly", "fr", "Samir Haddad", "Réseau des ingénieurs fintech francophones | Animateur", "Paris",
  ("inm", "Réseau des ingénieurs fintech francophones", "Bonjour Alex, j'anime un réseau d'ingénieurs fintech francophones en Europe : retours d'expérience, "
          "offres d'emploi, entraide. C'est gratuit et on aimerait beaucoup vous compter parmi nous. Je vous ajoute au groupe ?"),
  ("inm", "Bienvenue dans le réseau", "Merci Alex ! Pour finaliser votre place, les membres « leaders » participent au financement via notre offre de marque employeur : "
          "2 500 € par an, avec diffusion de vos offres et une table ronde sponsorisée. Je vous envoie le bon de commande ?"),
  ("inv", "Bonjour Alex, restons en contact, je serais ravi d'échanger sur le recrutement d'ingénieurs à Berlin."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Lena Schwarz", "Account Executive | Pagerly Incident Response", "Berlin",
  ("acc",),
  ("msg", "Danke fürs Vernetzen nach dem Panel! Du hast ja über Alert-Müdigkeit im On-Call gesprochen, genau dafür ist Pagerly gebaut. Gerade haben wir ein Angebot für Scale-ups, 30 % aufs erste Jahr. "
          "Soll ich dir ein Angebot für 80 Nutzer schicken?"))
P("user_invited_pitch_once", "es", "Nicolás Herrera", "Director Comercial | Andes Nearshore", "Bogotá",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Ya que nos vimos en la feria de Ámsterdam, te cuento: tenemos desarrolladores Kotlin en Colombia con solapamiento "
          "de 5 horas con Berlín, desde 38 USD la hora. ¿Agendamos una llamada?"))
P("user_invited_pitch_once", "en", "James Whitaker", "Leadership Coach for CTOs and VPs of Engineering", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Loved your comment about the lonely middle of engineering leadership. I coach VPs through exactly that; "
          "my 12-week programme is £6,500 and most companies cover it from the L&D budget. Fancy an intro call?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Anil Kapoor", "Co-founder | FinOps automation", "Berlin",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! As discussed at the AWS summit, our tool finds idle resources and rightsizes automatically. "
          "Pricing is 10% of the savings, nothing if we save nothing. Can I get a read-only role to run the analysis?"),
  ("msg", "Hi Alex, circling back on this. We just signed two Berlin PSPs, I can offer you the same early adopter terms until 31 October."))
P("user_invited_pitch_twice", "fr", "Claire Dubois", "Directrice commerciale | Audit sécurité & pentest", "Paris",
  ("acc",),
  ("msg", "Merci pour l'ajout, Alex ! Suite à notre échange au salon, je vous propose un pentest complet de votre API marchand et de l'app mobile, "
          "24 jours-homme, 21 600 € HT. Je vous envoie la proposition ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : nous avons une fenêtre d'intervention en novembre. Si vous validez avant vendredi, je peux réduire à 19 800 € HT."))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Tim Becker", "VP Engineering | Kassenwerk", "Berlin",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie beim Meetup versprochen, hier unser Karrierepfad für Engineers (IC und Management, mit Gehaltsbändern). "
          "Nimm gern, was passt. Und wenn du Lust hast, lass uns im Winter mal unsere On-Call-Regeln vergleichen."))
P("user_invited_value", "it", "Giulia Conti", "Engineering Manager | Fjordpay Milano", "Milano",
  ("acc",),
  ("msg", "Grazie per la richiesta, Alex! Come ti dicevo a Londra, ti giro il nostro documento sulla policy di reperibilità (turni, compensi, regole per i weekend). "
          "L'abbiamo scritto con il consiglio di fabbrica, magari vi risparmia qualche settimana di discussioni."))
P("user_invited_value", "en", "Ewa Zielińska", "Maintainer | openpayments-go", "Kraków",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invite! I looked at the race condition your team reported in the webhook retrier. Fixed in v0.14.1, "
          "and I added your engineer as co-author on the commit. Tell them thank you for the very clean reproduction."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Felix Baumann", "CTO | Lumora", "Berlin", ("acc",))
P("acceptance_only", "de", "Miriam Albers", "Engineering Managerin | Klarwerk", "Berlin", ("acc",))
P("lone_endorsement", "en", "Siddharth Rao", "Software Engineer | Paykern alumni", "Berlin", ("end",))
P("lone_endorsement", "de", "Jan-Philipp Kühn", "Backend-Entwickler | ehemals Paykern", "Leipzig", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Greenhouse", "no-reply@greenhouse.example", "New application: Senior Backend Engineer (Ledger)",
     "Rahul Venkataraman applied for Senior Backend Engineer (Ledger) via the careers page.\n\nLinkedIn: https://www.linkedin.com/in/rahul-venkataraman\n\n"
     "Review the application in Greenhouse.", "en"),
    ("Jana Pohl", "jana.pohl@paykern.example", "Dein LinkedIn-Post zum Ausfall",
     "Hi Alex,\n\nkönnen wir deinen LinkedIn-Post zum Ausfall vom Dienstag noch kurz mit Legal abstimmen, bevor er rausgeht? Die Händlerkommunikation ist schon draußen.\n\nJana", "de"),
    ("Meetup", "info@meetup.example", "Gophers Berlin: new event – Payments at scale",
     "A new event was scheduled in Gophers Berlin: Payments at scale, 13 November, 19:00.\n\nFollow the group on LinkedIn for the speaker announcements.", "en"),
    ("Security Team", "security@paykern.example", "Achtung: gefälschte LinkedIn-Einladungen",
     "Liebe Kolleginnen und Kollegen,\n\nwir sehen gerade gefälschte LinkedIn-Einladungen mit Links auf linkedln.com. Bitte nicht klicken und an security@paykern.example melden.", "de"),
    ("Lorenzo Bassi", "lorenzo.bassi@example.org", "Fwd: Voglio collegarmi",
     "Ciao Alex, questa agenzia ha scritto anche a me su LinkedIn, la conosci? Mi sembra la solita body rental.\n\n---------- Messaggio inoltrato ----------\n"
     "Da: Giorgia Lanzi via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nCiao Lorenzo, anche io italiana a Berlino...", "it"),
    ("Talent Team", "talent@paykern.example", "LinkedIn Life page: photos needed",
     "Hi Alex,\n\nwe're refreshing the Paykern Life page on LinkedIn before the hiring push. Could you send two photos of the engineering offsite by Friday?\n\nThanks!", "en"),
    ("GitHub", "notifications@github.example", "[paykern/ledger-client] Add maintainer contacts to README (#412)",
     "@ewa-z commented: I'd rather not put LinkedIn profiles in the README, GitHub handles are enough.\n\nReply to this email directly or view it on GitHub.", "en"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage von Gregor Maier",
     "Hallo Alex Morgan,\n\nGregor Maier möchte sich mit Ihnen auf XING vernetzen. Importieren Sie Ihre LinkedIn-Kontakte, um weitere Bekannte zu finden.", "de"),
    ("SREcon EMEA", "info@srecon.example", "CFP closes Friday – tell your team",
     "The call for participation closes this Friday. Share the CFP with your team on LinkedIn or Mastodon, first-time speakers get mentoring.", "en"),
]


# the older (2016) layout for about one person in three; the rest in the newer one
OLD_LAYOUT = {"Jakub Nowicki", "Dr. Thomas Engel", "Oleksandr Hrytsenko", "Chiara Fontanesi", "Bogdan Ionescu", "Jörg Wendler", "Florian Wächter",
              "Dmytro Kovalenko", "Chen Wei", "Katharina Vogel", "Marek Dvořák", "Stefan Lindner", "Aditya Kulkarni", "Martin Scholz",
              "Julia Hoffmann", "Dr. Matthias Brandt", "Kemal Yıldız", "Maximilian Krause", "Daniel Okoro", "Hendrik Vos", "James Whitaker",
              "Tim Becker", "Jan-Philipp Kühn"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}

HEADER = [f"# mailbot dev159 corpus. Generated by scripts/make_corpus_dev159.py (seed {SEED}); do not edit by hand.",
          "# September and October 2025 of a Berlin payments scale-up's VP of engineering, in the 2016 and current layouts: dev-tool and observability "
          "vendors, nearshore agencies, recruiters, applicants, meetups and conferences, open-source maintainers, peers' incident reviews, "
          "security-audit sellers, crypto scams; non-native English, German, some Italian, Spanish and French. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li159(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2025), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories159(cs.EraStories):
    """Stories inside September and October 2025: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li159(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev159")
    args = ap.parse_args()
    check_notes()
    c = Stories159(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(8)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
