#!/usr/bin/env python3
"""Write mailbot's dev201 corpus: tests/corpus/dev201/*.eml + expected.toml.

The angle: September and October 2021 of Alex, an independent translator and conference
interpreter in Brussels who sells their own services. Agencies and direct clients offering
paid jobs with rates, clients asking for quotes, CAT-tool and course sellers, fellow
translators sharing glossaries, term bases and tips, fake "translators' guild" invitations
that turn into a pitch, recruiters, a rude agency after Alex refused a low rate. Writers:
French, English, German, Dutch-speaking Belgians writing in French or English, some Spanish
and Italian.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py; skills, job titles, headlines and the spoofs' pitches are swapped
in this process only. Notes were written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev201.py              # writes tests/corpus/dev201
    python scripts/make_corpus_dev201.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20210915

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2021, 9, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2021, 10, 31, 19, 0, tzinfo=timezone.utc)
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


# ------------------------------------------------------------------ a Brussels translator's world (this process only)
SKILLS = {
    "en": ["Translation", "Conference Interpreting", "Localization", "Proofreading", "Legal Translation", "SDL Trados Studio"],
    "de": ["Übersetzen", "Dolmetschen", "Lokalisierung", "Lektorat", "Fachübersetzung"],
    "fr": ["Traduction", "Interprétation de conférence", "Localisation", "Relecture", "Traduction juridique"],
    "es": ["Traducción", "Interpretación", "Localización", "Corrección de textos", "Traducción jurídica"],
    "it": ["Traduzione", "Interpretariato", "Localizzazione", "Revisione", "Traduzione giuridica"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Freelance FR>EN Legal Translator", "Lexica Language Services"), ("Conference Interpreter (FR/EN/NL)", "Council of the EU"),
              ("Traducteur indépendant NL>FR", "SPF Justice"), ("Übersetzer/in Englisch–Französisch (m/w/d)", "Sprachwerk GmbH"),
              ("Localization Reviewer, French (Belgium)", "Pixelbridge Games")]
mc.COMPANIES["good"] = ["European Parliament", "Lexica Language Services", "Université libre de Bruxelles", "KU Leuven", "CBTI-BKVT",
                        "Maison de la Traduction", "Pixelbridge Games"]
mc.COMPANIES["sales"] = ["TermFlow CAT", "WordMint Academy", "LingoLeads", "Babelcloud MT", "Freelance Finance Plus", "GlossaPro"]
mc.HEADLINES["good"] = ["Freelance translator EN>FR | {co}", "Project Manager at {co}", "Conference interpreter | {co}",
                        "Terminologist at {co}", "Vendor Manager, {co}", "Lecturer in translation studies, {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Growth & Partnerships at {co}", "Founder | {co}",
                         "Helping freelance translators earn more | {co}", "Business Developer at {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a client sent you a translation order worth EUR 1,840 through our platform. Sign in to accept it before it expires.",
           "Dear {first}, your ProZ-style profile was flagged. Verify your account here to keep receiving job offers."],
    "de": ["Hallo {first}, ein Kunde hat Ihnen einen Übersetzungsauftrag über 1.200 € geschickt. Melden Sie sich an, um ihn anzunehmen.",
           "Guten Tag {first}, Ihr Konto wurde eingeschränkt. Bitte bestätigen Sie Ihre Daten über den Link."],
    "fr": ["Bonjour {first}, un client vous a envoyé une commande de traduction de 1 650 €. Connectez-vous pour la confirmer.",
           "Bonjour {first}, votre compte sera suspendu sous 24 h. Vérifiez vos informations ici."],
    "es": ["Hola {first}, un cliente te ha enviado un encargo de traducción de 980 €. Inicia sesión para aceptarlo.",
           "Estimado/a {first}, su cuenta ha sido limitada. Verifique sus datos en el enlace."],
    "it": ["Ciao {first}, un cliente ti ha inviato un incarico di traduzione da 1.100 €. Accedi per accettarlo.",
           "Gentile {first}, il suo account è stato sospeso. Verifichi i dati al link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Annelies Verhaegen", "Project manager | Vertaalbureau Verhaegen, Gent", "Gent",
  ("inv", "Bonjour Alex, on cherche un interprète FR/NL/EN pour une assemblée générale à Namur le 14 octobre, 6 h de consécutive. "
          "On paie 650 € la journée + déplacement. Votre profil correspond, vous seriez disponible ?"),
  ("rem",), nl="fr")
P("good_invitation", "en", "Pieter De Smet", "Freelance NL>EN translator | medical & pharma", "Antwerp",
  ("inv", "Hi Alex, fellow freelancer here (Antwerp). I've built a NL/FR/EN glossary of Belgian court terms over the years and I'm happy to "
          "share it, it's just a spreadsheet. Saw your post about the tribunal de l'entreprise mess - thought it might save you some pain."))
P("good_invitation", "fr", "Sandrine Lebrun", "Responsable communication | Mutualité chrétienne", "Bruxelles",
  ("inv", "Bonjour, nous devons faire traduire notre rapport annuel (env. 18 000 mots, FR vers NL et EN) pour fin novembre. "
          "Pourriez-vous nous faire une offre de prix ? Je vous envoie le fichier dès qu'on est connectés."))
P("good_invitation", "de", "Katrin Baumgartner", "Konferenzdolmetscherin AIIC | DE-EN-FR", "Wien",
  ("inv", "Hallo Alex, wir kennen uns vom Kabinenteam beim EWSA im Juni. Ich stelle gerade ein kleines Team für eine Tagung in Luxemburg zusammen "
          "(25.–26.10., FR-Kabine) und wollte fragen, ob du Zeit hättest. Honorar nach AIIC-Sätzen."),
  ("rem",))
P("good_invitation", "en", "Dr. Rosalind Achterberg", "Lecturer, Translation Studies | KU Leuven", "Leuven",
  ("inv", "Dear Alex, I coordinate the MA translation internships at Leuven. Would you give a free guest talk to our students on running a "
          "freelance business in Brussels? Forty minutes, online or on campus, whenever suits you. They'd learn loads."))
P("good_invitation", "es", "Lucía Garrido Montes", "Intérprete de conferencias ES/EN/FR | Madrid", "Madrid",
  ("inv", "Hola Alex! Soy intérprete en Madrid y este otoño preparo las oposiciones de la UE. ¿Te puedo hacer un par de preguntas sobre "
          "cómo fue tu test de acreditación? No quiero robarte mucho tiempo, solo dudas concretas."))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Dumont", "Étudiant | Gestion", "Liège", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Joris Van den Broeck", "Sales | B2B | SaaS", "Mechelen", ("inv", NONOTE))
P("default_invitation", "it", "Fabio Lanzetta", "Consulente | Formazione aziendale", "Bari", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Ryan Holt", "Account Executive | TermFlow CAT", "Dublin",
  ("inv", "Hi Alex - still paying for a Trados licence every year? TermFlow is cloud-based, reads SDLXLIFF and our freelancer plan is "
          "EUR 9/month. Happy to set you up with a 20-minute walkthrough this week if you're curious."))
P("sales_invitation", "fr", "Mélanie Chaput", "Fondatrice | WordMint Academy – formations pour traducteurs", "Montpellier",
  ("inv", "Bonjour Alex ! J'aide les traducteurs indépendants à passer de 0,08 à 0,15 €/mot grâce à mon programme « Tarifs sereins ». "
          "Prochaine session en octobre, il reste 4 places. On en parle en visio ?"),
  ("rem",))
P("sales_invitation", "de", "Oliver Brandstätter", "Versicherungsmakler für Freiberufler", "Aachen",
  ("inv", "Guten Tag, als Selbstständige/r in Belgien sind Sie bei der Berufshaftpflicht oft unterversichert. Ich biete Übersetzern einen "
          "kostenlosen Policen-Check und passende Tarife an. Wann passt Ihnen ein kurzes Telefonat?"))
P("sales_invitation", "en", "Anika Sharma", "Growth | LingoLeads – clients for language pros", "Bengaluru",
  ("inv", "Hey Alex, we get freelance translators 5-10 direct client leads a month, no agency cut. Packages start at $149. "
          "Can I send you a sample lead list for Belgium?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Marc Vandersteen", "President | International Guild of Certified Linguists", "Brussels",
  ("inv", "Alex, I'm gathering Brussels-based translators into an informal guild: shared term bases, peer review, a drink once a month. "
          "No fee, just colleagues helping colleagues. Would be glad to count you in."),
  ("msg", "Great to have you! Quick update: to be listed in the Guild directory that agencies browse, members take our certification "
          "track (EUR 395, exam included). I can reserve you a seat in the November cohort - shall I send the payment link?", (3, 9)),
  ("msg", "Hi Alex, just checking in on the certification. Early-bird price ends Friday, after that it's EUR 495.", (4, 8)), nl="en")
P("bait_and_switch_invitation", "fr", "Véronique Hermans", "Coordinatrice | Cercle des traducteurs francophones de Belgique", "Wavre",
  ("inv", "Bonjour Alex, je lance un cercle de traducteurs francophones en Belgique pour échanger nos difficultés (tarifs, clients qui paient tard…). "
          "Première rencontre en ligne jeudi, entre collègues. Vous rejoignez ?"),
  ("msg", "Merci d'avoir rejoint le cercle ! Pour info je suis aussi conseillère en prévoyance indépendants : pension libre complémentaire, "
          "revenu garanti… Je fais un bilan offert à chaque membre, on fixe un rendez-vous ?", (4, 10)), nl="fr")
P("bait_and_switch_invitation", "de", "Stefan Lohmeier", "Gründer | Übersetzer-Stammtisch Rheinland", "Köln",
  ("inv", "Hi Alex, ich habe eine Frage unter Kollegen: Wie rechnest du in Belgien Eilzuschläge ab? Ich sitze gerade an einem Angebot für einen "
          "Brüsseler Kunden und will nicht daneben liegen. Danke dir!"),
  ("msg", "Danke für die Vernetzung! Übrigens: Ich habe ein Online-Seminar \"Preise verhandeln für Sprachprofis\" entwickelt, 4 Module, 290 €. "
          "Für dich 20 % Rabatt mit dem Code KOLLEGE. Soll ich dir den Link schicken?", (2, 7)),
  ("msg", "Hallo Alex, nur kurz: der Rabatt gilt noch bis Sonntag. Melde dich gern!", (5, 9)))
P("bait_and_switch_invitation", "en", "Giorgia Pellegrini", "Localisation consultant | Free resources for linguists", "Bologna",
  ("inv", "Hello Alex! I put together a free style guide template for FR/EN legal translation - happy to send it over, no strings. "
          "Let's connect as fellow language people."),
  ("msg", "Here's the link as promised :) By the way, my agency Babelcloud MT offers post-editing packages for freelancers who want to "
          "double their output. Could we schedule a demo call next week? I have slots Tue/Wed.", (2, 6)), nl="en")
P("bait_and_switch_invitation", "fr", "Jean-Philippe Mertens", "Interprète | Fondateur de la Communauté Interprètes Belgique", "Namur",
  ("inv", "Salut Alex, on monte une communauté d'interprètes belges pour se repasser les missions qu'on ne peut pas prendre. "
          "Ça t'intéresse d'en faire partie ?"),
  ("msg", "Super de t'avoir avec nous. Pour accéder au tableau des missions, l'abonnement est de 29 €/mois (ou 290 €/an). "
          "Je t'envoie le formulaire d'inscription ?", (3, 8)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Hamid Rezaei", "Director | European Translators Alliance", "Rotterdam",
  ("inm", "Invitation: honorary membership", "Dear Alex, our Alliance selects a few experienced linguists each year for honorary membership, "
          "based on their public work. You have been nominated. Reply and I will tell you more."),
  ("inm", "Re: Invitation: honorary membership", "Dear Alex, thank you. To activate honorary membership, a one-time administration fee "
          "of EUR 180 covers your certificate and listing. Pay via the link below and you will receive your badge within 48 hours."))
P("bait_and_switch_inmail", "fr", "Clémence Fauvel", "Coach pour traducteurs indépendants", "Bordeaux",
  ("inm", "Petite question entre traducteurs", "Bonjour Alex, je fais une petite enquête auprès des traducteurs indépendants : "
          "qu'est-ce qui vous prend le plus de temps en dehors de la traduction elle-même ? Vos réponses m'aideront beaucoup, merci !"),
  ("inm", "Suite à votre réponse", "Merci Alex ! Justement, mon accompagnement « Traducteur rentable » règle exactement ça : 6 semaines, "
          "890 €, paiement en 3 fois possible. Je vous propose un appel découverte de 30 min ?"),
  ("inm", "Dernières places", "Bonjour Alex, il reste 2 places dans la promo de novembre. Je vous les garde ?"))
P("bait_and_switch_inmail", "it", "Davide Orsini", "Founder | Rete Traduttori Indipendenti", "Roma",
  ("inm", "Un glossario gratuito per te", "Ciao Alex, ho visto che traduci anche dall'italiano. Ti regalo il nostro glossario IT-FR di termini "
          "notarili, lo usiamo in tanti. Se ti interessa rispondimi e te lo mando."),
  ("inm", "Il glossario + una proposta", "Eccolo! E visto che ci siamo: con l'abbonamento Premium di GlossaPro (12 €/mese) hai accesso a "
          "tutti i 40 glossari e alla memoria condivisa. Ti attivo la prova?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Bram Claes", "Freelance subtitler EN/NL | Netflix vendor", "Leuven",
  ("end",), ("msg", "hey Alex, just endorsed you for {skill} 👍 would you mind returning the favour? I'm trying to get my subtitling "
                    "skills up the list before a vendor test. thanks!!", (1, 4)), nl="en")
P("endorse_me_back", "fr", "Hélène Wauters", "Traductrice juridique NL-FR | assermentée", "Bruxelles",
  ("end",), ("end",), ("msg", "Coucou Alex, je t'ai recommandée pour {skill} et deux autres compétences. Tu peux me rendre la pareille "
                               "quand tu as une minute ? Ça aide pour le référencement, merci d'avance !", (1, 5)))
P("endorse_me_back", "es", "Marcos Ruiz Calderón", "Traductor EN/FR>ES | Localización de videojuegos", "Valencia",
  ("end",), ("msg", "Hola Alex, te he validado en {skill}. Si puedes, valídame tú también en Localización y Traducción, "
                    "que estoy actualizando el perfil. ¡Gracias!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Dwayne Carver", "CEO | QuickLingo Translations", "Manchester",
  ("inv", "Hi Alex, we're growing our FR pool. Rates are EUR 0.04/word, steady volume. Connect and I'll send the NDA."),
  ("inm", "Your silence", "Ignoring a connection request from someone offering you WORK. Brilliant. No wonder freelancers complain there's "
          "no money in this industry. Good luck."))
P("hostility_after_decline", "fr", "Laurent Gillard", "Gérant | Agence Trad'Express", "Charleroi",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Refus", "Je vois que vous n'acceptez pas ma demande. C'est assez prétentieux pour quelqu'un qui vit de la traduction. "
          "On se souviendra de vous chez nous, croyez-moi."))
P("hostility_after_decline", "de", "Uwe Kästner", "Geschäftsführer | Sprachdienst Kästner", "Dortmund",
  ("inv", "Guten Tag, ich suche Übersetzer FR>DE für Bedienungsanleitungen. Vernetzen wir uns?"),
  ("inm", "Unprofessionell", "Sie halten es nicht einmal für nötig, auf eine Anfrage zu reagieren? Das ist schlicht unprofessionell. "
          "So behandelt man keine potenziellen Auftraggeber."))
P("hostility_after_decline", "it", "Serena Bassi", "Traduttrice | Content writer", "Napoli",
  ("inv", "Ciao Alex, anche io traduco dal francese, mi piacerebbe conoscerti e magari scambiarci qualche consiglio!"),
  ("rem",),
  ("inm", "...", "Vabbè, evidentemente sei troppo importante per accettare una collega. Che tristezza questa arroganza, davvero."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Nadine Vercauteren", "Vendor Manager | Polyglot Partners BV", "Ghent",
  ("msg", "Hi Alex, we have a 12k-word insurance manual FR>EN, deadline 8 October. Our budget is EUR 0.05/word. Can you confirm by tomorrow?"),
  ("msg", "Honestly, turning down 0.05 and lecturing me about 'market rates' is rich. There are a hundred translators in India who'd be grateful "
          "for this. Don't expect us to call you again, you've made yourself unemployable with us.", (1, 3)), nl="en")
P("hostility_connection", "fr", "Francis Delcourt", "Directeur | Delcourt Formation Langues", "Mons",
  ("msg", "Bonjour Alex, je propose des cours de néerlandais intensifs pour indépendants bruxellois, 1 200 € le module. Intéressé(e) ?"),
  ("msg", "Toujours pas de réponse ? Je rappelle que nous sommes connectés, un minimum de politesse serait apprécié.", (4, 9)),
  ("msg", "Franchement, votre attitude est lamentable. Pas étonnant que vous restiez freelance toute votre vie.", (3, 7)))
P("hostility_connection", "de", "Birgit Hollweg", "Inhaberin | Hollweg Übersetzungen", "Eupen",
  ("acc",),
  ("msg", "Hallo Alex, ich hätte einen Auftrag Jura FR>DE, 6.000 Wörter, wir zahlen 0,06 € pro Wort. Interesse?", (2, 6)),
  ("msg", "0,12 €? Sie sind wohl größenwahnsinnig. Mit so einer Einstellung werden Sie in Ostbelgien keinen Fuß in die Tür bekommen.", (1, 3)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Tom Hendrickx", "Accountant for freelancers | Freelance Finance Plus", "Brussels",
  ("msg", "Hi Alex, quarter-end is coming. We do bookkeeping and VAT returns for freelance translators from EUR 79/month. Want a quote?"),
  ("msg", "Hi again - we're running a 2-months-free offer for new clients until the 15th. Shall I send the contract?", (8, 14)), nl="en")
P("connection_only_pitches", "fr", "Aurélie Pirard", "Conseillère | Solutions d'assurance pour indépendants", "Louvain-la-Neuve",
  ("msg", "Bonjour Alex, avez-vous pensé à votre revenu garanti en cas de maladie ? Je fais des offres sur mesure pour les indépendants."),
  ("msg", "Bonjour, je me permets de revenir vers vous : un rendez-vous de 20 minutes suffit pour comparer vos contrats actuels.", (6, 12)),
  ("msg", "Dernier message de ma part : l'offre PLCI avec avantage fiscal se termine fin octobre. Je reste à votre disposition.", (6, 12)))
P("connection_only_pitches", "es", "Iñaki Sarasola", "Fundador | Babelcloud MT", "San Sebastián",
  ("msg", "Hola Alex, ¿ya pruebas la posedición? Con Babelcloud MT los traductores triplican su productividad. ¿Te hago una demo?"),
  ("msg", "¡Hola de nuevo! Tenemos un plan freelance a 19 €/mes, el primer mes gratis. ¿Te activo la cuenta?", (7, 13)))


# =============================================================== single_pitch
P("single_pitch", "en", "Claire Osborne", "Founder | Voice & Verve – voice-over agency", "London",
  ("msg", "Hi Alex! We're launching a voice-over add-on for translators: you translate, we record. 15% referral on every project. Fancy a chat?"))
P("single_pitch", "fr", "Grégoire Van Acker", "Consultant web | sites pour indépendants", "Uccle",
  ("msg", "Bonjour Alex, votre site date un peu… Je crée des sites vitrines pour traducteurs à partir de 890 €, référencement compris. "
          "Je vous envoie des exemples ?"), nl="fr")
P("single_pitch", "de", "Jana Riedel", "Vertrieb | GlossaPro Terminologie-Software", "Leipzig",
  ("msg", "Hallo Alex, falls Ihre Termbank noch in Excel liegt: GlossaPro importiert sie in 2 Minuten. Darf ich Ihnen einen Testzugang einrichten?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Sofie Janssens", "Freelance translator FR/EN>NL | EU institutions", "Brussels",
  ("msg", "Alex, the DG TRAD tender for FR>EN freelance lots is out, deadline 22 Oct. Thought of you straight away. Link's in the OJ, "
          "ref 2021/S 178. Happy to compare notes on the financial form if you go for it."),
  ("msg", "Also - the CBTI is running a free online session on the new tender rules next Tuesday evening. I'll be there if you want company.", (3, 8)), nl="en")
P("connection_brings_value", "fr", "Thierry Lambotte", "Chef de projet | Lexica Language Services", "Bruxelles",
  ("msg", "Bonjour Alex, nous avons une relecture EN>FR de 4 500 mots (rapport annuel d'une fondation) pour le 20/09. "
          "Tarif 45 €/h, environ 8 h estimées. Ça vous tente ?"),
  ("msg", "Merci pour le travail impeccable. Le client en redemande : 9 000 mots de traduction en octobre à 0,14 €/mot. Je vous bloque ?", (10, 18)))
P("connection_brings_value", "de", "Miriam Engel", "Terminologin | Europäische Kommission", "Luxemburg",
  ("msg", "Hallo Alex, ich habe unsere IATE-Auszüge zum Digital Services Act in einer sauberen TBX-Datei zusammengefasst (DE/FR/EN/NL). "
          "Magst du sie? Frei nutzbar, ich freue mich nur über Fehlermeldungen."))
P("connection_brings_value", "it", "Chiara Ventimiglia", "Interprete di conferenza IT/FR/EN | AIIC", "Milano",
  ("msg", "Ciao Alex! Ti giro il glossario che ho preparato per la riunione del Comitato delle Regioni sulla coesione, "
          "sappiamo tutti e due quanto sono criptici. Se ti serve anche la versione FR ce l'ho."),
  ("msg", "Ah, e se il 4 novembre sei libero: mi serve un collega in cabina francese a Bruxelles, tariffa piena SCIC. Fammi sapere!", (5, 12)))
P("connection_brings_value", "en", "Emma Lindqvist", "Senior Localization PM | Pixelbridge Games", "Stockholm",
  ("end",),
  ("msg", "Hey Alex, thanks again for the Belgian French pass on our last patch. We've got 22k words of UI strings for the next expansion, "
          "EUR 0.12/word, Nov 15. Want it?", (2, 9)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Harriet Coombes", "Talent Partner | Linguist recruitment | Sterling Language Group", "London",
  ("inm", "In-house FR/EN legal translator role - Brussels", "Hello Alex, I'm recruiting an in-house senior legal translator for a "
          "law firm on Avenue Louise. Permanent, EUR 62-70k, hybrid. Your profile stood out; open to a confidential conversation?"))
P("stranger_inmail_recruiter", "fr", "Isabelle Renard", "Responsable du pool d'interprètes | Parlement de Wallonie", "Namur",
  ("inm", "Recherche interprètes freelance NL>FR", "Bonjour Alex, nous constituons une liste d'interprètes freelance pour nos commissions. "
          "Rémunération de 580 € par journée, frais de déplacement remboursés. Souhaitez-vous recevoir le dossier de candidature ?"))
P("stranger_inmail_recruiter", "de", "Frank Ostermann", "Recruiting | Sprachwerk GmbH", "Berlin",
  ("inm", "Festanstellung Übersetzer/in FR–DE", "Hallo Alex, wir suchen für unser Team eine/n Übersetzer/in Französisch-Deutsch, Vollzeit oder 80 %, "
          "remote aus Belgien möglich, 54.000 € brutto. Hätten Sie Interesse an einem Gespräch?"))
P("stranger_inmail_recruiter", "es", "Paloma Ibarra", "Vendor Manager | Traducciones Alhambra", "Granada",
  ("inm", "Proyecto FR>ES – manuales técnicos", "Hola Alex, buscamos un revisor FR>ES para un proyecto de 60.000 palabras "
          "(maquinaria agrícola), de noviembre a enero. Pagamos 0,035 €/palabra de revisión. ¿Te interesaría hacer una prueba pagada?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Blake Morrison", "Sales | WordMint Academy", "Toronto",
  ("inm", "Alex, 3 ways to raise your rates", "Hi Alex, most translators undercharge by 30%. Our masterclass shows you how to fix that in 6 weeks. "
          "Enrolment closes Friday, $497. Book your spot here."))
P("stranger_inmail_sales", "fr", "Yannick Roussel", "Commercial | Imprimerie Roussel", "Tournai",
  ("inm", "Vos cartes de visite", "Bonjour, nous imprimons des cartes de visite premium pour professions libérales, 500 ex. pour 49 €. "
          "Je vous envoie un devis ?"),
  ("inm", "Relance cartes de visite", "Je me permets de vous relancer pour nos cartes, offre valable jusqu'au 30."))
P("stranger_inmail_sales", "it", "Luca Bernardini", "Business Development | LingoLeads Italia", "Milano",
  ("inm", "Clienti diretti per traduttori", "Buongiorno Alex, con LingoLeads ricevi ogni settimana richieste di preventivo da aziende italiane. "
          "Il pacchetto base costa 99 €/mese. Posso farti vedere come funziona?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Wouter Peeters", "Conference interpreter NL/FR/EN | trainer", "Brussels",
  ("inv", "Alex, we met at the CBTI drinks. I run a free practice group for consecutive note-taking on Saturday mornings in Etterbeek. "
          "A couple of ex-SCIC people come. You'd be welcome!"),
  ("msg", "Saturday's speeches are in the shared folder, plus my list of symbols. See you next week?", (3, 8)),
  ("msg", "Alex, between us: I've launched a paid prep course for the EU accreditation test, 1,450 EUR for 10 weeks. Since you come to the group "
          "I can offer 10% off. Want the enrolment link?", (4, 10)), nl="en")
P("good_turns_ugly", "fr", "Nathalie Collignon", "Traductrice littéraire | Autrice", "Liège",
  ("inv", "Bonjour Alex, je partage chaque mois une liste de maisons d'édition belges qui cherchent des traducteurs. Gratuit, entre nous. "
          "Je vous ajoute ?"),
  ("msg", "Voici la liste d'octobre : trois éditeurs cherchent du NL>FR, dont un pour une BD. Bonne chance !", (3, 8)),
  ("end",),
  ("msg", "Au fait, je t'ai recommandée pour la traduction. Tu pourrais me recommander aussi pour « Traduction littéraire » ? "
          "Ça m'aiderait pour une bourse.", (1, 4)))
P("good_turns_ugly", "de", "Dieter Falkenberg", "Übersetzer DE/FR | Technische Dokumentation", "Saarbrücken",
  ("inv", "Hallo Alex, Kollegenfrage: Kennst du eine gute Quelle für belgisch-französische Begriffe im Arbeitsrecht? Ich komme mit "
          "den französischen Wörterbüchern nicht weiter."),
  ("msg", "Danke für den Tipp mit dem Moniteur belge, hat mir sehr geholfen!", (2, 6)),
  ("msg", "Hallo Alex, ich vertreibe jetzt nebenbei die CAT-Software TermFlow. Die Lizenz kostet 240 € im Jahr, ich kann dir einen "
          "Rabatt geben. Wollen wir mal telefonieren, damit ich sie dir vorführe?", (5, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Gavin Reilly", "Partnerships | TermFlow CAT", "Cork",
  ("inm", "TermFlow for freelancers", "Hi Alex, TermFlow's freelancer plan is EUR 9/month and handles every Trados format. "
          "Can I book you in for a quick demo?"),
  ("inv", "Hi Alex! I'd love to follow your work on Belgian legal terminology, great posts lately. Let's connect."))
P("reinvite_known_bad", "fr", "Sébastien Noël", "Conseiller | Gestion de patrimoine", "Waterloo",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, j'ai vu que vous étiez interprète, ma fille fait des études de traduction à Mons, on pourrait échanger un jour ?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Priyanka Desai", "Community lead | Global Freelance Linguists Network", "Mumbai",
  ("inm", "You're invited: free linguist network", "Hi Alex, we run a free global network of translators who share overflow jobs. "
          "Could I add you? Just reply yes."),
  ("inm", "Welcome + next step", "Welcome! To see the job board, members choose the Pro plan at USD 39/month. I'll send the checkout link."),
  ("inv", "Hi Alex, hope you're well, would be great to connect here as well :)"))
P("reinvite_known_ugly", "fr", "Didier Smolders", "Gérant | Agence TraduPlus", "Anvers",
  ("inv", "Bonjour, traductions NL>FR régulières, 0,05 €/mot. Intéressé ?"),
  ("inm", "Pas de réponse", "Vous ignorez ma demande ? Quelle arrogance. Des traducteurs comme vous, on en trouve à la pelle."),
  ("inv", "Bonjour Alex, sans rancune ? Nous avons un nouveau client dans le secteur pharmaceutique, j'aimerais vous en parler."), nl="fr")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Olivia Brandt", "Founder | Brandt Localisation Consulting", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! By the way, I help translators package their services for direct clients. My audit is EUR 350, "
          "want me to send details?", (2, 8)))
P("user_invited_pitch_once", "fr", "Régis Thonon", "Directeur commercial | Bureau Thonon Comptabilité", "Namur",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Je m'occupe de la comptabilité de plusieurs traducteurs indépendants. Si vous voulez changer de comptable, "
          "je vous fais un devis gratuit.", (1, 6)))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Nikhil Bhatt", "Co-founder | Babelcloud MT", "Berlin",
  ("acc",),
  ("msg", "Hi Alex, glad we're connected. Babelcloud now supports Belgian French and Flemish variants. 14-day trial? I can set it up.", (2, 7)),
  ("msg", "Alex, we just launched team pricing: 3 seats for 49 EUR/month. Worth a 15-min call?", (6, 12)))
P("user_invited_pitch_twice", "it", "Federica Gallo", "Formatrice | Corsi online per traduttori", "Torino",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Sto lanciando il corso 'Traduzione per il marketing', 6 lezioni a 320 €. Ti interessa?", (2, 6)),
  ("msg", "Ciao di nuovo, ultimi 3 posti per il corso a prezzo lancio. Ti mando il link di iscrizione?", (5, 10)))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr. Hugo Desmet", "Head of Language Services | Belgian Federal Parliament", "Brussels",
  ("acc",),
  ("msg", "Thanks for reaching out, Alex. We do take freelance translators for peak periods. Send your CV and language combinations to the "
          "unit's address and mention my name; rates are fixed by framework contract (EUR 0.11-0.13/word).", (1, 5)), nl="en")
P("user_invited_value", "fr", "Marie-Claire Goffin", "Traductrice jurée | Présidente de commission CBTI", "Liège",
  ("acc",),
  ("msg", "Merci de m'avoir contactée ! Pour l'assermentation, le registre national change en janvier : voici le lien vers la procédure "
          "et la liste des formations juridiques gratuites reconnues. N'hésitez pas si vous avez d'autres questions.", (2, 6)))
P("user_invited_value", "es", "Andrés Villaverde", "Traductor jurado EN/FR>ES", "Sevilla",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como hablamos, te paso la plantilla de certificación que usamos en España para traducciones "
          "juradas, por si te llega algún cliente español. Cualquier duda, aquí estoy.", (2, 7)))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Geneviève Thys", "Traductrice indépendante NL>FR", "Bruxelles", ("acc",))
P("acceptance_only", "en", "Lars Mertens", "Project Manager | Lexica Language Services", "Brussels", ("acc",))
P("lone_endorsement", "en", "Noor El Amrani", "MA student, Translation | ULB", "Brussels", ("end",))
P("lone_endorsement", "it", "Tommaso Ricci", "Traduttore EN/FR>IT", "Trieste", ("end",))


# =============================================================== more voices
P("good_invitation", "en", "Jeroen Willems", "Event manager | Flanders Expo", "Ghent",
  ("inv", "Hi Alex, I'm organising a three-day medtech congress in Ghent (17-19 Nov) and need two EN/FR interpreters for the plenary. "
          "Our budget is EUR 700 per day per interpreter, booths and tech handled. Could you send availability?"),
  ("rem",), nl="en")
P("default_invitation", "de", "Heinz Pöschl", "Selbstständig", "Graz", ("inv", DEFAULT), ("rem",))
P("stranger_inmail_recruiter", "it", "Margherita Lodi", "Project Manager | Studio Lodi Traduzioni", "Genova",
  ("inm", "Incarico FR>IT settore nautico", "Buongiorno Alex, abbiamo un cliente nel settore nautico con 15.000 parole di schede tecniche FR>IT "
          "da consegnare entro fine ottobre. Offriamo 0,10 €/parola, pagamento a 30 giorni. Sarebbe disponibile?"))
P("single_pitch", "es", "Rocío Almansa", "Comercial | Coworking Babel Bruselas", "Bruselas",
  ("msg", "¡Hola Alex! Abrimos un coworking para profesionales de idiomas en Ixelles. Puesto fijo por 190 €/mes, el primer mes a mitad de precio. "
          "¿Te paso a ver el espacio?"))
P("connection_only_pitches", "en", "Ethan Kowalczyk", "Founder | SubtitleSprint", "Warsaw",
  ("msg", "Hi Alex, SubtitleSprint auto-spots subtitles for you, so you only translate. Freelancer licence 29 EUR/month - want a trial?"),
  ("msg", "Quick follow-up: we added Belgian French voices for AI dubbing. Happy to demo it for you on a call this week.", (6, 12)),
  ("msg", "Last one from me, promise: 40% off annual plans until Sunday.", (5, 10)))
P("hostility_after_decline", "es", "Óscar Valdivia", "CEO | Traducciones Low Cost SL", "Alicante",
  ("inv", "Hola Alex, buscamos traductores FR>ES para volumen alto. Pagamos 0,03 €/palabra. ¿Conectamos?"),
  ("inm", "Sin respuesta", "Veo que no te dignas a contestar. Así os va a los traductores, con tantos humos. No te preocupes, que no volveremos a escribirte."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Thierry Lambotte", "t.lambotte@lexica.example.be", "Bon de commande LX-2021-0917",
     "Bonjour Alex,\n\nCi-joint le bon de commande pour la relecture dont je vous ai parlé sur LinkedIn. Délai : 20/09, 17 h.\n\nThierry", "fr"),
    ("CBTI-BKVT", "info@cbti-bkvt.example.org", "Invitation : séance d'information marchés publics",
     "Chers membres,\n\nLa séance aura lieu mardi à 19 h en ligne. Partagez l'annonce sur LinkedIn si vous le souhaitez.", "fr"),
    ("ProZ.com", "noreply@proz.example.com", "New job posting: FR>EN, legal, 3,200 words",
     "A new job matching your language pair was posted. Log in to quote. Tip: link your LinkedIn profile to your ProZ profile.", "en"),
    ("Sofie Janssens", "sofie.janssens@mail.example.be", "DG TRAD tender - financial form",
     "Hi Alex,\n\nAs promised on LinkedIn, my notes on the financial form attached. Don't copy my prices :)\n\nSofie", "en"),
    ("Kurt Dewulf", "kurt@dewulf-accountants.example.be", "Aangifte btw Q3",
     "Dag Alex,\n\nvergeet je facturen van september niet door te sturen. PS: ik zag op LinkedIn dat je een nieuw contract hebt, proficiat!", "en"),
    ("SCIC Accreditation", "scic-accreditation@ec.example.eu", "Test d'accréditation – convocation",
     "Madame, Monsieur,\n\nVous êtes convoqué(e) au test d'accréditation le 18 novembre. Ne communiquez pas ces informations sur les réseaux sociaux, y compris LinkedIn.", "fr"),
    ("Memsource", "news@memsource.example.com", "What's new in October",
     "New QA checks, better XLIFF 2.0 support. Follow us on LinkedIn for weekly tips.", "en"),
    ("Katrin Baumgartner", "katrin@kabine.example.at", "Luxemburg 25.-26.10.",
     "Hallo Alex,\n\nich habe dir auch auf LinkedIn geschrieben. Hier die Unterlagen zur Tagung und das Programm.\n\nLG Katrin", "de"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot dev201 corpus. Generated by scripts/make_corpus_dev201.py (seed {SEED}); do not edit by hand.",
          "# September and October 2021 of a freelance translator and interpreter in Brussels who sells services: agencies and clients with paid "
          "jobs and rates, CAT-tool and course sellers, peers sharing glossaries, fake guild invitations that turn into pitches, recruiters, "
          "a rude agency after a refused low rate; French, English, German, Spanish, Italian. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Stories201(cs.EraStories):
    """Stories inside September and October 2021: each story starts early enough for its last mail to land in the window."""

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
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev201")
    args = ap.parse_args()
    check_notes()
    c = Stories201(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(8)
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
