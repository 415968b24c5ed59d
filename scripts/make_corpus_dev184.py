#!/usr/bin/env python3
"""Write mailbot's dev184 corpus: tests/corpus/dev184/*.eml + expected.toml.

The angle: an ordinary two months (March and April 2023) in the LinkedIn inbox of Alex Morgan,
chief data officer of Helvetia Nord Versicherungsgruppe, an insurance group with its head office
in Zurich. It is the spring when every vendor has just added "generative AI" to its deck: the
inbox holds data-platform and AI vendors, consultancies quoting day rates, data scientists and
actuaries who would like to join the team, peers at other insurers who swap benchmarks and run
meetups, paid "CDO council" memberships dressed up as peer circles, headhunters with real roles,
journalists, and a vendor who turns rude after being declined. The writers use Swiss and standard
German, English (native and not), French from Geneva and Lausanne, some Italian from Ticino and
Milan and some Spanish; LinkedIn's own wording is mostly English and German, some French, Italian
and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates (all mail falls between 1 March and 30 April 2023), the
story gaps, the endorsement skills, the recipient's headline, the job-alert and digest titles,
the headlines of spoof-only names and PYMK suggestions, the order of the spoofing methods and the
lines that spoofs carry are swapped in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge
or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev184.py              # writes tests/corpus/dev184
    python scripts/make_corpus_dev184.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20230314

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2023, 3, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2023, 4, 30, 19, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (5, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (3, 10), "inv": (20, 28)})
# a stranger's InMail that brings something of value (a journalist, a researcher): good, nothing to do
cs.OUTCOME["stranger_inmail_value"] = ("good", "none")


def _window(steps) -> tuple[datetime, datetime]:
    """The start dates from which a story's last mail still lands inside the two months."""
    span = timedelta(0)
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += timedelta(days=gap[1], seconds=40000)
    hi = WIN_HI - span
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=6)
    return WIN_LO, hi


