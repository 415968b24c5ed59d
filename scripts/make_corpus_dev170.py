#!/usr/bin/env python3
"""Write mailbot's dev170 corpus: tests/corpus/dev170/*.eml + expected.toml.

The angle: two ordinary months of 2025 (February to April) of the user Alex, founder of a
Berlin B2B software startup (fleet-charging analytics) who is raising a seed round. Their
LinkedIn world: angels and seed investors with real interest, fundraising "advisors" who want
a retainer or a success fee, pay-to-pitch demo days and investor "matching" platforms,
developers applying for the first engineering jobs, SaaS and agency sellers, fellow founders
sharing term-sheet and SAFE advice, and an advisor who turns rude after a refusal. German,
English, some French, Spanish and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, job-alert titles, spoof headlines and spoof
pitches, the date window and the gaps between story steps are swapped in this process only.
Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev170.py              # writes tests/corpus/dev170
    python scripts/make_corpus_dev170.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20250170

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ founder world (this process only)
SKILLS = {
    "en": ["Fundraising", "Start-ups", "Product Management", "SaaS", "Leadership"],
    "de": ["Fundraising", "Start-ups", "Produktmanagement", "SaaS", "Unternehmensführung"],
    "fr": ["Levée de fonds", "Start-up", "Gestion de produit", "SaaS", "Leadership"],
    "es": ["Captación de fondos", "Startups", "Gestión de producto", "SaaS", "Liderazgo"],
    "it": ["Raccolta fondi", "Startup", "Product management", "SaaS", "Leadership"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Founding Engineer", "Ladepunkt Labs"), ("Venture Partner (m/w/d)", "Spreebrücke Ventures"),
              ("Entrepreneur in Residence", "Nordkap Capital"), ("Head of Product", "Voltwerk GmbH"),
              ("Founder Associate", "Kreuzberg Climate Fund")]
mc.COMPANIES["good"] = ["Spreebrücke Ventures", "Nordkap Capital", "Business Angels Club Berlin", "Voltwerk", "Kreuzberg Climate Fund",
                        "TU Berlin", "EIT InnoEnergy"]
mc.COMPANIES["sales"] = ["PitchDeck Pros", "SeedMatch Connect", "CapTablr", "InvestorLeads.io", "Nearshore Devs", "GrowthRocket Agency"]
mc.HEADLINES["good"] = ["Principal at {co}", "Business Angel | ex-founder | {co}", "Founder & CEO at {co}", "Senior Backend Engineer",
                        "Investment Manager, {co}", "Partner, {co}"]
mc.HEADLINES["sales"] = ["Fundraising Advisor | {co}", "Account Executive DACH | {co}", "Founder at {co} – we get you funded",
                         "Business Development | {co}", "Growth Partner @ {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed term sheet with you. Sign in to review and countersign before Friday.",
           "Dear {first}, your investor data room access expires today. Log in to keep your documents."],
    "de": ["Hallo {first}, ich habe Ihnen das unterschriebene Term Sheet freigegeben. Bitte melden Sie sich an, um es gegenzuzeichnen.",
           "Guten Tag {first}, Ihr Datenraum läuft heute ab. Bitte hier anmelden, um den Zugang zu verlängern."],
    "fr": ["Bonjour {first}, je vous ai partagé la term sheet signée. Connectez-vous pour la contresigner.",
           "Bonjour {first}, votre accès à la data room expire aujourd'hui. Connectez-vous pour le prolonger."],
    "es": ["Hola {first}, te he compartido la term sheet firmada. Inicia sesión para revisarla y firmarla.",
           "Hola {first}, tu acceso a la data room caduca hoy. Inicia sesión para conservar tus documentos."],
    "it": ["Ciao {first}, ti ho condiviso il term sheet firmato. Accedi per controfirmarlo entro venerdì.",
           "Gentile {first}, il suo accesso alla data room scade oggi. Acceda per mantenerlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

# two months of 2025: every story starts in February and its steps follow within weeks
_LO = datetime(2025, 2, 3, 7, tzinfo=timezone.utc)
_SPAN = int(timedelta(days=42).total_seconds())


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, _SPAN))


mc.Gen.start_date = _start_date
cs.GAPS.update({"rem": (4, 9), "end": (1, 8), "msg": (2, 12), "inm": (2, 10), "inv": (18, 26)})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Henrike Staudinger", "Business Angel | ex-Gründerin Ladenetz.de", "Potsdam",
  ("inv", "Hallo Alex, ich habe euren Pitch beim Angel-Abend der IHK gesehen und mir danach eure Website angeschaut. Ladeinfrastruktur für Flotten ist genau mein Thema. "
          "Falls die Seed-Runde noch offen ist: ich würde gern das Deck sehen und mit 25–50k mitgehen."),
  ("rem",))
P("good_invitation", "en", "Tom Hargreaves", "Principal at Nordkap Capital | Climate & Mobility", "London",
  ("inv", "Alex, a founder in our portfolio (Jana at Voltwerk) said you're raising and that we should talk. We lead seeds in fleet electrification. "
          "Would love to get 30 min in before you close - happy to come to you in Berlin next week."),
  ("rem",))
P("good_invitation", "en", "Daniel Okafor", "Founder & CEO, Routeline (YC W23)", "Berlin",
  ("inv", "hey Alex - saw on the Berlin founders Slack you got your first term sheet. we went through the exact same liquidation pref fight last year. "
          "happy to share our final docs + what our lawyer pushed back on, no strings. ping me"))
P("good_invitation", "de", "Kerem Aydın", "Senior Backend Engineer | Go, Postgres, Kafka", "Berlin-Neukölln",
  ("inv", "Moin Alex, ich hab gelesen, dass ihr die ersten Engineers sucht. Ich baue seit 6 Jahren Backends für Energie-Daten (zuletzt bei einem Netzbetreiber). "
          "Würde mich gern bewerben – Lebenslauf und GitHub schicke ich dir gern direkt."),
  ("rem",))
P("good_invitation", "fr", "Camille Delorme", "Responsable programme | Station F Founders Program", "Paris",
  ("inv", "Bonjour Alex, nous ouvrons une session gratuite « Préparer sa levée seed » le 20 mars à Station F, avec deux partners de fonds. "
          "Quelques places réservées aux fondateurs étrangers, ça vous dirait ? Aucun frais, juste s'inscrire."),
  ("rem",))
P("good_invitation", "es", "Inés Arrabal", "Socia | Red de Business Angels Ibérica", "Madrid",
  ("inv", "Hola Alex, tu startup salió en la newsletter de Sifted y a varios de nuestros ángeles les encaja. Podemos presentarte al comité sin coste: "
          "solo necesito el deck y el tamaño de la ronda. ¿Te parece?"))


# =============================================================== default_invitation
P("default_invitation", "en", "Ryan Colbert", "Growth Hacker | Startups | Web3", "Lisbon", ("inv", DEFAULT))
P("default_invitation", "de", "Sabine Pfleiderer", "Vertrieb | Mobilität", "Stuttgart", ("inv", NONOTE))
P("default_invitation", "fr", "Julien Mercadier", "Consultant innovation", "Lyon", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Davide Pellegrino", "Imprenditore | Investitore", "Verona", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Rüdiger Falkenberg", "Fundraising-Berater | Seed & Series A | 80+ Runden begleitet", "Frankfurt",
  ("inv", "Hallo Herr Morgan, wir bringen Startups wie Ihres in 90 Tagen zur Seed-Finanzierung. Monatliches Retainer von 3.500 € plus 5 % Erfolgsprovision, "
          "dafür öffnen wir unser Netzwerk aus 400 Investoren. Kurzes Erstgespräch diese Woche?"),
  ("rem",))
P("sales_invitation", "en", "Brianna Walsh", "Partnerships | SeedMatch Connect Demo Day", "Dublin",
  ("inv", "Hi Alex! You've been shortlisted for our Spring Investor Demo Day 🚀 60+ VCs in the room. Pitch slots are €1,490 (early bird till Friday). "
          "Want me to hold one for you?"))
P("sales_invitation", "en", "Marco Lindqvist", "Account Executive | CapTablr – cap tables made easy", "Stockholm",
  ("inv", "Hey Alex, congrats on the raise! Most seed founders still run the cap table in Excel until a VC's lawyer finds the mistake. "
          "CapTablr fixes that. Got 15 min for a quick demo?"))
P("sales_invitation", "es", "Rodrigo Baeza", "CEO | Nearshore Devs – equipos React/Node desde Valencia", "Valencia",
  ("inv", "Hola Alex, ayudamos a startups alemanas a escalar su equipo tech con desarrolladores senior a 35 €/h. Sin reclutamiento, en 2 semanas. "
          "¿Te cuento cómo lo hacemos en una llamada corta?"))
P("sales_invitation", "it", "Federica Rinaldi", "Founder | InvestorLeads.io – liste investitori verificate", "Milano",
  ("inv", "Ciao Alex, vendiamo liste di business angel e fondi seed in DACH con email verificate (1.200 contatti, 390 €). "
          "Ti mando un estratto gratuito di 20 nomi se ti interessa?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gavin Pryce", "Founder | The Seed Circle – founders helping founders", "Manchester",
  ("inv", "Alex, I run a small peer circle of first-time founders raising their seed. We meet online once a month and swap notes on investors, "
          "totally informal. You'd fit right in."),
  ("msg", "Great to have you in! Quick heads-up before the next session: members who want warm intros to our investor list join the Accelerator track, "
          "£2,000 + 3% success fee. Shall I send you the agreement?", (3, 8)),
  ("msg", "Hi Alex, the Accelerator track closes Friday. Only two spots left. Let me know and I'll lock one in.", (4, 9)))
P("bait_and_switch_invitation", "de", "Jannik Wollenhaupt", "Gründer | Berliner Gründerstammtisch", "Berlin",
  ("inv", "Hey Alex, wir sind ein Stammtisch von Berliner Gründer:innen im Mobility-Bereich, jeden ersten Donnerstag in Friedrichshain. "
          "Lust, mal vorbeizukommen? Kein Pitch, nur Austausch."),
  ("msg", "Schön, dass wir connected sind! Nebenbei: meine Agentur baut Investor-Decks und Finanzmodelle für Seed-Runden, Paket ab 4.900 €. "
          "Soll ich dir mal Beispiele zeigen? Für Stammtisch-Leute gibt's Rabatt 😉"))
P("bait_and_switch_invitation", "fr", "Arnaud Vasseur", "CEO | Flottio – gestion de flottes", "Lille",
  ("inv", "Bonjour Alex, fondateur aussi dans la mobilité électrique : petite question, vous avez levé en BSA-AIR ou en equity pour votre seed ? "
          "On hésite et j'aimerais un avis de quelqu'un qui vient de le faire."),
  ("msg", "Merci d'avoir accepté ! En fait je voulais aussi vous présenter notre module de télématique : il s'intègre à votre analytics et on partage les revenus. "
          "Je vous propose une démo mardi ?", (2, 6)))
P("bait_and_switch_invitation", "es", "Lucía Cardenal", "Mentora de startups | Autora de «Tu primera ronda»", "Barcelona",
  ("inv", "Hola Alex! Regalo mi guía con los 150 business angels más activos en climate tech en Europa. Conecta y te la mando, sin más."),
  ("msg", "¡Aquí la tienes! Y si quieres ir más rápido, mi programa de mentoring 1:1 para preparar la ronda cuesta 1.800 € (6 sesiones). "
          "Esta semana tengo dos huecos, ¿te reservo uno?"))
P("bait_and_switch_invitation", "it", "Stefano Ghirardi", "Angel investor | Advisor | ex-CFO", "Torino",
  ("inv", "Buongiorno Alex, seguo il vostro settore da tempo e valuto investimenti seed nel DACH. Mi piacerebbe conoscere meglio il progetto."),
  ("msg", "Grazie per il deck, molto interessante. Prima di portarlo al mio gruppo di investitori chiediamo di partecipare al nostro Investor Day: "
          "la quota di presentazione è 2.500 €. Le invio il modulo?", (4, 10)))

P("bait_and_switch_invitation", "de", "Cornelia Haberland", "Organisatorin | Investorenfrühstück Rhein-Main", "Mainz",
  ("inv", "Guten Morgen Alex, wir laden einmal im Monat Gründer:innen und Business Angels zu einem kleinen Frühstück ein, ganz ohne Bühne. "
          "Nächster Termin 11. März. Darf ich Sie auf die Gästeliste setzen?"),
  ("msg", "Freut mich! Eine Sache noch: Wer beim Frühstück drei Minuten vorstellen möchte, bucht das Pitch-Paket für 690 € zzgl. MwSt. "
          "Soll ich Ihnen eins reservieren?", (2, 6)),
  ("msg", "Kurze Erinnerung, die Pitch-Plätze für März sind fast weg. Ich brauche bis Mittwoch Ihre Zusage.", (3, 6)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Priya Raman", "Head of Community | FounderStack", "Amsterdam",
  ("inm", "Quick question about your seed round", "Hi Alex, I'm putting together a short report on how European climate founders raised in 2024-25. "
          "Could I ask you 5 questions about your round? It'll be shared free with everyone who takes part."),
  ("inm", "Following up + something for you", "Thanks for answering! Since you're mid-raise: our FounderStack Pro plan gives you an investor CRM and warm intro requests, "
          "€149/month, first month half price. Want me to set up your account?", (3, 8)))
P("bait_and_switch_inmail", "de", "Dr. Konstantin Erl", "Mentor | Startup-Netzwerk Süd", "München",
  ("inm", "Austausch unter Gründern", "Hallo Alex, ich begleite ehrenamtlich junge Gründer und habe gesehen, dass Sie gerade Ihre Seed-Runde machen. "
          "Wenn Sie möchten, schaue ich mir unverbindlich Ihr Deck an und gebe Feedback."),
  ("inm", "Ihr Deck – nächste Schritte", "Danke für das Deck. Ehrlich gesagt fehlt da einiges. Ich biete ein Fundraising-Mandat an: 6.000 € pauschal plus 4 % "
          "der Runde, dafür übernehme ich die Investorenansprache komplett. Wollen wir das besprechen?", (4, 9)))
P("bait_and_switch_inmail", "es", "Mateo Villalba", "Investor Relations | Andes Angels", "Bogotá",
  ("inm", "Interés en su ronda seed", "Estimado Alex, nuestro club de inversores busca startups de movilidad eléctrica en Europa para coinvertir. "
          "¿Podría compartirnos su deck y la valoración?"),
  ("inm", "Siguiente paso: presentación al club", "Gracias por el material. Para presentar al comité, las startups cubren una cuota de due diligence de 1.200 USD. "
          "Le envío los datos bancarios cuando confirme.", (3, 7)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Chad Whitmore", "Startup Coach | Keynote Speaker | 3x founder", "Austin",
  ("end",),
  ("msg", "Hey Alex, just gave you a shout-out for {skill} 💪 Would mean a lot if you could endorse me for Public Speaking and Startup Coaching, "
          "trying to get to the top of the search results. Thanks buddy!"))
P("endorse_me_back", "de", "Nadine Köhler", "Interim CFO für Startups | Finanzmodellierung", "Hamburg",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe dich für {skill} bestätigt. Magst du mir im Gegenzug Finanzmodellierung und Controlling bestätigen? "
          "Ich baue gerade mein Profil für Mandate aus. Lieben Dank!"))
P("endorse_me_back", "it", "Giorgio Valsecchi", "Consulente per startup | Bandi e finanza agevolata", "Bergamo",
  ("end",),
  ("msg", "Ciao Alex, ti ho segnalato per {skill}. Ti andrebbe di ricambiare con Finanza agevolata e Business plan? Sono tra le competenze che i clienti guardano. Grazie!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Eckhard von Rahden", "Senior Advisor Corporate Finance | Fundraising-Mandate", "Düsseldorf",
  ("inv", "Sehr geehrter Herr Morgan, ich habe Ihr Unternehmen auf der Liste der Seed-Kandidaten gesehen und würde mich gern vernetzen."),
  ("rem",),
  ("inm", "Ihre Absage", "Herr Morgan, Sie haben weder meine Einladung angenommen noch auf mein Angebot reagiert. Ich berate seit 25 Jahren und so eine Arroganz "
          "erlebe ich selten. Mit dieser Haltung wird Ihnen kein seriöser Investor Geld geben. Viel Glück, Sie werden es brauchen.", (3, 8)))
P("hostility_after_decline", "en", "Lance Moreno", "Pitch Deck Designer | 200+ decks", "Miami",
  ("inv", "Alex, your deck on DocSend is honestly holding you back. I fix decks in 5 days, $2,500 flat. Let's connect."),
  ("inm", "Seriously?", "Ignoring a connection request from someone trying to help you. Classic. Founders like you are why 90% of startups fail. Good luck with that deck lol"))
P("hostility_after_decline", "fr", "Patrice Lebrun", "Conseil en levée de fonds | Business angels", "Bordeaux",
  ("inv", "Bonjour Alex, j'accompagne les levées seed et je serais ravi d'échanger avec vous."),
  ("rem",),
  ("inm", "Sans réponse", "Je constate que vous n'avez pas daigné répondre. C'est assez révélateur du niveau de professionnalisme de votre équipe. "
          "Je ne manquerai pas d'en parler aux investisseurs que je connais."))
P("hostility_after_decline", "es", "Álvaro Sandoval", "Growth Consultant | SaaS B2B", "Sevilla",
  ("inv", DEFAULT),
  ("inm", "Vaya", "Hola Alex. Te escribí con toda la educación del mundo y ni caso. Mucho 'founder' en el perfil pero luego no sabes ni contestar a la gente. "
          "Qué poca clase, de verdad."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Bernd Kastl", "Fundraising Advisor | Kastl Capital Partners", "Wien",
  ("msg", "Hallo Alex, wie am Telefon besprochen: Ich übernehme Ihre Seed-Runde für 4.000 € Retainer im Monat plus 6 % Success Fee. Vertrag anbei, "
          "bitte bis Freitag unterschreiben, dann starte ich die Ansprache."),
  ("msg", "Sie lehnen ab? Nach zwei Stunden meiner Zeit? Das ist unprofessionell und ehrlich gesagt naiv. Ohne Leute wie mich bekommen Sie keine "
          "Runde zu. Melden Sie sich nicht, wenn es schiefgeht.", (2, 5)))
P("hostility_connection", "en", "Derek Stanton", "Managing Director | GrowthRocket Agency", "New York",
  ("acc",),
  ("msg", "Thanks for connecting Alex. We run paid acquisition for B2B SaaS, typically 3x pipeline in 90 days. $6k/month retainer. Call Thursday?"),
  ("msg", "Wow, a one-line 'not interested'. Rude. I took the time to research your company and you can't even give me 10 minutes. "
          "Don't be surprised when your competitors eat your lunch.", (2, 6)))
P("hostility_connection", "it", "Massimiliano Ferro", "Advisor | Startup e PMI innovative", "Bologna",
  ("msg", "Ciao Alex, ti propongo di entrare come advisor nella tua startup: 1,5 % di equity più 1.500 € al mese, ti apro le porte dei fondi italiani."),
  ("msg", "Capito, non ti interessa. Peccato, pensavo fossi più sveglio. Con questa arroganza in Italia non vai da nessuna parte, te lo dico io.", (3, 7)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Kylie Brandt", "Partnerships | PitchDeck Pros", "Sydney",
  ("msg", "Hi Alex! Saw you're raising 👀 our designers turned 300+ decks into funded rounds. Packages from $1,900. Want our portfolio?"),
  ("msg", "Hey Alex, just circling back - we've got a 20% off slot this month for seed founders. Book a call here?"),
  ("msg", "Last one from me: free deck teardown call this week, then our Pro package if you like it. Interested?"))
P("connection_only_pitches", "de", "Olaf Birnbaum", "Vertrieb | Lohnabrechnung & HR-Software für Startups", "Leipzig",
  ("msg", "Hallo Alex, mit den ersten Einstellungen kommt die Lohnabrechnung. Unsere Software macht das für Startups ab 6 € pro Kopf. Demo nächste Woche?"),
  ("msg", "Hi Alex, kurze Erinnerung an unser Startup-Angebot: 3 Monate gratis, wenn Sie bis Ende März abschließen. Passt ein 15-Minuten-Termin?"))
P("connection_only_pitches", "fr", "Sébastien Morel", "Expert-comptable | Spécialiste start-up et BSPCE", "Paris",
  ("msg", "Bonjour Alex, nous proposons un forfait comptable + juridique pour les start-up en levée, à partir de 290 € HT/mois. Je vous envoie une proposition ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : notre offre levée de fonds (pacte d'associés + BSPCE) est à 3 900 € ce mois-ci. On cale un appel ?"))
P("connection_only_pitches", "es", "Valeria Montes", "Account Manager | Espacios flexibles Berlín y Madrid", "Madrid",
  ("msg", "Hola Alex, ¿buscáis oficina para el equipo después de la ronda? Tenemos puestos en Mitte desde 390 €/mes. ¿Te enseño el espacio?"),
  ("msg", "Alex, última semana con la promo de lanzamiento: primer mes gratis. ¿Agendamos visita?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Tanja Heuser", "Kanzlei Heuser | Startup- und VC-Recht", "Berlin",
  ("msg", "Hallo Alex, Glückwunsch zum Term Sheet! Wir begleiten Seed-Runden zum Festpreis (Beteiligungsvertrag + Satzung ab 7.500 €). Wenn Sie ein Angebot möchten, sagen Sie Bescheid."))
P("single_pitch", "en", "Ashwin Menon", "Sales | DataRoomly – virtual data rooms", "Bangalore",
  ("msg", "Hi Alex, investors will want a proper data room for due diligence. DataRoomly sets one up in a day, from $99/month. Can I show you in 10 min?"))
P("single_pitch", "it", "Chiara Basile", "Ufficio stampa | Startup PR", "Milano",
  ("msg", "Ciao Alex, quando annunci la seed? Curiamo l'uscita stampa su Sole 24 Ore, Startupitalia e TechCrunch, pacchetto da 3.000 €. Ti mando la proposta?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Ulrike Brandstätter", "Business Angel | Aufsichtsrätin | ex-Siemens Mobility", "München",
  ("msg", "Hallo Alex, ich hab mir das Term Sheet angesehen, das du mir geschickt hast. Die 1x participating liquidation preference würde ich nicht akzeptieren, "
          "bei Seed ist non-participating Standard. Und die Vesting-Klausel für dich ist zu hart. Ruf mich an, wenn du magst."),
  ("msg", "Noch ein Nachtrag: ich hab mit Tom von Nordkap gesprochen, die sind ernsthaft interessiert. Ich stelle euch per Mail vor."))
P("connection_brings_value", "en", "Sarah Lindgren", "Co-founder & CEO, Chargebay | Berlin", "Berlin",
  ("end",),
  ("msg", "Alex! Congrats on the first close. Sharing our seed data room checklist and the investor update template we send monthly, "
          "both in the Drive folder. Steal anything you like. Also: free founders breakfast at Factory on the 14th, come along?"))
P("connection_brings_value", "fr", "Hélène Bouchard", "Partner | Alto Climate Fund", "Paris",
  ("msg", "Bonjour Alex, merci pour le deck. On ne fait pas de seed hors de France pour l'instant, mais je l'ai transmis à deux fonds allemands qui "
          "investissent exactement à votre stade. Je fais les intros cette semaine, et n'hésitez pas si vous voulez un avis sur la valo."),
  ("msg", "Intros faites, vous êtes en copie. Et pour votre question sur le pool d'options : 10 % post-money, c'est ce que je vois le plus souvent à ce stade."))
P("connection_brings_value", "es", "Jorge Etxeberria", "Fundador | Voltia (exit 2023) | Business angel", "Bilbao",
  ("msg", "Alex, ayer hablamos de la cláusula anti-dilución: te paso el modelo que usamos nosotros (broad-based weighted average), con comentarios. "
          "Si queréis, lo repaso con tu abogado en una llamada, sin problema."))
P("connection_brings_value", "it", "Elena Carraro", "Engineering Manager | ex-Bending Spoons", "Berlino",
  ("msg", "Ciao Alex! Ho visto che cercate i primi sviluppatori. Ti giro tre profili di ex colleghi molto bravi che stanno cercando a Berlino, "
          "con il loro ok. Se vuoi ti aiuto anche a impostare il colloquio tecnico."),
  ("msg", "Aggiornamento: Marco (uno dei tre) mi ha detto che vi sentite giovedì. Ti ho messo nel doc anche le domande di system design che usavamo noi, prendi pure."))

P("connection_brings_value", "de", "Sven Thorwald", "Gründer & CEO | Parkhaus.io | Seed 2024", "Hamburg",
  ("msg", "Moin Alex, du hattest nach Wandeldarlehen vs. Kapitalerhöhung gefragt. Wir haben beides gemacht: hier unsere Erfahrung in 5 Punkten, "
          "plus der Mustervertrag vom Startup-Verband, den unser Anwalt nur leicht angepasst hat."),
  ("msg", "Und falls es hilft: unser Notar hat für die Beurkundung nur 4 Tage gebraucht. Kontakt schick ich dir per Mail."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Fiona McAllister", "Talent Partner | Spreebrücke Ventures", "Berlin",
  ("inm", "Entrepreneur in Residence - Spreebrücke Ventures", "Hi Alex, we're hiring an Entrepreneur in Residence for our mobility practice: 12 months, "
          "salaried (€95k), with the option to spin out with our backing. Your background came up twice in partner meetings. Open to a chat?"))
P("stranger_inmail_recruiter", "de", "Matthias Greiner", "Head of Talent | Voltwerk GmbH", "Köln",
  ("inm", "Head of Product (m/w/d) bei Voltwerk", "Hallo Alex, wir suchen eine:n Head of Product für unsere Ladesoftware, Vollzeit, Köln oder remote, 110–130k. "
          "Ich weiß, du gründest gerade, aber falls das Thema irgendwann passt, melde dich gern. Stellenbeschreibung liegt bei."))
P("stranger_inmail_recruiter", "fr", "Amélie Fournier", "Recrutement | EIT InnoEnergy", "Grenoble",
  ("inm", "Poste de Venture Lead – EIT InnoEnergy", "Bonjour Alex, nous recrutons un Venture Lead pour accompagner les start-up de notre portefeuille mobilité, "
          "CDI basé à Berlin ou Karlsruhe. Votre expérience de fondateur correspond exactement au profil. Seriez-vous ouvert à en discuter ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Trevor Banks", "VP Sales | InvestorLeads.io", "Toronto",
  ("inm", "2,400 seed investors who fund climate", "Hi Alex, our database lists every active seed investor in climate with direct emails. Founders book 10+ meetings "
          "in the first month. Access from $299. Worth a quick demo?"))
P("stranger_inmail_sales", "de", "Vanessa Ritter", "Sales Managerin | Startup-Versicherungen", "Hannover",
  ("inm", "D&O-Versicherung vor dem Closing", "Hallo Herr Morgan, Investoren verlangen oft eine D&O-Versicherung. Wir haben spezielle Tarife für Seed-Startups ab 890 € im Jahr. "
          "Darf ich Ihnen ein Angebot schicken?"),
  ("inm", "Nachfrage D&O", "Guten Tag Herr Morgan, ich wollte nachhaken, ob das Angebot für Sie interessant ist. Ich rufe gern kurz an.", (5, 10)))
P("stranger_inmail_sales", "es", "Andrés Quiroga", "Director comercial | Software de nómina y RR. HH.", "Ciudad de México",
  ("inm", "Tu equipo crece: automatiza RR. HH.", "Hola Alex, vi que estáis contratando. Nuestra plataforma gestiona contratos, vacaciones y nómina en Alemania y España. "
          "¿Te muestro una demo de 20 minutos?"))
P("stranger_inmail_sales", "it", "Roberta Lanza", "Sales | Demo Day Europa", "Roma",
  ("inm", "Pitch davanti a 50 investitori", "Ciao Alex, il 12 aprile a Milano c'è il nostro Demo Day: 50 investitori, 10 startup selezionate. "
          "La partecipazione costa 990 € + IVA e comprende coaching. Ti riservo un posto?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Hamish Doyle", "Angel investor | Operator | ex-FreeNow", "Edinburgh",
  ("inv", "Alex, I angel-invest in mobility software and I'm genuinely curious about your traction. No pitch from me, just want to learn. Mind if we connect?"),
  ("msg", "Thanks for the call, useful stuff. As promised, here's the list of five angels I know who do charging infra. Mention my name.", (3, 8)),
  ("msg", "Alex, one more thing: I also run a fundraising bootcamp. For founders I've met it's €3,500 instead of €5,000 - 4 weeks, guaranteed investor meetings. "
          "Want in? Cohort starts Monday.", (4, 10)))
P("good_turns_ugly", "de", "Lena Hartwig", "Gründerin | Netzwerk Female Founders Mobility", "Berlin",
  ("inv", "Hallo Alex, wir machen am 6. März ein offenes Frühstück für Gründer:innen im Bereich Mobilität, kostenlos, im Betahaus. Magst du kommen?"),
  ("msg", "Schön, dass du da warst! Hier wie besprochen die Folien von Anja zur Cap-Table-Planung.", (5, 12)),
  ("end",),
  ("msg", "Hi Alex, ich hab dich für {skill} bestätigt – kannst du mir auch Community Building und Moderation bestätigen? Wäre mir wichtig, danke!", (2, 6)))
P("good_turns_ugly", "fr", "Olivier Guichard", "Business angel | ancien CTO", "Strasbourg",
  ("inv", "Bonjour Alex, j'ai vu votre intervention au meetup Climate Tech de Strasbourg. Si vous cherchez un retour technique sur votre architecture, je suis dispo, gracieusement."),
  ("msg", "Comme promis, mes notes sur votre pipeline de données : attention au coût de TimescaleDB à l'échelle. Bon courage pour la levée !", (3, 9)),
  ("msg", "Alex, je monte un cabinet de conseil en architecture cloud. Je vous propose un audit complet à 8 500 € avant votre due diligence. On en parle ?", (6, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Florian Matz", "Business Developer | Pitch-Event-Veranstalter", "Frankfurt",
  ("inm", "Ihr Pitch vor 40 Investoren", "Hallo Alex, beim Seed Summit Frankfurt können Sie vor 40 Investoren pitchen. Teilnahmegebühr 1.250 €. Interesse?"),
  ("inv", "Hallo Alex, ich würde mich freuen, wenn wir uns vernetzen. Ich lese deine Posts zum Fundraising immer gern!"))
P("reinvite_known_bad", "en", "Jessica Tran", "SDR | Nearshore Devs", "Kraków",
  ("inv", NONOTE),
  ("inv", "Hi Alex, loved your post on hiring your first engineers. Would be great to connect and follow your journey!"))
P("reinvite_known_bad", "es", "Carlos Mendívil", "Asesor de rondas de inversión", "Málaga",
  ("inv", "Hola Alex, gestionamos tu ronda seed de principio a fin: deck, data room e inversores. Honorarios del 7 % sobre lo captado. ¿Hablamos?"),
  ("inv", "Alex, me encantaría conectar contigo, sigo tu proyecto con mucho interés. ¡Un abrazo!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Spencer Hale", "Fundraising Strategist | Seed to Series A", "Boston",
  ("inm", "Your loss", "Alex, I offered you a free strategy call and you didn't even reply. That's exactly the attitude that keeps founders broke. Enjoy the rejections."),
  ("inv", "Hi Alex, let's start fresh - I'd like to connect and share some investor contacts with you."))
P("reinvite_known_ugly", "it", "Luca Tomasini", "Co-founder | Rete Founder Italiani", "Milano",
  ("inm", "Rete Founder Italiani", "Ciao Alex, stiamo creando una rete di founder italiani e stranieri che raccolgono seed. Ci scambiamo contatti di investitori, gratis. Ci stai?"),
  ("inm", "Benvenuto nella rete – quota", "Grande! Per accedere alla lista investitori serve l'abbonamento Premium: 79 € al mese. Ti mando il link per pagare?", (3, 7)),
  ("inv", "Ciao Alex, ci colleghiamo anche qui? Organizziamo un aperitivo tra founder a Berlino, ti aspetto."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Neil Farraday", "Partner | Farraday Search – tech hiring for startups", "London",
  ("acc",),
  ("msg", "Thanks for the connect, Alex. When you start hiring after the raise, we fill founding engineer roles in 3 weeks, 18% fee. Keep us in mind?"))
P("user_invited_pitch_once", "de", "Mareike Sommer", "Key Account | Cloud-Credits & AWS-Partner", "Berlin",
  ("acc",),
  ("msg", "Danke fürs Vernetzen! Wir übernehmen für Startups die AWS-Migration und das Kosten-Monitoring. Sollen wir mal einen Termin machen?"))
P("user_invited_pitch_once", "fr", "Yannick Roux", "Fondateur | Agence brand & design pour start-up", "Nantes",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Avant la levée, un rebranding peut faire la différence : notre pack identité start-up est à 6 000 €. Je vous envoie des références ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Brandon Keele", "Founder | Keele Growth – B2B lead gen", "Dublin",
  ("acc",),
  ("msg", "Appreciate the connect Alex. We book 15-20 qualified meetings a month with fleet managers for SaaS like yours. Pay per meeting. Chat?"),
  ("msg", "Alex - bumping this. We have capacity for one more client in April. 20 min this week?"))
P("user_invited_pitch_twice", "de", "Holger Wiesmann", "Geschäftsführer | Fördermittelberatung für Startups", "Dresden",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung. Wir holen für Startups EXIST, INVEST-Zuschuss und Landesförderung, Erfolgshonorar 12 %. Kurzes Gespräch?"),
  ("msg", "Hallo Alex, die INVEST-Förderung wird knapp. Wenn wir bis Monatsende starten, sichern wir Ihnen 20 % Zuschuss für Ihre Angels. Soll ich ein Angebot schicken?"))
P("user_invited_pitch_twice", "es", "Paula Riquelme", "Ventas | Plataforma de cap table y ESOP", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar! Con la ronda vas a necesitar un plan de stock options en orden. Lo montamos en nuestra plataforma desde 49 €/mes. ¿Demo?"),
  ("msg", "Hola Alex, ¿pudiste mirar lo del ESOP? Este mes el alta es gratis. Dime y te agendo."))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Dr. Moritz Hellwig", "Investment Manager | Kreuzberg Climate Fund", "Berlin",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex. Wir haben euer Deck im Partner-Meeting besprochen und würden gern in die Due Diligence gehen. "
          "Kannst du mir Zugang zum Datenraum geben? Dann schlagen wir zwei Termine für Deep Dives vor."))
P("user_invited_value", "en", "Rachel Adeyemi", "Staff Engineer | Rust, data platforms", "Berlin",
  ("acc",),
  ("msg", "Thanks for reaching out! Yes, I'd love to hear more about the founding engineer role. Sent you my CV by email, and here's the OSS project "
          "I mentioned (time-series ingestion in Rust). Free most evenings next week."))
P("user_invited_value", "it", "Francesco Orsini", "Fondatore | Ricarica Smart (exit 2022)", "Torino",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito. Come ti dicevo, ti giro il term sheet della nostra seed con le mie note a margine: il pro-rata e le "
          "clausole di drag-along sono quelle su cui ho sbagliato io. Se vuoi ne parliamo a voce."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Petra Zimmerlein", "Partnerin | Seedfonds Brandenburg", "Potsdam", ("acc",))
P("acceptance_only", "es", "Nuria Castells", "Founder | Movilidad eléctrica urbana", "Barcelona", ("acc",))
P("lone_endorsement", "en", "Oscar Lindahl", "Product Designer | ex-Tier", "Berlin", ("end",))
P("lone_endorsement", "de", "Jonas Reuter", "Werkstudent Data Science | TU Berlin", "Berlin", ("end",))

# every invitation note fits LinkedIn's 300-character cap
for _st in PEOPLE:
    for _step in _st[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_st[2], len(_step[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Henrike Staudinger", "henrike@staudinger-invest.example.de", "Euer Deck",
     "Hallo Alex,\n\nich habe dir auch auf LinkedIn geschrieben. Schick mir das Deck gern direkt hierhin, dann lese ich es am Wochenende.\n\nHenrike", "de"),
    ("DocSend", "no-reply@docsend.example", "Tom Hargreaves viewed your deck",
     "Tom Hargreaves (Nordkap Capital) viewed \"Seed deck v7\" for 6 minutes. Tip: connect with viewers on LinkedIn.", "en"),
    ("Notarin Dr. Behrens", "kanzlei@notarin-behrens.example.de", "Beurkundungstermin Kapitalerhöhung",
     "Sehr geehrter Herr Morgan,\n\nder Termin zur Beurkundung der Kapitalerhöhung ist am 27.3. um 10 Uhr. Bitte bringen Sie die Gesellschafterliste mit.", "de"),
    ("Station F", "events@stationf.example.fr", "Votre inscription : Préparer sa levée seed",
     "Bonjour Alex,\n\nvotre inscription est confirmée. Retrouvez les intervenants sur leur page LinkedIn avant la session.", "fr"),
    ("Personio", "notifications@personio.example", "Neue Bewerbung: Founding Engineer",
     "Neue Bewerbung von Kerem Aydın für Founding Engineer. Quelle: LinkedIn.", "de"),
    ("Jorge Etxeberria", "jorge@voltia.example.es", "Modelo anti-dilución",
     "Alex,\n\nte lo mando también por correo por si LinkedIn te comprime el adjunto.\n\nUn abrazo,\nJorge", "es"),
    ("SeedMatch Connect", "hello@seedmatch-connect.example", "Last chance: Demo Day pitch slots",
     "Founders! Only 3 pitch slots left for Spring Demo Day. Follow us on LinkedIn for the investor line-up.", "en"),
    ("Francesco Orsini", "f.orsini@ricaricasmart.example.it", "Term sheet annotato",
     "Ciao Alex,\n\nin allegato il PDF con le note, come da messaggio su LinkedIn.\n\nFrancesco", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev170. Generated by scripts/make_corpus_dev170.py (seed {SEED}); do not edit by hand.",
          "# Two months of 2025 of Alex as a Berlin startup founder raising a seed round: angels and investors, fundraising advisors with fees, "
          "pay-to-pitch demo days, developers applying, SaaS and agency sellers, peers sharing term-sheet advice. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev170", SEED, PEOPLE, FOREIGN, spoofs=9, other=9, header=HEADER,
         eras={p[2]: "cur" for p in PEOPLE})
