#!/usr/bin/env python3
"""Write mailbot's dev206 corpus: tests/corpus/dev206/*.eml + expected.toml.

The angle: March and April 2019 of Alex, a freelance software developer in Berlin who sells
services. Clients and agencies offering paid projects with day rates (real work, good),
recruiters with jobs, course and tool sellers, other developers sharing libraries and meetups,
fake "developer guild" invitations that turn into pitches, a rude agency after Alex refused a
rate cut; German, English, French, some Spanish and Italian. Every scenario of the taxonomy.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; skills, job-alert titles, headlines and spoof pitches are swapped for
a developer's world in this process only. Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev206.py              # writes tests/corpus/dev206
    python scripts/make_corpus_dev206.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20190306

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2019, 3, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2019, 4, 30, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (4, 9), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (2, 8), "inv": (14, 22)})


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


# ------------------------------------------------------------------ a Berlin freelance developer's world (this process only)
SKILLS = {
    "en": ["Python", "TypeScript", "React", "PostgreSQL", "Docker", "Software Development"],
    "de": ["Python", "Softwareentwicklung", "React", "PostgreSQL", "Django", "Webentwicklung"],
    "fr": ["Python", "Développement web", "React", "PostgreSQL", "Django"],
    "es": ["Python", "Desarrollo de software", "React", "PostgreSQL", "Django"],
    "it": ["Python", "Sviluppo software", "React", "PostgreSQL", "Django"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Senior Python Developer (m/w/d)", "Zalando"), ("Freelance React Developer, 6 months", "Hays"),
              ("Backend Engineer Django", "N26"), ("Développeur Python freelance", "Malt"), ("Full-Stack Entwickler*in", "Ubilabs")]
mc.COMPANIES["good"] = ["Ubilabs", "Python Usergroup Berlin", "Freelance", "Kiezkraft GmbH", "Open Knowledge Foundation", "Stadtwerke Potsdam",
                        "HTW Berlin"]
mc.COMPANIES["sales"] = ["CodeBoost Academy", "FreelanceFinder Pro", "DevLeads", "TaxFuchs", "Gigstack", "BuildPipe CI"]
mc.HEADLINES["good"] = ["Freelance Python developer | {co}", "CTO at {co}", "Backend engineer, {co}", "Organizer at {co}",
                        "Engineering lead | {co}", "Product owner at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Growth at {co}", "Founder | {co}", "Helping freelancers find clients | {co}",
                         "Business Development, {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a client booked you for a 20-day React project through our platform. Sign in to accept the contract before it expires.",
           "Dear {first}, your account shows unusual activity. Confirm your identity here to keep your profile visible to recruiters."],
    "de": ["Hallo {first}, ein Kunde hat Sie für ein Projekt über 14.000 € angefragt. Melden Sie sich an, um das Angebot anzunehmen.",
           "Guten Tag {first}, Ihr Konto wurde vorübergehend eingeschränkt. Bitte bestätigen Sie Ihre Daten über den Link."],
    "fr": ["Bonjour {first}, un client vous propose une mission Python de 3 mois. Connectez-vous pour signer la proposition.",
           "Bonjour {first}, votre compte sera suspendu sous 24 h. Vérifiez vos informations ici."],
    "es": ["Hola {first}, un cliente te ha enviado un proyecto de 6.000 €. Inicia sesión para aceptarlo.",
           "Estimado/a {first}, su cuenta ha sido limitada. Verifique sus datos en el enlace."],
    "it": ["Ciao {first}, un cliente ti ha proposto un progetto da 8.000 €. Accedi per confermare.",
           "Gentile {first}, il suo account è stato sospeso. Verifichi i dati al link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
cs.retitle_other({
    "en": dict(job=("{n} new jobs for \"python freelance\"", "Your job alert for python freelance in {city}"),
               news="Are day rates for freelance developers still rising?", group="Top conversations in Python Developers Community",
               newsletter="Remote Weekly: how to price a fixed-scope project"),
    "de": dict(job=("{n} neue Jobs für „Python Entwickler“", "Ihr Jobalarm für Python Entwickler in {city}"),
               news="Fachkräftemangel: Wer programmiert Deutschlands Software?", group="Top-Unterhaltungen in Freelancer in IT & Software",
               newsletter="Freelance kompakt: Scheinselbstständigkeit und Statusfeststellung"),
    "fr": dict(job=("{n} nouvelles offres pour « développeur python »", "Votre alerte emploi pour développeur python à {city}"),
               news="Le freelancing tech attire-t-il trop de monde ?", group="Top conversations dans Développeurs Python francophones",
               newsletter="La lettre du freelance : négocier son TJM"),
    "es": dict(job=("{n} nuevos empleos de «desarrollador python»", "Tu alerta de empleo para desarrollador python en {city}"),
               news="¿Trabajar en remoto para Alemania desde España?", group="Conversaciones destacadas en Desarrolladores Python",
               newsletter="Código y facturas: el boletín del autónomo tech"),
    "it": dict(job=("{n} nuove offerte per «sviluppatore python»", "La tua segnalazione di offerte per sviluppatore python a {city}"),
               news="Sviluppatori freelance: tariffe in crescita?", group="Conversazioni principali in Sviluppatori Python Italia",
               newsletter="Partita IVA e codice: la newsletter"),
})

mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin.com.secure-notify.example", "nodkim",
                       "display:outlook.com", "untrusted:mx.example.org", "buried", "wrongpass", "lookalike:xn--lnkedin-rfb.com"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Jonas Albrecht", "Mitorganisator | Python Usergroup Berlin", "Berlin",
  ("inv", "Hi Alex, wir suchen für das PUG-Treffen am 11. April noch einen Talk (20 Min.). Du hattest auf Twitter was über Celery-Queues geschrieben, "
          "das würde super passen. Eintritt frei, Pizza zahlt der Gastgeber. Hast du Lust?"),
  ("rem",))
P("good_invitation", "en", "Priya Raman", "Engineering Manager | Kiezkraft GmbH", "Berlin",
  ("inv", "Hi Alex, Matthias from Ubilabs said you rescued their Django upgrade last year. We have a 3-month backend contract starting May, "
          "remote-friendly, budget around 700 EUR/day. Could we talk this week?"))
P("good_invitation", "fr", "Camille Besson", "Développeuse backend freelance | Lyon", "Lyon",
  ("inv", "Salut Alex ! Je suis tombée sur ta lib de parsing de factures ZUGFeRD sur GitHub, j'ai une PR qui ajoute le profil EN 16931. "
          "Avant de l'ouvrir, je voulais savoir si tu préfères un découpage en deux PR. Merci pour le boulot !"))
P("good_invitation", "es", "Diego Fuentes", "CTO | Recambia (startup de recambios)", "Valencia",
  ("inv", "Hola Alex, buscamos un freelance Python para migrar nuestra API a Django REST. Son unas 30 jornadas a partir de abril, "
          "en remoto, y pagamos tarifa de mercado alemana. Vi tu charla de la PyConES. ¿Te interesaría que te cuente más?"),
  ("rem",))
P("good_invitation", "it", "Martina Colombo", "Organizzatrice | Django Girls Milano", "Milano",
  ("inv", "Ciao Alex! Il 6 aprile facciamo un workshop Django Girls gratuito a Milano e ci mancano due coach. Vitto e viaggio rimborsati dagli sponsor. "
          "Ti andrebbe di darci una mano? Anche da remoto per la preparazione."))
P("good_invitation", "de", "Sabine Wolters", "IT-Projektleiterin | Stadtwerke Potsdam", "Potsdam",
  ("inv", "Guten Tag Alex, für die Erneuerung unseres Kundenportals suchen wir freiberufliche Unterstützung im Backend, ca. 40 PT ab Mai, "
          "Tagessatz nach Vereinbarung. Ihr Profil wurde mir von Herrn Lenz empfohlen. Darf ich Ihnen die Ausschreibung schicken?"))


# =============================================================== default_invitation
P("default_invitation", "de", "Marco Engel", "Student Wirtschaftsinformatik", "Cottbus", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Tyler Brooks", "Digital Nomad | Crypto | Growth", "Lisbon", ("inv", DEFAULT))
P("default_invitation", "fr", "Julien Mercier", "Chargé d'affaires IT | ESN", "Paris", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Federico Sala", "Consulente IT", "Bergamo", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Ryan Kessler", "Partnerships | CodeBoost Academy", "Amsterdam",
  ("inv", "Hey Alex, freelancers who add Kubernetes to their profile raise their day rate by 20% on average. Our 8-week bootcamp starts 1 April, "
          "early bird 1,490 EUR. Want the syllabus?"))
P("sales_invitation", "de", "Katrin Lüders", "Steuerberatung für Freelancer | TaxFuchs", "Hamburg",
  ("inv", "Hallo Alex, als Freiberufler in der IT zahlen viele zu viel Steuern, weil die Reisekosten falsch laufen. Wir übernehmen Ihre Buchhaltung ab 89 €/Monat. "
          "Kurzer Call nächste Woche?"),
  ("rem",))
P("sales_invitation", "fr", "Mehdi Bouzid", "Business Developer | Gigstack – plateforme freelance", "Lille",
  ("inv", "Bonjour Alex, Gigstack met en relation devs et clients sans commission pendant 3 mois. Je vous ouvre un compte premium gratuit si vous "
          "vous inscrivez avant vendredi, ensuite 29 €/mois. On en parle ?"))
P("sales_invitation", "es", "Lorena Vidal", "Lead generation B2B | DevLeads", "Madrid",
  ("inv", "Hola Alex! Te conseguimos 5 reuniones al mes con CTOs que necesitan freelance. Pagas solo por reunión agendada (120 €). ¿Te paso casos de éxito?"))
P("sales_invitation", "de", "Dennis Hartwig", "Versicherungsmakler | IT-Haftpflicht", "Köln",
  ("inv", "Moin Alex, haben Sie als Entwickler eine Berufshaftpflicht? Ein Bug beim Kunden kann schnell sechsstellig werden. "
          "Ich mache Ihnen gerne ein unverbindliches Angebot."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Greg Sutton", "Founder | The Senior Developer Guild", "Manchester",
  ("inv", "Alex, I run a small invite-only guild of senior freelance devs in Europe. We swap leads, review each other's contracts, no fluff. "
          "Your GitHub stood out. Want in?"),
  ("msg", "Great to have you! Quick heads up on how the guild works: membership is 79 GBP/month, which includes the lead board and our rate-negotiation "
          "masterclass. Founding members get 3 months at half price if you sign up this week. Shall I send the link?", (2, 6)),
  ("msg", "Hey Alex, the founding price closes Friday. Here's the checkout link again, I'd hate for you to miss it.", (3, 7)))
P("bait_and_switch_invitation", "de", "Holger Brandt", "Gründer | Entwicklerzunft Deutschland", "Leipzig",
  ("inv", "Servus Alex, wir sind eine Zunft freier Entwickler:innen, die sich gegenseitig Projekte zuschieben und Verträge prüfen. "
          "Monatlicher Stammtisch in Berlin. Magst du dazukommen?"),
  ("msg", "Schön, dass du dabei bist! Für die Aufnahme in die Zunft brauchen wir noch die Zertifizierung \"Zunftmeister Software\" (Prüfung + Kurs 1.190 € netto). "
          "Danach bekommst du Zugriff auf die Projektbörse. Soll ich dir den Anmeldebogen schicken?", (3, 8)))
P("bait_and_switch_invitation", "fr", "Laurent Roussel", "Président | Compagnons du Code", "Bordeaux",
  ("inv", "Bonjour Alex, nous fédérons des développeurs indépendants francophones en Europe : partage de missions, entraide juridique, apéros code. "
          "Ton profil Python nous plairait bien. On se connecte ?"),
  ("msg", "Ravi de t'accueillir ! Petit point pratique : notre offre \"Compagnon+\" à 49 €/mois te donne accès aux missions et à une mutuelle négociée. "
          "Je te bloque une place au tarif fondateur ?", (2, 9)))
P("bait_and_switch_invitation", "it", "Stefano Ricci", "Community Lead | Guild of Remote Developers Italia", "Bologna",
  ("inv", "Ciao Alex, stiamo creando una gilda di sviluppatori remoti per condividere progetti e buone pratiche. Solo tra colleghi, niente vendite. Ti unisci?"),
  ("msg", "Benvenuto! Per entrare nella gilda serve il nostro percorso di mentorship (3 mesi, 900 € + IVA). Ti mando il contratto?", (2, 8)),
  ("msg", "Alex, ci sono ancora due posti per la coorte di maggio. Fammi sapere entro lunedì!", (3, 9)))
P("bait_and_switch_invitation", "en", "Nadia Orlov", "Staff Engineer | speaker | ex-SoundCloud", "Berlin",
  ("inv", "Hi Alex, quick peer question: how do you handle IP clauses when a client wants all rights to code you wrote before the project? "
          "Saw you talk about contracts at the Freelance Meetup."),
  ("msg", "Thanks so much for the detailed answer! Since we're talking contracts: I'm now partnering with a legal-tech startup that sells freelancer contract templates, "
          "full pack for 249 EUR. Happy to give you a 15% code, want it?", (3, 8)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Brandon Hale", "Community Manager | FreelanceFinder Pro", "Dublin",
  ("inm", "Developer survey - 5 min", "Hi Alex, we're compiling a free 2019 day-rate report for freelance developers in Germany. Would you answer 6 quick questions? "
          "Everyone who takes part gets the full report."),
  ("inm", "Your rate report + next step", "Thanks for joining the survey! Good news: with your profile you qualify for FreelanceFinder Pro, where clients book "
          "vetted devs directly. Listing is 39 EUR/month, first month free. Can I activate it for you?"))
P("bait_and_switch_inmail", "de", "Tobias Wendt", "Head of Community | DevCircle Berlin", "Berlin",
  ("inm", "Einladung Roundtable Freelance-Entwickler", "Hallo Alex, wir laden ausgewählte Freelancer zu einem Roundtable über Scheinselbstständigkeit ein, "
          "mit einer Anwältin für Arbeitsrecht. Kostenlos, kleiner Kreis, 25. April. Dürfen wir mit dir rechnen?"),
  ("inm", "Roundtable – Teilnahme", "Super, dass du Interesse hast! Die Plätze sind begrenzt, deshalb vergeben wir sie an Kund:innen unseres Statusfeststellungs-Pakets "
          "(499 € netto, Prüfung deiner Verträge inkl.). Soll ich dir das Angebot schicken?"))
P("bait_and_switch_inmail", "es", "Rocío Navarro", "Fundadora | Comunidad Devs Sin Fronteras", "Barcelona",
  ("inm", "¿Mentora en nuestra comunidad?", "Hola Alex, buscamos mentores voluntarios para desarrolladores juniors latinoamericanos. Una hora al mes, en inglés o español. "
          "¿Te animas?"),
  ("inm", "Siguiente paso mentores", "¡Gracias por responder! Para estar en el programa de mentores pedimos la certificación Mentor Pro (290 €), "
          "que además te da visibilidad ante empresas. ¿Te paso el enlace de pago?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kevin Walsh", "Freelance WordPress developer", "Cork",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} and a couple more. Could you do me for PHP and WordPress? I'm updating my profile for a new client. Ta!"))
P("endorse_me_back", "de", "Leon Baumann", "Junior Frontend-Entwickler", "Dresden",
  ("end",),
  ("msg", "Hi Alex, hab dich gerade für {skill} bestätigt 🙂 Könntest du mich im Gegenzug für JavaScript und Vue.js bestätigen? Bin auf Jobsuche, das hilft sehr."))
P("endorse_me_back", "fr", "Amélie Gauthier", "Développeuse full-stack | freelance", "Nantes",
  ("end",), ("end",),
  ("msg", "Coucou Alex, je t'ai recommandé pour {skill}, bien mérité ! Tu pourrais me rendre la pareille sur Node.js et Angular ? Merci beaucoup 🙏"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Uwe Krämer", "Geschäftsführer | Krämer IT-Personaldienstleistungen", "Frankfurt",
  ("inv", "Hallo Alex, wir hätten Projekte für Sie. Vernetzen?"),
  ("rem",),
  ("inm", "Keine Antwort?", "Hallo Alex, zweimal angefragt und nichts. Typisch Freelancer: große Tagessätze verlangen, aber nicht mal zurückschreiben. "
          "So wird das nichts mit Ihrer Auslastung."))
P("hostility_after_decline", "en", "Chad Morrison", "Growth Hacker | SaaS | 10x", "Austin",
  ("inv", DEFAULT),
  ("inm", "wow", "Ignoring my invite? Cool. Enjoy being a nobody coder in Berlin. Your loss, buddy."))
P("hostility_after_decline", "it", "Gianluca Ferri", "Titolare | Ferri Web Agency", "Roma",
  ("inv", "Ciao Alex, cerco sviluppatori per collaborazioni. Collegati!"),
  ("inm", "Complimenti", "Vedo che non hai tempo nemmeno per accettare un collegamento. Poca professionalità, te lo dico da imprenditore. "
          "Con questo atteggiamento non andrai lontano."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Sandra Koch", "Teamleitung Freelancer-Management | Nexonic Solutions", "München",
  ("msg", "Hallo Alex, für unseren Kunden aus dem Versicherungsumfeld suchen wir ab 15.4. einen Python-Entwickler, 6 Monate, 80 % remote. "
          "Wir könnten 620 €/Tag anbieten. Wäre das was für Sie?"),
  ("msg", "Hallo Alex, der Kunde hat das Budget gekürzt. Wären Sie mit 480 €/Tag einverstanden? Sonst wird es schwierig.", (3, 6)),
  ("msg", "Ehrlich gesagt bin ich sprachlos. Wir bringen Ihnen ein Projekt auf dem Silbertablett und Sie lehnen wegen 140 Euro ab. "
          "Arrogant und unprofessionell. Von uns bekommen Sie nichts mehr, und ich werde das auch den Kollegen erzählen.", (2, 5)))
P("hostility_connection", "en", "Darren Pike", "Sales Director | ScaleOps Cloud", "London",
  ("acc",),
  ("msg", "Thanks for connecting at the AWS Summit, Alex. ScaleOps cuts cloud bills by 30% for small SaaS teams. 20 min demo next week?"),
  ("msg", "Alex, I've messaged you twice now. Honestly it's rude to accept someone's connection and then ghost them. Devs like you are why nobody takes freelancers seriously."))
P("hostility_connection", "fr", "Olivier Mathieu", "Directeur | Agence Pixelnord", "Lille",
  ("msg", "Bonjour Alex, on a un site e-commerce à refaire en Django, 25 jours, démarrage rapide. Ton TJM ?"),
  ("msg", "650 € c'est hors de question, on paie nos freelances 350 € max. Franchement, pour qui tu te prends ? Les devs allemands se croient tout permis. "
          "Bonne chance pour trouver des clients avec cette mentalité."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Melanie Ford", "Account Executive | BuildPipe CI", "Edinburgh",
  ("msg", "Hi Alex, are your clients still running Jenkins? BuildPipe gives freelancers a white-label CI they can resell. 14-day trial, want a walkthrough?"),
  ("msg", "Following up: we now offer agency pricing at 19 USD per pipeline. Can I book 15 minutes with you on Thursday?"))
P("connection_only_pitches", "de", "Frank Ostermann", "Finanzberater für Selbstständige", "Hannover",
  ("msg", "Hallo Alex, haben Sie als Freelancer schon an Ihre Altersvorsorge gedacht? Mit einer Rürup-Rente sparen Sie Steuern. Termin diese Woche?"),
  ("msg", "Hallo Alex, kleine Erinnerung: bis Ende April gilt noch der alte Garantiezins. Darf ich Ihnen ein Angebot rechnen?"),
  ("msg", "Letzter Versuch: Ich habe Donnerstag noch zwei Slots frei für eine kostenlose Vorsorgeanalyse."))
P("connection_only_pitches", "es", "Álvaro Serrano", "Ventas | NearShore Dev Team", "Málaga",
  ("msg", "Hola Alex, si te sobra trabajo, nuestro equipo en Málaga puede hacer tus proyectos a 28 €/hora y tú facturas a tu cliente. ¿Lo vemos?"),
  ("msg", "Alex, te dejo nuestra presentación. Tenemos dos desarrolladores React libres desde mayo. ¿Una llamada rápida?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Nina Sommer", "Vertrieb | Coworking Spreeblick", "Berlin",
  ("msg", "Hi Alex, wir eröffnen im April einen neuen Coworking-Space in Friedrichshain. Fixdesk 249 €/Monat, die ersten 50 bekommen 2 Monate gratis. Besichtigung?"))
P("single_pitch", "en", "Oliver Grant", "Founder | Billwise", "Bristol",
  ("msg", "Alex, saw you're freelancing. Billwise automates invoices and late-payment reminders for devs. 9 GBP/month, want a free trial code?"))
P("single_pitch", "it", "Chiara Lombardi", "Sales | Corsi Online DevMaster", "Torino",
  ("msg", "Ciao Alex! Il nostro corso di Machine Learning per sviluppatori web parte il 15 aprile, 590 €. Vuoi il programma?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Matthias Lenz", "CTO | Ubilabs", "Hamburg",
  ("msg", "Hey Alex, wir bräuchten dich nochmal: Migration von Python 2 auf 3 für unser Backend, geschätzt 15 Tage ab Mitte April. "
          "Dein Satz vom letzten Mal passt uns. Hast du Kapazität?"),
  ("msg", "Super, danke! Vertrag schicke ich dir morgen, Zugang zum Repo kommt von Jana."))
P("connection_brings_value", "en", "Sofia Lindgren", "Maintainer | pytest-asyncio contributor", "Stockholm",
  ("end",),
  ("msg", "Hey Alex, the fixture fix you suggested made it into the 0.10 release, thanks! Also, I'm giving a free online workshop on async testing next Tuesday, "
          "link is in the repo discussions if you want to join."))
P("connection_brings_value", "fr", "Thomas Lefebvre", "Lead dev | Open Knowledge France", "Paris",
  ("msg", "Salut Alex, on organise un hackathon open data le 13 avril à Paris, gratuit, et on cherche quelqu'un pour encadrer l'équipe API. "
          "Le train est remboursé. Ça te dit ?"))
P("connection_brings_value", "es", "Lucía Herrera", "Desarrolladora backend | Madrid", "Madrid",
  ("msg", "¡Hola Alex! Te paso el enlace a la librería de validación de IBAN que comentamos en el meetup, ya está en PyPI con licencia MIT. "
          "Si ves algo raro con los IBAN alemanes, abre un issue y lo miro."))
P("connection_brings_value", "it", "Paolo Greco", "Product owner | Assicura Digitale", "Milano",
  ("msg", "Ciao Alex, abbiamo un piccolo progetto: integrare il nostro backend Django con un'API di firma digitale, circa 10 giornate. "
          "Potresti mandarmi disponibilità e tariffa giornaliera? Pagamento a 30 giorni."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Julia Brenner", "Senior Recruiterin | Zalando", "Berlin",
  ("inm", "Senior Python Engineer – Zalando", "Hallo Alex, ich suche für unser Pricing-Team einen Senior Python Engineer, unbefristet, Gehalt 75–90k. "
          "Ich weiß, dass du freiberuflich arbeitest, aber vielleicht reizt dich das Team. Hättest du Lust auf ein unverbindliches Gespräch?"))
P("stranger_inmail_recruiter", "en", "Mark Davies", "IT Contract Recruiter | Hays", "Frankfurt",
  ("inm", "React contract, 6 months, remote", "Hi Alex, I have a 6-month React/TypeScript contract with a logistics client in Hamburg, 90% remote, "
          "rate up to 85 EUR/hour, start 1 May. Are you available? Happy to send the full spec."))
P("stranger_inmail_recruiter", "fr", "Sophie Martin", "Talent acquisition | Doctolib", "Paris",
  ("inm", "Poste backend Python – Berlin", "Bonjour Alex, Doctolib ouvre son bureau de Berlin et nous recrutons des développeurs backend Python. "
          "CDI, télétravail partiel, équipe franco-allemande. Seriez-vous ouvert à un échange ?"))
P("stranger_inmail_recruiter", "en", "Hendrik de Vries", "Head of Engineering | Fietsplan", "Utrecht",
  ("inm", "Paid code review of our Django app?", "Hi Alex, we're a small Dutch bike-leasing startup. Our Django monolith needs an outside review before we scale. "
          "We'd book you for 5 days at your usual rate. Could you send availability?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jessica Moore", "SDR | DevLeads", "New York",
  ("inm", "More clients for your freelance business?", "Hi Alex, we help freelance developers fill their pipeline with qualified leads. "
          "Our clients see 3x more inbound in 60 days. Do you have 15 minutes for a quick chat?"),
  ("inm", "Re: More clients", "Hi Alex, bumping this up. We have a special April offer: first 10 leads free. Interested?"))
P("stranger_inmail_sales", "de", "Christian Vogel", "Key Account | CodeBoost Academy DACH", "Wien",
  ("inm", "Zertifikat AWS Solutions Architect", "Hallo Alex, mit dem AWS-Zertifikat erzielen Freelancer bis zu 15 % höhere Tagessätze. "
          "Unser Intensivkurs (1.990 €) startet im Mai. Darf ich Ihnen die Details schicken?"))
P("stranger_inmail_sales", "it", "Andrea Bassi", "Business developer | Hosting Italia", "Napoli",
  ("inm", "Hosting per i tuoi clienti", "Buongiorno Alex, offriamo hosting gestito in rivendita per freelance: tu fatturi ai clienti, noi facciamo il resto. "
          "Posso inviarle il listino?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Ethan Clarke", "Freelance DevOps | Terraform nerd", "Berlin",
  ("inv", "Hey Alex, we met at the Berlin Freelancers meetup. I've got a client who needs a Django person for 2 weeks and I'm booked, want the intro?"),
  ("msg", "Intro sent to Kerstin at Flowbird, she'll reach out. They pay 650/day, decent people."),
  ("msg", "Hey, glad it worked out! Quick one: I've started reselling a time-tracking tool to freelancers, 12 EUR a month, and I get a cut. Want me to set you up?", (5, 12)))
P("good_turns_ugly", "de", "Anja Richter", "Softwareentwicklerin | Open-Source", "Leipzig",
  ("inv", "Hallo Alex, ich nutze deine Django-Erweiterung für Mandantenfähigkeit und hab einen Bugfix für Postgres-Schemas. Magst du ihn dir anschauen?"),
  ("msg", "Hier der Link zum Fork mit dem Fix und Tests. Danke für die tolle Lib!"),
  ("end",),
  ("msg", "Hey Alex, ich hab dich für {skill} bestätigt. Würdest du mich für Django und PostgreSQL bestätigen? Ich bewerbe mich gerade, das wäre super."))
P("good_turns_ugly", "fr", "Nicolas Perrin", "Formateur Python | ex-dev", "Toulouse",
  ("inv", "Bonjour Alex, je prépare un guide gratuit sur les tests en Python pour les devs débutants, j'aimerais citer ton article sur les fixtures. D'accord ?"),
  ("msg", "Voici le guide en PDF, ton article est cité page 12. Merci encore !"),
  ("msg", "Alex, j'ai une formation payante \"Python avancé\" (690 €). Comme tu as des clients, tu pourrais la leur recommander ? Je te reverse 20 % de commission.", (5, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Scott Turner", "Account Manager | Gigstack", "Leeds",
  ("inm", "Join Gigstack Pro", "Hi Alex, Gigstack Pro connects you with enterprise clients. Sign up today for 19 EUR/month and get the first week free."),
  ("inv", "Hi Alex, loved your post about freelancing in Berlin. Let's connect!", (12, 20)))
P("reinvite_known_bad", "de", "Petra Seidel", "Vertrieb | IT-Schulungen", "Stuttgart",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir waren beide beim Python-Meetup in Kreuzberg. Vernetzen wir uns?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Vikram Shah", "Founder | DevMentor Circle", "London",
  ("inm", "Mentor circle for senior devs", "Hi Alex, I host a free circle where senior devs mentor each other monthly. Would you like to join the next call?"),
  ("inm", "Circle - quick update", "Glad you're keen! The circle is part of our Senior Dev Accelerator, 1,200 GBP for 12 weeks. Can I send you the enrolment form?"),
  ("inv", "Hi Alex, would be great to stay in touch!", (10, 18)))
P("reinvite_known_ugly", "it", "Marco Bellini", "Titolare | Bellini Software House", "Verona",
  ("inv", "Ciao Alex, collaboriamo? Abbiamo progetti."),
  ("inm", "Mah", "Non rispondi? Voi freelance tedeschi vi credete tutti geni. Peccato, perdi un'occasione. Arroganza pura."),
  ("inv", "Ciao Alex, magari ci siamo partiti col piede sbagliato. Riproviamo?", (8, 14)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Sebastian Huber", "Founder | DeployHub", "München",
  ("acc",),
  ("msg", "Danke fürs Vernetzen nach dem Meetup! Kurz: DeployHub macht Deployments für Django in 5 Minuten. Magst du eine Demo? Für Freelancer gibt's 50 % Rabatt."))
P("user_invited_pitch_once", "en", "Lauren Price", "Partnerships | Remote Desk Co", "Barcelona",
  ("acc",),
  ("msg", "Thanks for adding me, Alex! Since you work remotely: our coworking network gives you desks in 40 cities for 99 EUR/month. Want a trial pass?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Aaron Fischer", "Co-founder | TestPilot QA", "Berlin",
  ("acc",),
  ("msg", "Hey Alex, thanks for connecting! We do outsourced QA for freelancers' client projects. Could I show you our pricing?"),
  ("msg", "Hi Alex, following up. We have a starter pack of 20 test hours for 600 EUR. Interested?"))
P("user_invited_pitch_twice", "fr", "Claire Dubois", "Consultante | Portage salarial", "Strasbourg",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Vous travaillez parfois en France ? Le portage salarial vous éviterait de créer une structure. Un rendez-vous ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : nos frais de gestion sont à 5 % ce mois-ci. On se cale un appel ?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Kerstin Vogt", "Head of IT | Flowbird Mobility", "Berlin",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Anfrage! Ethan hat Sie empfohlen. Wir brauchen 10 Tage Django-Unterstützung ab dem 23. April, 650 €/Tag. Passt das?"))
P("user_invited_value", "en", "Rachel Kim", "Developer Advocate | Sentry", "Vienna",
  ("acc",),
  ("msg", "Thanks for connecting after PyCon DE! Here are the slides and the repo from my talk on error grouping. Also, we have free sponsored tickets for EuroPython, want one?"))
P("user_invited_value", "es", "Marta Gil", "Organizadora | Python Madrid", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar! Te paso la grabación de tu charla y el enlace al repositorio del taller. Si algún día vuelves a Madrid, tienes sitio en el meetup."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Florian Beck", "Backend-Entwickler | N26", "Berlin", ("acc",))
P("lone_endorsement", "en", "Hannah Cole", "Junior developer | bootcamp grad", "Berlin", ("end",))


# =============================================================== more voices
P("good_invitation", "de", "Miriam Jansen", "Tech Recruiting | Personio", "München",
  ("inv", "Hallo Alex, wir bauen in Berlin ein neues Plattform-Team auf und suchen eine:n Senior Backend Engineer (Python/Go). Festanstellung, "
          "remote möglich. Ich schicke dir gern die Stellenbeschreibung, auch wenn du gerade frei arbeitest."),
  ("rem",))
P("connection_brings_value", "de", "Ralf Steiner", "Geschäftsführer | Steiner Digitalagentur", "Berlin",
  ("msg", "Moin Alex, wir haben ein Relaunch-Projekt für einen Verlag: Django-Backend + REST-API, ca. 25 PT im Mai/Juni. Zahlen würden wir deinen Satz von 680 €. "
          "Kannst du dir das anschauen? Briefing hängt an."),
  ("msg", "Top, dann trage ich dich ein. Kickoff ist am 6. Mai um 10 Uhr bei uns in der Kastanienallee.", (3, 8)))
P("bait_and_switch_invitation", "es", "Javier Molina", "Fundador | Gremio de Desarrolladores Freelance", "Sevilla",
  ("inv", "Hola Alex, estamos montando un gremio de programadores freelance en Europa para pasarnos proyectos y ayudarnos con contratos. Sin cuotas ni rollos. ¿Te sumas?"),
  ("msg", "¡Bienvenido al gremio! Para acceder a la bolsa de proyectos hay que tener la insignia Gremio Verified: examen y curso online por 350 €. "
          "¿Te reservo plaza en la convocatoria de abril?", (2, 7)))
P("hostility_after_decline", "fr", "Fabrice Lemoine", "Directeur commercial | ESN Nexalis", "Lyon",
  ("inv", "Bonjour Alex, je recrute des freelances Python pour nos clients grands comptes. Ajoutons-nous."),
  ("rem",),
  ("inm", "Aucune réponse", "Alex, trois semaines sans réponse à une simple invitation. Vous n'êtes pas le seul développeur Python en Europe, "
          "et ce manque de savoir-vivre se remarque. Je ne vous recontacterai pas."))
P("stranger_inmail_recruiter", "it", "Elena Marchi", "Head of Product | Farmacia Online Srl", "Firenze",
  ("inm", "Progetto Django – consulenza", "Buongiorno Alex, abbiamo bisogno di un consulente esterno per ottimizzare le query del nostro e-commerce Django. "
          "Pensavamo a 8-10 giornate tra aprile e maggio. Mi può indicare disponibilità e tariffa?"))
P("single_pitch", "fr", "Isabelle Renaud", "Coach business pour freelances tech", "Montpellier",
  ("msg", "Bonjour Alex, je vois que vous êtes freelance. Mon programme \"TJM x2\" aide les devs à doubler leurs tarifs en 90 jours. Un appel découverte offert ?"))
P("default_invitation", "es", "Sergio Campos", "Desarrollador web", "Zaragoza", ("inv", DEFAULT), ("rem",))
P("lone_endorsement", "fr", "Pauline Girard", "Étudiante | École 42", "Paris", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Matthias Lenz", "matthias.lenz@ubilabs.example", "Vertrag Python-3-Migration",
     "Hi Alex,\n\nwie auf LinkedIn besprochen anbei der Vertrag. Bitte unterschrieben zurück.\n\nMatthias", "de"),
    ("Malt", "noreply@malt.example", "Nouvelle mission disponible : développeur Django",
     "Bonjour Alex,\n\nune mission correspond à votre profil. Astuce : liez votre profil LinkedIn pour plus de visibilité.", "fr"),
    ("GitHub", "noreply@github.example", "[invoice-parser] New pull request #42",
     "Camille Besson opened a pull request: Add EN 16931 profile. She also pinged you on LinkedIn.", "en"),
    ("Finanzamt Friedrichshain-Kreuzberg", "poststelle@finanzamt.example.de", "Umsatzsteuer-Voranmeldung März",
     "Sehr geehrte/r Alex,\n\nbitte reichen Sie die Voranmeldung fristgerecht ein.", "de"),
    ("XING", "mailrobot@xing.example", "3 Projektanfragen für Sie",
     "Hallo Alex,\n\nneue Projekte passen zu Ihrem Profil. Übrigens: Sie können Ihren XING- und LinkedIn-Lebenslauf synchronisieren.", "de"),
    ("PyCon Italia", "info@pycon.example.it", "PyCon X Firenze: call for proposals",
     "Ciao Alex,\n\nla CFP chiude il 31 marzo. Condividi l'annuncio su LinkedIn e Twitter!", "it"),
    ("Meetup", "info@meetup.example", "Berlin Freelancers: April meetup",
     "Hi Alex,\n\nthe April meetup is on the 17th. Add the event to your LinkedIn to let people know you're coming.", "en"),
    ("Lucía Herrera", "lucia.herrera@correo.example.es", "iban-validate 1.0",
     "Hola Alex,\n\nya publiqué la versión 1.0, te lo dije por LinkedIn también. ¡Gracias por las pruebas!\n\nLucía", "es"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot dev206 corpus. Generated by scripts/make_corpus_dev206.py (seed {SEED}); do not edit by hand.",
          "# March and April 2019 of a freelance software developer in Berlin who sells services: clients and agencies with paid projects and day "
          "rates, recruiters, course and tool sellers, developers sharing libraries and meetups, fake developer-guild invitations that turn into "
          "pitches, a rude agency after a refused rate cut; German, English, French, some Spanish and Italian. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Stories206(cs.EraStories):
    """Stories inside March and April 2019: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
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
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev206")
    args = ap.parse_args()
    check_notes()
    c = Stories206(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(10)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