# ------------------------------------------------------------------ an insurer's chief data officer (this process only)
RHEADLINE = {
    "en": "Chief Data Officer at Helvetia Nord Insurance Group",
    "de": "Chief Data Officer bei Helvetia Nord Versicherungsgruppe",
    "fr": "Chief Data Officer chez Helvetia Nord Groupe d'assurances",
    "es": "Chief Data Officer en Helvetia Nord Grupo Asegurador",
    "it": "Chief Data Officer presso Helvetia Nord Gruppo Assicurativo",
}
SKILLS = {
    "en": ["Data Governance", "Data Strategy", "Machine Learning", "Insurance Analytics", "Data Architecture", "AI Governance"],
    "de": ["Data Governance", "Datenstrategie", "Maschinelles Lernen", "Versicherungsanalytik", "Datenarchitektur"],
    "fr": ["Gouvernance des données", "Stratégie data", "Apprentissage automatique", "Analytique assurance", "Architecture de données"],
    "es": ["Gobierno del dato", "Estrategia de datos", "Aprendizaje automático", "Analítica aseguradora", "Arquitectura de datos"],
    "it": ["Data governance", "Strategia dei dati", "Machine learning", "Analisi attuariale", "Architettura dei dati"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.LANGS[:] = ["en", "de", "en", "fr", "de"]
mc.CITY["en"] = ["Zurich", "London", "Basel", "Dublin", "Amsterdam", "Munich"]
mc.CITY["de"] = ["Zürich", "Bern", "Basel", "Winterthur", "Luzern", "Frankfurt am Main"]
mc.CITY["fr"] = ["Genève", "Lausanne", "Neuchâtel", "Paris", "Fribourg", "Lyon"]
mc.JOBS[:] = [("Chief Data Officer", "Alpenrück Re"), ("Head of Data & Analytics", "Lémanique Assurances"),
              ("Leiter Data Office (m/w/d)", "Ostschweizer Krankenkasse"), ("Directeur Data & IA (H/F)", "Mutuelle Romande"),
              ("VP Data Platform", "Kestrel Reinsurance"), ("Head of AI Governance", "Zürcher Lebensversicherung")]
mc.COMPANIES["good"] = ["Alpenrück Re", "Lémanique Assurances", "ETH Zürich", "Mutuelle Romande", "Zurich Data Science Meetup", "EPFL",
                        "Ostschweizer Krankenkasse", "Swiss Actuarial Association"]
mc.COMPANIES["sales"] = ["Lakeform", "Vectrio AI", "DataLoom", "Quantaris Consulting", "Synthetica Data", "NorthStack Cloud",
                         "CDO Leaders Circle", "LabelForge"]
mc.HEADLINES["good"] = ["Head of Analytics at {co}", "Data Scientist | {co}", "Actuary, pricing models | {co}",
                        "Chief Data Officer at {co}", "Researcher, machine learning | {co}", "Data governance lead at {co}"]
mc.HEADLINES["sales"] = ["Enterprise Account Executive at {co}", "Helping insurers scale AI | {co}", "Business Development DACH @ {co}",
                         "Founder & CEO at {co}", "Partner | {co}", "Regional Sales Director at {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:gmail.com", "lookalike:xn--linkedn-dza.com", "nodkim",
                       "untrusted:mx.example.org", "buried", "lookalike:linkedin.com.evil.example", "wrongpass", "noauth"]
SPOOF_LINES = {
    "en": ["Hi {first}, a data-sharing agreement has been sent to you for signature. Sign in within 24 hours or access will lapse.",
           "Dear {first}, your account shows unusual API activity from your Snowflake connector. Verify your identity here."],
    "de": ["Hallo {first}, Ihnen wurde eine Datenschutz-Vereinbarung zur Unterschrift freigegeben. Bitte melden Sie sich innert 24 Stunden an.",
           "Grüezi {first}, Ihr Profil wurde wegen ungewöhnlicher Aktivität eingeschränkt. Bitte bestätigen Sie Ihre Identität über den Link."],
    "fr": ["Bonjour {first}, un accord de partage de données vous attend pour signature. Connectez-vous sous 24 heures.",
           "Bonjour {first}, activité inhabituelle détectée sur votre compte. Vérifiez votre identité via ce lien sécurisé."],
    "es": ["Hola {first}, tienes un acuerdo de intercambio de datos pendiente de firma. Inicia sesión en 24 horas.",
           "Hola {first}, hemos detectado actividad inusual en tu cuenta. Verifica tu identidad aquí."],
    "it": ["Ciao {first}, ti è stato inviato un accordo di condivisione dati da firmare. Accedi entro 24 ore.",
           "Gentile {first}, abbiamo rilevato attività insolite sul suo account. Verifichi la sua identità tramite il link."],
}
for _l, _n in SPOOF_LINES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

retitle_other({
    "en": {"job": ("{n} new jobs for \"chief data officer\"", "Your job alert for chief data officer in {city}"),
           "news": "Insurers rush to put generative AI into claims", "group": "Top conversations in Data Leaders in Insurance",
           "newsletter": "The Data Steward: what the EU AI Act draft means for pricing models"},
    "de": {"job": ("{n} neue Jobs für „Head of Data“", "Ihr Jobalarm für Head of Data in {city}"),
           "news": "Revidiertes Datenschutzgesetz: Was ab September gilt", "group": "Top-Unterhaltungen in Data & Analytics Schweiz",
           "newsletter": "Datenkompass: Warum Data Mesh in Versicherungen harzt"},
    "fr": {"job": ("{n} nouvelles offres pour « chief data officer »", "Votre alerte emploi pour chief data officer à {city}"),
           "news": "L'IA générative arrive chez les assureurs romands", "group": "Discussions à la une dans Data & IA Suisse romande",
           "newsletter": "La lettre de la gouvernance des données"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Reto Ammann", "Head of Data Science | Alpenrück Re", "Zürich",
  ("inv", "Hoi Alex, wir machen am 23. März das nächste Data-Science-Apéro der Zürcher Versicherer bei uns am Mythenquai, diesmal zu Schadenprognosen mit "
          "Gradient Boosting vs. GLM. Gratis, keine Firmenpräsentationen, nur Praktiker. Hättest du Lust zu kommen?"),
  ("rem",))
P("good_invitation", "en", "Dr. Mei Lin Zhou", "Postdoc, Causal ML | ETH Zürich", "Zürich",
  ("inv", "Dear Alex, I finished my postdoc on causal uplift models for lapse prediction and would love to move into insurance. "
          "Would you have 20 minutes to tell me how your data team is organised and whether you hire this year? Happy to share my paper."))
P("good_invitation", "fr", "Claire Montandon", "Responsable gouvernance des données | Mutuelle Romande", "Lausanne",
  ("inv", "Bonjour Alex, nous comparons nos catalogues de données entre assureurs romands (métadonnées, rôles de data owners, KPIs de qualité). "
          "Je partage volontiers notre grille complète en échange d'un regard sur la vôtre. Intéressé ?"),
  ("rem",))
P("good_invitation", "it", "Davide Bernasconi", "Attuario | Data scientist | Lugano", "Lugano",
  ("inv", "Buongiorno Alex, sono attuario e sto finendo un MAS in Data Science alla SUPSI. Ho letto la sua intervista sul Data Office: le posso "
          "chiedere un consiglio su come un attuario può passare al suo team? Le mando volentieri il mio progetto di tesi."))
P("good_invitation", "en", "Fiona Gallagher", "Programme Director | Swiss Data Leaders Forum (non-profit)", "Basel",
  ("inv", "Alex, we'd love you on the panel at our free spring forum in Basel (27 April) on AI governance in regulated industries. "
          "FINMA and two CDOs confirmed; the sessions count as CPE hours for CDMP holders. No sponsors on stage."))
P("good_invitation", "es", "Javier Olmos", "Head of Analytics | Mapfre Re (Madrid)", "Madrid",
  ("inv", "Hola Alex, coincidimos en el grupo de trabajo de Insurance Europe sobre datos de siniestros. Estamos montando un benchmark anónimo de "
          "calidad de datos entre aseguradoras; te lo paso cuando esté cerrado. ¿Conectamos?"))


# =============================================================== default_invitation
P("default_invitation", "en", "Kevin Rutledge", "Account Executive | Cloud Data Solutions", "London", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sabine Wyss", "Business Analyst | Versicherungen", "Bern", ("inv", NONOTE))
P("default_invitation", "fr", "Olivier Perrin", "Consultant data | Freelance", "Genève", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Luca Pedretti", "Sales Engineer | Data Platform", "Milano", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Tyler Brooks", "Enterprise AE, Insurance | Lakeform", "Zurich",
  ("inv", "Hi Alex - 3 of the top 5 Swiss insurers run their claims lakehouse on Lakeform. Would love 30 min to show what it did for their time-to-model. "
          "Free next Tuesday or Wednesday?"),
  ("rem",), nl="en")
P("sales_invitation", "de", "Marco Guggisberg", "Partner | Quantaris Consulting AG", "Zürich",
  ("inv", "Guten Tag Herr Morgan, Quantaris stellt erfahrene Data Engineers und ML-Spezialisten ab sofort zur Verfügung, Tagessatz ab CHF 1'650. "
          "Darf ich Ihnen unsere Profile unverbindlich zustellen?"))
P("sales_invitation", "fr", "Sandrine Blaser", "Directrice commerciale | Vectrio AI", "Genève",
  ("inv", "Bonjour Alex, notre copilote IA lit les déclarations de sinistre et prépare la décision en 40 secondes. Plusieurs mutuelles l'ont adopté. "
          "Je vous propose une démo de 20 minutes, quand cela vous arrange."),
  ("rem",))
P("sales_invitation", "en", "Harriet Cole", "Membership Director | CDO Leaders Circle", "London",
  ("inv", "Alex, the CDO Leaders Circle is opening 4 seats for Swiss members: quarterly roundtables, peer benchmarks, analyst access. "
          "Annual membership CHF 12,500. Can I send you the prospectus?"))
P("sales_invitation", "es", "Rocío Valverde", "Key Account Manager | LabelForge (data labelling)", "Valencia",
  ("inv", "Hola Alex, etiquetamos documentos de siniestros y pólizas para entrenar modelos, con equipos en España y Colombia y precio por documento. "
          "¿Te puedo mandar una propuesta para un piloto?"))
P("sales_invitation", "it", "Gianluca Ferri", "Head of Sales DACH | Synthetica Data", "Milano",
  ("inv", "Ciao Alex, generiamo dati sintetici dei clienti conformi a nLPD e GDPR, così i vostri data scientist possono lavorare senza dati reali. "
          "Ti andrebbe una call di mezz'ora per vedere una demo?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Nathan Pryce", "Founder | Insurance Data Peers", "London",
  ("inv", "Alex, I run a small invite-only peer group for CDOs at European insurers. We meet online once a month and swap what actually works, "
          "no vendors. Would be great to have a Zurich voice in it."),
  ("msg", "Great to have you! Quick practical note before the first session: membership is GBP 8,900 a year, which covers the benchmark reports "
          "and two dinners. I'll send the invoice to your assistant - who should I address it to?", (3, 8)),
  ("msg", "Hi Alex, just checking on the membership invoice so I can confirm your seat for the April call.", (5, 10)), nl="en")
P("bait_and_switch_invitation", "de", "Jörg Hämmerli", "Gründer | Data Governance Stammtisch Schweiz", "Luzern",
  ("inv", "Grüezi Alex, wir sind ein lockerer Stammtisch von Data-Governance-Leuten aus Banken und Versicherungen, einmal im Monat in Luzern oder online. "
          "Magst du dazustossen?"),
  ("msg", "Schön, bist du dabei! Übrigens: Neben dem Stammtisch führe ich eine kleine Beratung. Wir machen Data-Governance-Reifegrad-Assessments, "
          "fix CHF 38'000. Wollen wir das bei euch anschauen? Ich hätte nächste Woche Zeit.", (4, 9)))
P("bait_and_switch_invitation", "fr", "Laurent Chappuis", "Associé | Axion Data Partners", "Lausanne",
  ("inv", "Bonjour Alex, j'ai une question de pair à pair : comment avez-vous organisé la responsabilité des modèles entre l'actuariat et la data ? "
          "Nous avons le même débat et j'aimerais vous entendre."),
  ("msg", "Merci pour votre réponse très claire. D'ailleurs, c'est exactement ce que nous faisons chez Axion : un cadre de gouvernance des modèles "
          "clé en main, 12 jours de mission à CHF 2'200 par jour. Je vous envoie l'offre ?", (3, 9)))
P("bait_and_switch_invitation", "it", "Serena Lurati", "Community Lead | AI in Insurance Ticino", "Lugano",
  ("inv", "Ciao Alex! Stiamo creando una community di chi lavora con l'AI nelle assicurazioni svizzere, per scambiarci esperienze e casi reali. "
          "Ti va di farne parte?"),
  ("msg", "Benvenuto! Ti giro il link al nostro primo incontro. Ah, se ti interessa, con la nostra agenzia sviluppiamo chatbot per i sinistri: "
          "pacchetto pilota a 45'000 CHF. Ci sentiamo per una demo?", (2, 7)),
  ("msg", "Alex, ti ricordo la demo del chatbot: ho ancora due slot liberi giovedì. Quale preferisci?", (4, 9)))
P("bait_and_switch_invitation", "en", "Priyanka Deshmukh", "Head of Partnerships | NorthStack Cloud", "Zurich",
  ("inv", "Hi Alex, I put together a free guide on how five insurers cut their cloud data bills in half. Happy to send it over, no strings."),
  ("msg", "Here's the guide. By the way, NorthStack offers a cost-optimisation assessment for your Azure estate, and we usually find 30% in savings. "
          "It's CHF 19k flat. Can I book a scoping call with your platform lead?", (2, 6)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Graham Whitfield", "Senior Research Director | Insurance Tech Insights", "London",
  ("inm", "Your view for our 2023 CDO survey", "Hi Alex, we're running our annual survey of insurance CDOs on data budgets and GenAI plans. "
          "Fifteen minutes of your time, and you get the full results for free. Would you take part?"),
  ("inm", "Re: CDO survey - next step", "Thanks for your answers, Alex! Many respondents go on to our Advisory Service (CHF 28,000 p.a.), which gives you "
          "analyst calls and the vendor scorecards behind the survey. Can I set up an intro with our account team?", (4, 9)))
P("bait_and_switch_inmail", "de", "Dr. Stefan Kälin", "Programmleitung | Swiss AI Insurance Summit", "Zürich",
  ("inm", "Einladung als Referent", "Sehr geehrter Herr Morgan, wir würden Sie gerne als Referenten für unseren Summit im Juni gewinnen. "
          "Ihr Thema: Datenstrategie in der Versicherung. Hätten Sie Interesse?"),
  ("inm", "Summit – Ihr Referentenpaket", "Herzlichen Dank für Ihre Zusage! Für Referierende bieten wir das Speaker-Paket an: 20 Minuten Slot, "
          "Logo-Präsenz und Dinner für CHF 7'500 zzgl. MWST. Darf ich Ihnen die Rechnung senden?", (4, 10)))
P("bait_and_switch_inmail", "es", "Marina Castells", "Investigadora asociada | Observatorio de IA Aseguradora", "Barcelona",
  ("inm", "Una pregunta sobre vuestro modelo de fraude", "Hola Alex, estoy escribiendo un estudio sobre detección de fraude en seguros europeos. "
          "¿Podrías contarme brevemente cómo validáis los modelos antes de ponerlos en producción?"),
  ("inm", "Gracias + una propuesta", "¡Muchas gracias por la respuesta! Aprovecho: en nuestra consultora hacemos auditorías de modelos de fraude, "
          "paquete de 9 días a 1.900 € el día. ¿Te encaja una reunión para verlo?", (3, 8)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Darren Okafor", "Data Engineer | Cloud | Open to work", "Manchester",
  ("end",), ("end",),
  ("msg", "Hi Alex, endorsed you for {skill}, you clearly know your stuff. Could you endorse me for Spark and Data Engineering? "
          "I'm job hunting and every bit helps. Thanks man!"))
P("endorse_me_back", "de", "Nadine Zürcher", "Data Governance Consultant | freiberuflich", "Winterthur",
  ("end",),
  ("msg", "Hallo Alex, ich habe dich für {skill} bestätigt – ehrlich verdient. Wärst du so lieb und bestätigst mich für Data Governance und Stammdatenmanagement? "
          "Ich baue gerade mein Freelance-Profil auf. Merci vielmal!"))
P("endorse_me_back", "fr", "Yannick Favre", "Data analyst | Assurances | Genève", "Genève",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai validé {skill} 🙂 Tu pourrais me rendre la pareille sur SQL et Power BI ? ça m'aiderait pour mes candidatures. Merci !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brandon Kessler", "VP Sales EMEA | Vectrio AI", "London",
  ("inv", "Alex, following up on my emails to your office. Our claims AI would save Helvetia Nord millions. Let's connect and find 15 min."),
  ("rem",),
  ("inm", "Disappointing", "Alex, I've reached out four times now. Ignoring a vendor who is trying to help your company is frankly unprofessional, "
          "and it's the reason Swiss insurers are ten years behind. I'll be talking to your CEO instead. Good luck."))
P("hostility_after_decline", "de", "Urs Tobler", "Geschäftsführer | Tobler Data Consulting GmbH", "St. Gallen",
  ("inv", "Grüezi Herr Morgan, wir unterstützen Versicherer beim Aufbau von Data Lakes. Gerne würde ich mich mit Ihnen vernetzen und Ihnen unser Angebot vorstellen."),
  ("inm", "Ihre Absage", "Herr Morgan, Ihre Assistentin hat mir mitgeteilt, dass Sie kein Interesse haben. Dass man nicht einmal fünf Minuten für einen "
          "Schweizer Anbieter übrig hat, finde ich bemerkenswert arrogant. Man sieht sich immer zweimal im Leben."))
P("hostility_after_decline", "fr", "Mathilde Rochat", "Data scientist | Recherche d'emploi", "Fribourg",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Merci pour rien", "Vous n'avez même pas accepté ma demande de connexion. Vous prêchez l'inclusion dans vos posts mais vous ignorez les candidats. "
          "Quelle hypocrisie."))
P("hostility_after_decline", "it", "Fabrizio Colombo", "Business Development | DataLoom Italia", "Milano",
  ("inv", "Buongiorno Alex, vorrei presentarle DataLoom, la piattaforma di data quality scelta da molte compagnie italiane. Colleghiamoci!"),
  ("inm", "Senza parole", "Alex, le ho scritto con cortesia e lei non si è nemmeno degnata di rispondere. Che maleducazione. "
          "Con questo atteggiamento non andrete lontano con i vostri progetti dati."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Craig Dunmore", "Partner | Dunmore & Hale Analytics", "Edinburgh",
  ("msg", "Alex, we've staffed data migrations for three Lloyd's syndicates. Day rate GBP 1,250 for a senior lead. Want CVs?"),
  ("msg", "Sent you three CVs last week, not even a read receipt. Honestly, that's poor form for someone in your position. "
          "People remember who treated them with respect when the market turns."))
P("hostility_connection", "de", "Patricia Egli", "Account Managerin | DataLoom Schweiz", "Zug",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie am Swiss Data Forum besprochen: Unser Data-Quality-Modul wäre ideal für eure Partnerdaten. "
          "Soll ich ein Angebot für die Lizenz vorbereiten?"),
  ("msg", "Alex, ich finde es ehrlich gesagt daneben: Du vernetzt dich mit mir und dann kommt wochenlang nichts. So geht man nicht mit Leuten um. "
          "Ich hätte mehr Anstand erwartet."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Ashley Monroe", "Senior AE | Lakeform", "Zurich",
  ("msg", "Hey Alex, quick one: we just launched Lakeform GenAI Studio and insurers are using it for underwriting notes. 20 minutes to walk you through it?"),
  ("msg", "Hi Alex, we're hosting a private dinner for Swiss data leaders where we show the Lakeform roadmap. Our CRO would love to pitch it to you over dinner. Can I save you a seat?"),
  ("msg", "Last one from me for now: Q2 pricing ends on 30 April, happy to lock in a 15% discount if we start a POC."))
P("connection_only_pitches", "fr", "Romain Dufresne", "Conseiller en prévoyance | Cadres dirigeants", "Genève",
  ("msg", "Bonjour Alex, en tant que cadre dirigeant, avez-vous optimisé votre 3e pilier ? Je vous propose un bilan gratuit de 45 minutes."),
  ("msg", "Bonjour Alex, je me permets de relancer : nos solutions de rachat LPP permettent d'importantes économies d'impôt. Un rendez-vous la semaine prochaine ?"))
P("connection_only_pitches", "de", "Tobias Frick", "Senior Recruiter | IT-Personalvermittlung", "Zürich",
  ("msg", "Hoi Alex, ich habe drei sehr starke Data Engineers frei, Tagessätze zwischen 1'100 und 1'400 Franken. Sollen wir diese Woche telefonieren?"),
  ("msg", "Hallo Alex, neuer Kandidat: ML Engineer, Databricks-zertifiziert, sofort verfügbar. Unser Honorar 22% vom Jahresgehalt. Interesse?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Owen Fairbanks", "Director | Fairbanks Data Recruitment", "London",
  ("msg", "Alex, I know you're building out the data office. We place senior ML and data engineering talent across DACH on a contingent basis, fee only on hire. "
          "Could we have a quick call so I can understand your hiring plan for 2023?"))
P("single_pitch", "de", "Corinne Baumgartner", "Key Account Managerin | Synthetica Data", "Basel",
  ("msg", "Liebe Alex, wir haben gerade eine Partnerschaft mit einer grossen Krankenkasse abgeschlossen. Synthetische Daten für eure Testumgebungen – "
          "hättest du Lust auf eine kurze Demo im April?"))
P("single_pitch", "it", "Paolo Rinaldi", "Partner | Rinaldi & Soci – Consulenza AI", "Milano",
  ("msg", "Ciao Alex, come va? Ti scrivo perché stiamo aiutando alcune compagnie a costruire la loro strategia GenAI. Tariffa giornaliera 1.800 CHF, "
          "primo workshop in 3 settimane. Ti interessa una proposta?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Sophie Lindqvist", "Chief Data Officer | Kestrel Reinsurance", "Zurich",
  ("msg", "Alex, as promised: our 2022 data-team benchmark (headcount, budget split, platform costs per GWP) for the six reinsurers in the group. "
          "Anonymised, so share it internally if useful. Would love your numbers next year if you can."),
  ("msg", "PS: the next CDO breakfast is 19 April at our place, no vendors, just us. Come if you can."), nl="en")
P("connection_brings_value", "de", "Lukas Inäbnit", "Organisator | Zurich Data Science Meetup", "Zürich",
  ("end",),
  ("msg", "Hoi Alex, am 12. April haben wir im Impact Hub einen Abend zu LLMs in regulierten Branchen, Eintritt frei, Pizza inklusive. "
          "Magst du 10 Minuten zu euren Erfahrungen mit Model Risk erzählen? Ganz informell."))
P("connection_brings_value", "fr", "Aurélie Vuilleumier", "Professeure | Chaire Assurance & Data, HEC Lausanne", "Lausanne",
  ("msg", "Bonjour Alex, un de nos étudiants de master cherche un sujet de mémoire sur la qualité des données sinistres. Nous offrons l'encadrement gratuit, "
          "et les résultats vous seraient partagés. Ça vous dirait d'en discuter ?"))
P("connection_brings_value", "it", "Chiara Pozzi", "Head of Data Office | Assicurazioni Lombarde", "Milano",
  ("msg", "Ciao Alex, ti mando il nostro template per le policy di AI governance che abbiamo fatto validare dall'IVASS, con le note. Usalo pure, "
          "e se vuoi confrontiamo il vostro approccio FINMA una sera di queste."),
  ("msg", "Dimenticavo: il 20 aprile a Milano c'è il workshop gratuito dell'ANIA sui dati climatici, posso farti mettere in lista."))


# =============================================================== stranger_inmail_recruiter / value / sales
P("stranger_inmail_recruiter", "en", "Eleanor Voss", "Partner, Technology & Data Practice | Heidrick & Partners", "Zurich",
  ("inm", "Group CDO - global reinsurer (confidential)", "Dear Alex, I'm retained by a global reinsurer headquartered in Switzerland to find its first Group Chief Data Officer, "
          "reporting to the COO. Your work at Helvetia Nord came up repeatedly in our market mapping. Would you be open to a discreet conversation?"))
P("stranger_inmail_recruiter", "de", "Martina Steiner", "Executive Search | Steiner Partner AG", "Bern",
  ("inm", "Mandat: Chief Data & Analytics Officer", "Guten Tag Herr Morgan, im Auftrag einer Schweizer Kantonalbank suche ich eine Chief Data & Analytics Officerin "
          "bzw. einen CDAO (Mitglied der erweiterten GL). Ich würde Ihnen die Rolle gern vertraulich schildern – passt Ihnen ein Telefonat?"))
P("stranger_inmail_recruiter", "fr", "Benoît Lachat", "Talent Acquisition | Lémanique Assurances", "Genève",
  ("inm", "Poste de Directeur Data & IA", "Bonjour Monsieur Morgan, nous recrutons notre Directeur Data & IA (membre du comité de direction). "
          "Votre profil correspond très bien. Seriez-vous ouvert à un premier échange confidentiel ?"))
P("stranger_inmail_value", "en", "Rachel Osei", "Reporter, insurance & technology | Insurance Weekly Europe", "London",
  ("inm", "Comment for a piece on GenAI in claims?", "Hi Alex, I'm writing a feature on how European insurers are trialling generative AI in claims handling. "
          "Could I ask you three questions by phone or email this week? Quoted or background, your call."))
P("stranger_inmail_sales", "en", "Vikram Nair", "Delivery Head | OffshoreDataWorks", "Pune",
  ("inm", "Reduce data engineering costs by 60%", "Hello Alex, we provide dedicated offshore data engineering pods for insurers at USD 28/hour. "
          "Can we schedule a quick call to share our rate card and case studies?"),
  ("inm", "Following up: offshore data pods", "Hi Alex, following up on my earlier message. We have a team ready to start in two weeks. Let me know a good time."))
P("stranger_inmail_sales", "de", "Daniela Wirth", "Sales Director | KI-Compliance Suite", "München",
  ("inm", "EU AI Act: sind Sie vorbereitet?", "Sehr geehrter Herr Morgan, der AI Act kommt. Unsere Software inventarisiert alle Modelle und erstellt die Dokumentation automatisch. "
          "Darf ich Ihnen in 30 Minuten zeigen, wie das bei einer deutschen Versicherung läuft?"))
P("stranger_inmail_sales", "fr", "Karim Haddad", "Fondateur | DataCoach Executive", "Paris",
  ("inm", "Programme de leadership pour CDO", "Bonjour Alex, j'accompagne les CDO dans leur prise de poste au comité exécutif. Programme de 6 mois, 14 000 €. "
          "Un appel découverte offert cette semaine ?"))
P("stranger_inmail_sales", "es", "Lorena Baeza", "Business Development | Nube Analítica", "Madrid",
  ("inm", "Migración a la nube para aseguradoras", "Hola Alex, ayudamos a aseguradoras a migrar su data warehouse a la nube en 12 semanas, precio cerrado. "
          "¿Te vendría bien una llamada para ver vuestro caso?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Martin Achterberg", "Actuarial Data Lead | formerly Swiss Re", "Zurich",
  ("inv", "Alex, I saw your talk on claims data quality at the SAV meeting. I've built an open-source toolkit for reserving data checks - would be glad "
          "to show your actuaries, it's free on GitHub."),
  ("msg", "Here's the repo with the docs. The triangle-completeness check is the one people like most."),
  ("msg", "Alex, since your team has tried the toolkit: I now offer a paid enterprise support plan and on-site implementation, CHF 2,100 per day, "
          "minimum 15 days. Shall I send you a proposal?"))
P("good_turns_ugly", "de", "Simone Häberli", "Data Scientist | Pricing | Versicherung", "Bern",
  ("inv", "Hallo Alex, ich arbeite bei einer Berner Versicherung an Pricing-Modellen und hätte eine fachliche Frage zu Ihrem Vortrag über Telematikdaten. "
          "Darf ich mich vernetzen?"),
  ("msg", "Vielen Dank für die ausführliche Antwort! Anbei unser Paper zu Telematik-Features, vielleicht für Ihr Team interessant."),
  ("end",),
  ("msg", "Hoi Alex, ich habe dich für {skill} empfohlen. Könntest du mich im Gegenzug für Machine Learning und Pricing bestätigen? "
          "Ich bewerbe mich gerade intern und das macht sich gut."))
P("good_turns_ugly", "fr", "Étienne Moser", "Data Strategy | Conseil indépendant", "Neuchâtel",
  ("inv", "Bonjour Alex, je prépare une étude gratuite sur la maturité data des assureurs suisses et je partagerai les résultats avec chaque participant. Ça vous tente ?"),
  ("msg", "Merci pour votre participation ! Voici le rapport final, avec votre positionnement anonymisé."),
  ("msg", "Alex, suite à l'étude, je propose aux participants un accompagnement de feuille de route data, 20 jours à 2'300 CHF. Quand pouvons-nous en parler ?"))


# =============================================================== reinvite_known_bad / ugly
P("reinvite_known_bad", "en", "Connor Blake", "Regional Director | LabelForge", "Dublin",
  ("inm", "Labelling claims documents at scale", "Hi Alex, LabelForge annotates claims documents at 40% lower cost than in-house teams. Worth a 20-min call?"),
  ("inv", "Hi Alex, saw you at the Zurich Insurance Data Summit, great panel. Would be good to stay connected."))
P("reinvite_known_bad", "de", "Andreas Meier", "Vertrieb | Cloud-Infrastruktur", "Zürich",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir haben einen gemeinsamen Kontakt bei der SAV. Ich würde mich freuen, wenn wir uns vernetzen."))
P("reinvite_known_ugly", "en", "Spencer Hollis", "CEO | InsightPeak Research", "London",
  ("inm", "Invitation: CDO benchmark roundtable", "Hi Alex, we're hosting a closed-door roundtable of ten insurance CDOs to compare data budgets. Would you join?"),
  ("inm", "Your roundtable seat", "Thanks for your interest! Seats at the roundtable are CHF 4,900 per participant, including the benchmark report. "
          "Shall I reserve one for you?"),
  ("inv", "Alex, it would be great to connect directly - lots of overlap in what we do."))
P("reinvite_known_ugly", "it", "Alessio Marchetti", "Sales Manager | AI Claims Italia", "Bologna",
  ("inv", "Buongiorno Alex, la nostra soluzione AI riduce i tempi di liquidazione del 50%. Ci colleghiamo?"),
  ("inm", "Peccato", "Alex, evidentemente non le interessa innovare. Peccato che i suoi clienti pagheranno la sua pigrizia. Buona giornata."),
  ("inv", "Ciao Alex, riproviamo? Magari è stato un malinteso."))


# =============================================================== user_invited_*
P("user_invited_pitch_once", "en", "Hannah Wexler", "Solutions Architect | NorthStack Cloud", "Zurich",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Great meeting you at the AWS summit. If you want, I can set up a paid proof of concept for the claims lake - "
          "we have a fixed-price offer this quarter."))
P("user_invited_pitch_once", "de", "Beat Zollinger", "Partner | Zollinger Analytics GmbH", "Zug",
  ("acc",),
  ("msg", "Merci für die Anfrage, Alex. Wie am Apéro erwähnt: Wir hätten Kapazität für euer MDM-Projekt, zwei Senior-Berater ab Mai, Tagessatz CHF 1'900. "
          "Soll ich eine Offerte machen?"))
P("user_invited_pitch_once", "es", "Elena Navarro", "Directora de ventas | Vectrio AI Iberia", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te dejo nuestra oferta de piloto para Suiza: tres meses a precio especial. ¿Lo hablamos?"))
P("user_invited_pitch_twice", "en", "Ryan Castellano", "Principal | Meridian Data Consulting", "London",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex. We run 6-week data strategy sprints for insurers, GBP 95k fixed. Could I send a one-pager?"),
  ("msg", "Hi Alex, following up on the sprint offer. We have capacity from May, shall we book a call with your COO?"))
P("user_invited_pitch_twice", "fr", "Nathalie Girod", "Responsable grands comptes | DataLoom Suisse romande", "Lausanne",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Suite au salon, je vous propose une démo de notre module de lignage des données pour votre équipe."),
  ("msg", "Bonjour Alex, je reviens vers vous pour la démo, et je peux aussi vous faire une offre de licence pluriannuelle avec 20 % de remise."))
P("user_invited_pitch_twice", "de", "Kevin Schaller", "Business Development | KI-Beratung Schaller & Co.", "Basel",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Vernetzen! Wir bieten einen GenAI-Readiness-Workshop für Geschäftsleitungen an, CHF 14'000 pauschal. Interessiert?"),
  ("msg", "Hoi Alex, kurz nachgefragt wegen dem Workshop – im Mai hätten wir noch zwei Termine frei. Soll ich einen reservieren?"))
P("user_invited_value", "en", "Dr. Amara Bello", "Senior Lecturer, Statistics | University of Bern", "Bern",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! As promised, here are my lecture notes and the R code for credibility models with mixed effects. "
          "If your team wants a free half-day session on it, our institute would be glad to host."))
P("user_invited_value", "de", "Nicole Brunner", "Head of Data Office | Ostschweizer Krankenkasse", "St. Gallen",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Anfrage! Wie besprochen unser Rollenmodell für Data Owner und Data Stewards, inklusive der Stellenbeschriebe. "
          "Gerne auch mal ein Austausch über eure Erfahrungen mit dem neuen DSG."))
P("user_invited_value", "it", "Matteo Solari", "Data Scientist | EOC Ticino", "Bellinzona",
  ("acc",),
  ("msg", "Grazie per la richiesta, Alex! Ti allego il notebook sul modello di previsione dei ricoveri di cui parlavamo, magari vi torna utile per i sinistri malattia."))
P("acceptance_only", "de", "Florian Känel", "CFO | Helvetische Rückversicherung", "Zürich", ("acc",))
P("acceptance_only", "en", "Grace Thornton", "Head of Data Ethics | Global Insurers Forum", "London", ("acc",))
P("lone_endorsement", "fr", "Julien Berset", "Ancien collègue | Data engineer", "Genève", ("end",))
P("lone_endorsement", "de", "Michèle Gerber", "Teamleiterin BI | Helvetia Nord", "Zürich", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Reto Ammann", "reto.ammann@alpenrueck-re.example.ch", "Data-Science-Apéro 23.3. – Raum & Agenda",
     "Hoi Alex\n\nich habe dir auch auf LinkedIn geschrieben, hier noch die Agenda als PDF. Wir starten um 17:30 im Raum Uetliberg.\n\nLiebe Grüsse\nReto", "de"),
    ("Lakeform Events", "events@lakeform.example.com", "You're invited: Lakeform World Tour Zurich",
     "Hi Alex,\n\njoin 400 data leaders at the Lakeform World Tour on 18 April. Follow us on LinkedIn for speaker announcements.", "en"),
    ("Corporate Communications", "communications@helvetia-nord.example.ch", "Richtlinie Social Media für Kader",
     "Liebe Kadermitglieder\n\nbitte beachtet die neue Social-Media-Richtlinie: keine Aussagen zu laufenden Projekten auf LinkedIn ohne Freigabe.\n\nCorporate Communications", "de"),
    ("Swiss Data Leaders Forum", "info@sdlforum.example.ch", "Forum de printemps : confirmation d'inscription",
     "Bonjour Alex,\n\nvotre inscription au forum du 27 avril est confirmée. Partagez l'événement sur LinkedIn avec #SDLF2023 si vous le souhaitez.", "fr"),
    ("HR Business Partner", "hr.bp@helvetia-nord.example.ch", "Stelle Senior Data Scientist – Bewerbungen",
     "Hallo Alex\n\nwir haben 46 Bewerbungen auf die Senior-Data-Scientist-Stelle erhalten, zwölf davon über LinkedIn Easy Apply. Shortlist folgt am Freitag.", "de"),
    ("Assicurazioni Lombarde – Data Office", "data.office@assicurazioni-lombarde.example.it", "Template AI governance",
     "Ciao Alex,\n\nti rimando il template anche per email, su LinkedIn l'allegato si vedeva male.\n\nChiara", "it"),
    ("XING", "mailrobot@xing.example.com", "Alex, 5 neue Besucher auf Ihrem Profil",
     "Hallo Alex,\n\nIhr Profil wurde diese Woche 5 Mal besucht. Verknüpfen Sie XING mit LinkedIn, um mehr Kontakte zu finden.", "de"),
    ("Conferencia Seguros Digitales", "inscripciones@segurosdigitales.example.es", "Tu ponencia en Madrid: logística",
     "Hola Alex,\n\nte confirmamos hotel y vuelo para el 11 de abril. Hemos anunciado tu ponencia en LinkedIn y te hemos etiquetado.", "es"),
    ("Calendly", "notifications@calendly.example.com", "New event: Intro call with Tyler Brooks",
     "A new event has been scheduled by Tyler Brooks (via LinkedIn outreach). Tuesday, 14 March 2023, 10:00 CET. Cancel or reschedule below.", "en"),
]


# ------------------------------------------------------------------------- builder
ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot dev184 corpus. Generated by scripts/make_corpus_dev184.py (seed {SEED}); do not edit by hand.",
          "# March and April 2023 of the chief data officer of a Zurich insurance group: data-platform and AI vendors, consultancies with "
          "day rates, data scientists applying, peers sharing benchmarks and meetups, paid CDO councils, a rude vendor after a decline; "
          "German, English, French, some Italian and Spanish. Same format as tests/corpus/dev."]


class Stories184(cs.EraStories):
    """Stories inside March and April 2023: each starts early enough for its last mail to land in the window."""

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
    names = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev184")
    args = ap.parse_args()
    check_notes()
    c = Stories184(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
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
