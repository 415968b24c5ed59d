#!/usr/bin/env python3
"""Write mailbot's dev169 evaluation corpus: tests/corpus/dev169/*.eml + expected.toml.

The angle: two ordinary months (September and October 2016) of the user Alex, a freelance
translator in Brussels (FR/NL/DE into EN, some ES). The LinkedIn world of that trade:
agencies offering paid work, translation-memory and CAT-tool vendors, overpayment and
fake-client scams, fellow translators passing on jobs and glossaries, a seller of courses
for translators, and an agency that turns rude once Alex turns its rate down. Writers use
French (Belgian and French), English from Dutch speakers, native English, German and some
Spanish.

Most people appear in the 2016 layout; a few in the current one. The endorsement skills,
the job-alert titles, the headlines of spoof-only names and the pitches that spoofs carry
are swapped for this world in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev169.py              # writes tests/corpus/dev169
    python scripts/make_corpus_dev169.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20160905169

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ autumn 2016 in Brussels (this process only)
_LO = datetime(2016, 9, 1, 7, 0, tzinfo=timezone.utc)
_SPAN = int((datetime(2016, 10, 8, 18, 0, tzinfo=timezone.utc) - _LO).total_seconds())


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, _SPAN))


mc.Gen.start_date = _start_date
cs.GAPS.update({"rem": (5, 10), "acc": (0, 0), "end": (1, 6), "msg": (2, 9), "inm": (3, 9), "inv": (18, 26)})

# ------------------------------------------------------------------ translators' world (this process only)
SKILLS = {
    "en": ["Translation", "Localization", "Proofreading", "SDL Trados", "Legal Translation", "Subtitling"],
    "de": ["Übersetzung", "Lokalisierung", "Lektorat", "SDL Trados", "Fachübersetzung"],
    "fr": ["Traduction", "Localisation", "Relecture", "SDL Trados", "Traduction juridique"],
    "es": ["Traducción", "Localización", "Corrección de textos", "SDL Trados", "Traducción jurídica"],
    "it": ["Traduzione", "Localizzazione", "Revisione", "SDL Trados", "Traduzione giuridica"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Freelance Translator FR>EN (legal)", "Lexitrad Brussels"), ("In-house Reviser English", "EU Translation Centre"),
              ("Übersetzer/in Deutsch-Englisch (freiberuflich)", "Sprachwerk Köln"), ("Traducteur NL>FR indépendant", "Traductions Lemaire"),
              ("Localization Project Manager", "Polyglot Games")]
mc.COMPANIES["good"] = ["Chambre belge des traducteurs", "EU Translation Centre", "Lexitrad Brussels", "ITI", "Université de Mons",
                        "Traductions Lemaire"]
mc.COMPANIES["sales"] = ["WordForge CAT", "MemoBank TM", "LinguaLeads", "TransPro Academy", "FastGlot Agency", "TermCloud"]
mc.HEADLINES["good"] = ["Freelance translator DE>FR | {co}", "Vertaler NL-EN | {co}", "Project manager at {co}", "Conference interpreter, {co}",
                        "Terminologist | {co}"]
mc.HEADLINES["sales"] = ["Account Manager | {co}", "Sales Director EMEA at {co}", "Founder, {co}", "Business Developer | {co}"]
SPOOF_PITCH = {
    "en": ["Dear {first}, a client sent you a payment of EUR 2,450 for your translation. Log in to confirm your bank details and release the funds.",
           "Hi {first}, I shared the source files for the urgent legal job with you. Sign in to download them."],
    "de": ["Hallo {first}, ein Kunde hat Ihnen 1.980 EUR für Ihre Übersetzung überwiesen. Bitte melden Sie sich an, um die Zahlung freizugeben.",
           "Guten Tag {first}, ich habe Ihnen die Ausgangsdateien für den Eilauftrag freigegeben. Hier anmelden."],
    "fr": ["Bonjour {first}, un client vous a versé 2 300 EUR pour votre traduction. Connectez-vous pour confirmer vos coordonnées bancaires.",
           "Bonjour {first}, je vous ai partagé les fichiers du dossier urgent. Connectez-vous pour les télécharger."],
    "es": ["Hola {first}, un cliente le ha enviado 2.100 EUR por su traducción. Inicie sesión para confirmar sus datos bancarios.",
           "Hola {first}, te he compartido los archivos del encargo urgente. Inicia sesión para descargarlos."],
    "it": ["Buongiorno {first}, un cliente le ha inviato 2.100 EUR per la traduzione. Acceda per confermare i dati bancari.",
           "Ciao {first}, ti ho condiviso i file del lavoro urgente. Accedi per scaricarli."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("Freelance Legal Translator FR>EN at Lexitrad Brussels", "6 new jobs for \"translator\""),
           "news": "Will machine translation put translators out of work?",
           "group": "New in Translators in Belgium: who handles sworn translations in Leuven?", "newsletter": "The Freelance Linguist: chasing late invoices"},
    "de": {"job": ("Übersetzer/in Deutsch-Englisch bei Sprachwerk Köln", "4 neue Jobs für \"Übersetzer\""), "news": "Wie gut ist maschinelle Übersetzung wirklich?",
           "group": "Neu in Übersetzer-Netzwerk: Erfahrungen mit Across?", "newsletter": "Sprachmittler-Brief: Herbst 2016"},
    "fr": {"job": ("Traducteur NL>FR indépendant chez Traductions Lemaire", "5 nouvelles offres pour « traducteur »"),
           "news": "La traduction automatique va-t-elle remplacer les traducteurs ?",
           "group": "Nouveau dans Traducteurs et interprètes de Belgique : tarifs pour l'assermentation", "newsletter": "La lettre du traducteur indépendant – octobre"},
    "es": {"job": ("Traductor jurídico EN>ES en Lexitrad", "3 nuevos empleos para «traductor»"), "news": "¿Sustituirá la traducción automática a los traductores?",
           "group": "Novedades en Traductores autónomos: tarifas por palabra", "newsletter": "El boletín del traductor – octubre"},
    "it": {"job": ("Traduttore giuridico presso Lexitrad", "3 nuove offerte per «traduttore»"), "news": "La traduzione automatica sostituirà i traduttori?",
           "group": "Novità in Traduttori freelance: tariffe a parola", "newsletter": "Il bollettino del traduttore – ottobre"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Véronique Delvaux", "Traductrice jurée NL-FR | Chambre belge des traducteurs", "Liège",
  ("inv", "Bonjour Alex, on s'est croisés à la journée de la CBTIP à Namur. Je coordonne l'atelier gratuit du 15 octobre sur les outils de "
          "terminologie (salle à l'ULB, café offert). Il reste 6 places, je pensais à toi."),
  ("rem",))
P("good_invitation", "en", "Pieter Van den Broeck", "Senior project manager | Lexitrad Brussels", "Brussels",
  ("inv", "Hello Alex, I got your name from Hilde at the Chamber. We are searching a FR>EN translator for a 40k words contract for a law firm, "
          "delivery in November, our normal rates. Can I send you the details and a test of 300 words?"), nl="en")
P("good_invitation", "de", "Annika Wessel", "Übersetzerin DE/EN/FR | BDÜ", "Aachen",
  ("inv", "Hallo Alex, ich habe gesehen, dass Sie auch Kartellrecht übersetzen. Ich baue mit zwei Kolleginnen ein gemeinsames Glossar DE-EN-FR "
          "zu EU-Wettbewerbsrecht auf, frei für alle, die mitmachen. Lust, dabei zu sein?"))
P("good_invitation", "es", "Lucía Carrasco", "Traductora e intérprete EN/FR>ES | Freelance", "Granada",
  ("inv", "Hola Alex! Soy la de la lista de Proz que preguntaba por el tema de las facturas con IVA intracomunitario. Me quedó una duda "
          "sobre cómo lo haces tú en Bélgica, ¿te puedo escribir?"),
  ("rem",))
P("good_invitation", "en", "Fiona McBride", "Lecturer in Translation Studies | University of Mons", "Mons",
  ("inv", "Hi Alex, we run a mentoring scheme pairing final-year MA students with working freelancers - an hour a month over coffee, unpaid but "
          "fun. A colleague said you might be up for it. Could I tell you more?"), nl="en")
P("good_invitation", "fr", "Jean-Marc Thiry", "Responsable du service linguistique | Commune d'Ixelles", "Ixelles",
  ("inv", "Bonjour, nous ouvrons un appel à traducteurs indépendants pour la liste de réserve de la commune (traductions FR-NL-EN, marché public "
          "publié sur e-Procurement). Si ça vous intéresse, je vous envoie le lien du cahier des charges."))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Lambotte", "Commercial | Imprimerie", "Charleroi", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Rahul Mehta", "Localization Vendor Manager", "Pune", ("inv", DEFAULT))
P("default_invitation", "de", "Jürgen Pfaff", "Geschäftsführer | Sprachdienstleistungen", "Düsseldorf", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Marisol Ortega", "Community Manager", "Madrid", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tanya Brooks", "Account Executive | WordForge CAT", "Dublin",
  ("inv", "Hi Alex, freelancers tell us they lose hours a week fighting their CAT tool. WordForge Pro is cloud based, reads your Trados TMs and costs "
          "half. Fancy a 20 minute demo next week? I can do a launch discount."))
P("sales_invitation", "fr", "Grégory Masson", "Directeur commercial | MemoBank TM", "Lille",
  ("inv", "Bonjour Alex, MemoBank vend des mémoires de traduction alignées FR-EN (juridique, finance) de plus de 2 millions de segments. "
          "Idéal pour gagner en productivité. Je peux vous envoyer nos tarifs ?"),
  ("rem",))
P("sales_invitation", "en", "Dirk Janssens", "Owner | LinguaLeads - clients for translators", "Antwerp",
  ("inv", "Dear Alex, are you also tired of waiting for agencies? We find direct clients for freelance translators. First month is 149 euro, "
          "after that only commission. Shall we plan a call this week?"), nl="en")
P("sales_invitation", "de", "Sabine Horn", "Beraterin | Altersvorsorge für Selbständige", "Köln",
  ("inv", "Hallo Alex, als Freiberuflerin denkt man selten an die Rente. Ich berate Übersetzer und Dolmetscher zu Vorsorge und "
          "Berufsunfähigkeit. Darf ich Ihnen in einem kurzen Gespräch zeigen, was möglich ist?"))
P("sales_invitation", "es", "Álvaro Benítez", "Director | TraduWeb Marketing", "Valencia",
  ("inv", "Hola Alex, diseñamos webs para traductores autónomos que consiguen clientes por Google. Paquete completo desde 590 €. "
          "¿Te envío ejemplos y presupuesto?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Marco de Vries", "Founder | Translators' Circle Benelux", "Utrecht",
  ("inv", "Hi Alex, I started a small circle of freelance translators in Belgium and the Netherlands, we share tips about clients and rates "
          "and meet online once a month. Would be nice to have you in!"),
  ("msg", "Thanks for accepting Alex! Small thing: from october the circle works with a premium membership, 35 euro per month, included is "
          "our rate calculator and a listing in our directory for clients. Here is the link to subscribe.", (3, 8)),
  ("msg", "Hi Alex, I did not see your subscription yet. This week there is a 20% reduction if you pay the full year, don't miss it!", (6, 10)), nl="en")
P("bait_and_switch_invitation", "fr", "Aurélie Vandamme", "Traductrice & coach pour traducteurs", "Tournai",
  ("inv", "Bonjour Alex, j'ai rédigé un petit guide gratuit « Fixer ses tarifs en 2017 » pour les traducteurs indépendants belges. "
          "Connectons-nous, je te l'envoie avec plaisir."),
  ("msg", "Coucou Alex, tu as pu lire le guide ? Si tu veux aller plus loin, mon programme « Traducteur rentable » (6 semaines, 490 €) "
          "démarre le 3 novembre. Je te réserve une place ?", (4, 9)))
P("bait_and_switch_invitation", "de", "Thorsten Lüdke", "Übersetzer | Gründer TermCloud", "Hamburg",
  ("inv", "Hallo Alex, kurze Frage unter Kollegen: Wie gehen Sie mit Terminologie aus mehreren Kundenprojekten um? Ich sammle gerade Erfahrungen "
          "für einen Fachartikel im MDÜ."),
  ("msg", "Danke für die Vernetzung! Genau für dieses Problem haben wir TermCloud entwickelt, 12 € im Monat, die ersten 14 Tage gratis. "
          "Soll ich Ihnen einen Zugang anlegen?", (2, 6)))
P("bait_and_switch_invitation", "es", "Nerea Goikoetxea", "Traductora jurada | Asociación de traductores autónomos", "Bilbao",
  ("inv", "Hola Alex, estamos creando una comunidad de traductores autónomos europeos para compartir encargos que nos sobran. "
          "¿Te unes? Es gratis."),
  ("msg", "¡Gracias por unirte! Te cuento que para recibir encargos de la comunidad hay que darse de alta en el plan Pro (29 €/mes). "
          "Te dejo el enlace de pago.", (5, 10)),
  ("msg", "Alex, ¿has visto el mensaje anterior? Solo quedan 10 plazas en el plan Pro con el precio de lanzamiento.", (5, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Mr. Richard Coleman", "Director | Coleman Estates Ltd", "London",
  ("inm", "Translation job - 12 documents", "Dear Alex, I found your profile and I need 12 property documents translated from French to English "
          "for my business in Belgium. Budget is not a problem. Please send your quote and your full name and address for the payment."),
  ("inm", "Re: Translation job - payment sent", "Dear Alex, my accountant made a mistake and sent a cheque of 3,900 euro instead of 1,450. "
          "Please cash it and transfer the difference to my shipping agent by Western Union today, then start the work."), nl="en")
P("bait_and_switch_inmail", "fr", "Paul-Henri Demoulin", "Président | Réseau Traduction Wallonie-Bruxelles", "Namur",
  ("inm", "Invitation : annuaire des traducteurs de Wallonie-Bruxelles", "Bonjour Alex, nous recensons les traducteurs indépendants de la région pour "
          "un annuaire de référence consulté par les PME. L'inscription est ouverte, pouvez-vous nous confirmer vos langues ?"),
  ("inm", "Votre fiche dans l'annuaire", "Bonjour Alex, merci pour votre réponse. Votre fiche est prête : la publication coûte 180 € HTVA par an "
          "(tarif de bienvenue). Je vous envoie la facture ?"))
P("bait_and_switch_inmail", "de", "Dr. Helmut Brandauer", "Geschäftsführer | Brandauer Pharma Consulting", "Wien",
  ("inm", "Übersetzungsauftrag Zulassungsunterlagen", "Sehr geehrte/r Alex, wir suchen für ein Zulassungsdossier (ca. 18.000 Wörter DE-EN) "
          "eine erfahrene Übersetzerin. Könnten Sie uns Ihre Verfügbarkeit im Oktober mitteilen?"),
  ("inm", "Vorab: Testübersetzung & Registrierung", "Vielen Dank für Ihre Rückmeldung. Für unseren Lieferantenpool ist vorab eine "
          "Registrierungsgebühr von 95 € zu entrichten, danach erhalten Sie die Dateien. Bankdaten anbei."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Sanne Peeters", "Freelance translator NL/EN>FR", "Ghent",
  ("end",),
  ("msg", "Hey Alex! I endorsed you for {skill} 🙂 Could you do the same for me, Translation and Proofreading? I am updating my profile "
          "for agencies and it looks empty. Thanks a lot!"), nl="en")
P("endorse_me_back", "fr", "Olivier Renard", "Traducteur technique EN>FR", "Mons",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour deux compétences, ce serait sympa de me rendre la pareille (Traduction technique, SDL Trados). "
          "Ça aide vraiment pour le référencement. Merci d'avance !"))
P("endorse_me_back", "de", "Katrin Vogler", "Übersetzerin EN>DE | Lektorin", "Leipzig",
  ("end",),
  ("msg", "Liebe Alex, ich habe Sie für {skill} empfohlen. Würden Sie mich im Gegenzug für Lektorat und Übersetzung bestätigen? "
          "Ich bewerbe mich gerade bei zwei Agenturen. Danke!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Jason Whitfield", "Sales Manager | FastGlot Agency", "Manchester",
  ("inv", "Hi Alex, FastGlot pays freelancers within 90 days and we have a steady flow of FR>EN work at 0.04 per word. Let's connect!"),
  ("rem",),
  ("inm", "Seriously?", "Alex, I see you ignored my invite. Typical freelancer attitude, you think you are too good for agency work. "
          "Good luck paying your rent with that arrogance."))
P("hostility_after_decline", "fr", "Cédric Wauters", "Gérant | Wauters Consulting", "Wavre",
  ("inv", DEFAULT),
  ("inm", "Pas très confraternel", "Bonjour, je constate que vous n'avez pas accepté ma demande. Franchement, pour quelqu'un qui vit de la "
          "communication, c'est assez minable. On ne se fermera pas toutes les portes comme ça dans un petit pays comme la Belgique."), nl="fr")
P("hostility_after_decline", "de", "Rüdiger Sander", "Inhaber | Sander Übersetzungen", "Bonn",
  ("inv", "Guten Tag, wir suchen Übersetzer für Kundenaufträge zu fairen Konditionen. Vernetzen wir uns?"),
  ("inm", "Ihre Reaktion", "Guten Tag, dass Sie meine Anfrage einfach ignorieren, finde ich unhöflich und unprofessionell. "
          "So macht man sich in der Branche keinen Namen. Ich werde Sie bestimmt nicht weiterempfehlen."))
P("hostility_after_decline", "es", "Ramón Villalba", "CEO | Villalba Traducciones", "Sevilla",
  ("inv", "Hola Alex, tenemos mucho volumen de EN>ES, pagamos 0,03 la palabra con TM. ¿Conectamos?"),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, veo que ni te dignas a contestar. Muy poco profesional por tu parte. Con esa actitud no vas a llegar "
          "a ningún lado en esta profesión."))


# =============================================================== hostility_connection (incl. the agency that turns rude after a rate refusal)
P("hostility_connection", "en", "Bram Claes", "Vendor manager | Polyglot Solutions", "Mechelen",
  ("msg", "Hi Alex, thanks for connecting. We have a new client in the pharma sector, 25k words FR>EN, deadline end of october. "
          "Are you available? Please send your rate."),
  ("msg", "Thanks for the quote. 0.12 is way too high for us, the client can pay max 0.06 per word, and that is with fuzzy matches discounted. "
          "Take it or leave it."),
  ("msg", "Honestly Alex, refusing 25k words in this market is unbelievable. You freelancers are all the same, greedy and unreliable. "
          "Don't expect us to contact you again, we will remember this."), nl="en")
P("hostility_connection", "fr", "Sylvie Baudouin", "Directrice | Agence Trad'Express", "Paris",
  ("msg", "Bonjour Alex, nous aurions un gros volume de contrats commerciaux NL>FR pour un client fidèle. Êtes-vous disponible en octobre ?"),
  ("msg", "Alex, votre tarif de 0,11 € est hors marché. On travaille avec des traducteurs tout aussi compétents à 0,06 €. Vous devriez revoir "
          "vos prétentions."),
  ("msg", "Je prends note de votre refus. Sachez que votre réponse était d'une arrogance rare. Avec une telle attitude, je doute que vous "
          "teniez longtemps comme indépendante."))
P("hostility_connection", "de", "Frank Möller", "Vertrieb | SprachPlus GmbH", "Frankfurt",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Annehmen! Wir bieten Übersetzern eine eigene Landingpage mit SEO für 39 € im Monat. Interesse?"),
  ("msg", "Schade, dass Sie nicht mal antworten. Sehr unhöflich. Da braucht man sich nicht wundern, wenn man keine Kunden bekommt."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Lisa Hartley", "Course creator | TransPro Academy", "Bristol",
  ("msg", "Hi Alex! Our online course 'Transcreation for Marketing' opens enrolment tomorrow. Early bird is 249 GBP instead of 399. Here is the link."),
  ("msg", "Last chance Alex: early bird ends Friday. 12 translators from Belgium already joined!"),
  ("msg", "Hi again, we added a payment plan: 3 x 89 GBP. Shall I reserve your seat?"))
P("connection_only_pitches", "fr", "Hervé Lecomte", "Conseiller | Assurances pour indépendants", "Bruxelles",
  ("msg", "Bonjour Alex, en tant qu'indépendante, êtes-vous bien couverte en cas de maladie ? Je vous propose un bilan gratuit de votre "
          "revenu garanti."),
  ("msg", "Bonjour Alex, je reviens vers vous pour ce bilan. J'ai un créneau mardi ou jeudi, lequel vous arrange ?"))
P("connection_only_pitches", "es", "Iván Serrano", "Partner Manager | WordForge CAT", "Barcelona",
  ("msg", "Hola Alex, ¿sigues con Trados? Te paso nuestra oferta de migración a WordForge: 50 % el primer año."),
  ("msg", "Alex, la oferta de migración acaba este mes. ¿Te hago una demo rápida por Skype?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Gareth Lloyd", "Accountant for freelancers | Lloyd & Co", "Cardiff",
  ("msg", "Hi Alex, hope you're well. We do bookkeeping and tax returns for freelance linguists across Europe, fixed fee 60 euro a month. "
          "Want me to send our price list?"))
P("single_pitch", "fr", "Nathalie Dupuis", "Fondatrice | Coworking Les Mots", "Bruxelles",
  ("msg", "Bonjour Alex ! On ouvre un coworking pour traducteurs et rédacteurs à Saint-Gilles, bureau fixe à 220 €/mois. Je vous fais visiter ?"))
P("single_pitch", "de", "Uwe Brenner", "Key Account | Diktiersoftware", "Stuttgart",
  ("msg", "Hallo Alex, viele Übersetzer diktieren inzwischen. Unsere Spracherkennung für Deutsch und Englisch gibt es diesen Monat 30 % günstiger. "
          "Soll ich Ihnen ein Angebot schicken?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Hilde Verhoeven", "Freelance translator NL/FR>EN | Chamber board member", "Leuven",
  ("msg", "Hi Alex, I have to say no to a job because I am fully booked: 8k words FR>EN for a notary in Brussels, good rate, end of month. "
          "I gave them your name, the contact is in my next mail if you want it."),
  ("msg", "Here you go: Maître Lacroix's office, ask for Sophie. She knows you are coming from me. Good luck!"), nl="en")
P("connection_brings_value", "fr", "Damien Collard", "Traducteur juridique | ancien juriste", "Bruxelles",
  ("end",),
  ("msg", "Salut Alex, comme promis à la réunion, je t'envoie mon glossaire droit des sociétés belge FR-NL-EN (1 200 entrées, format Excel et TBX). "
          "Fais-en ce que tu veux, et si tu vois des erreurs, dis-le-moi."))
P("connection_brings_value", "de", "Christiane Ebner", "Übersetzerin | Dozentin", "Eupen",
  ("msg", "Hallo Alex, kleiner Tipp: Die DG in Eupen sucht für 2017 Übersetzer FR-DE, die Ausschreibung läuft bis 20.10. Dachte an dich!"))
P("connection_brings_value", "es", "Pilar Montes", "Traductora EN/FR>ES", "Madrid",
  ("msg", "Hola Alex, ¿tienes sitio para una revisión de 3.000 palabras EN>ES? Es un cliente mío de toda la vida, paga bien y a 30 días. "
          "Yo no llego por una operación. Si te interesa te pongo en contacto."),
  ("msg", "Genial, ya le he escrito a Marta presentándote. Te contactará el lunes. ¡Mil gracias por echarme un cable!"))
P("connection_brings_value", "en", "Tom Verbeke", "Conference interpreter & translator | AIIC", "Brussels",
  ("msg", "Alex, the Commission's DGT has a call for freelance revisers EN, deadline in three weeks. Link is in the EU Tenders site, "
          "lot 3 is the one for you I think. Ping me if you want to team up for the bid."), nl="en")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Emma Schultz", "Vendor Manager | Acolad Group", "Paris",
  ("inm", "FR>EN legal translators wanted", "Hi Alex, we are expanding our pool of FR>EN legal translators for a long-term banking client. "
          "Volume is around 10-15k words a month, rate to be agreed based on your experience. Would you be interested in a short test?"))
P("stranger_inmail_recruiter", "fr", "Benoît Lejeune", "Chef de projet | Traductions Lemaire", "Namur",
  ("inm", "Projet de traduction NL>FR", "Bonjour Alex, nous avons un projet de 6 000 mots NL>FR (rapport annuel) à livrer pour le 24 octobre. "
          "Tarif 0,10 €/mot, paiement à 30 jours. Seriez-vous disponible ?"))
P("stranger_inmail_recruiter", "de", "Miriam Albers", "Projektmanagerin | Sprachwerk Köln", "Köln",
  ("inm", "Anfrage: Website-Lokalisierung DE>EN", "Hallo Alex, für einen Maschinenbaukunden lokalisieren wir die Website ins Englische, ca. 9.000 Wörter. "
          "Hätten Sie Kapazitäten ab dem 10.10.? Honorar nach Ihrer Preisliste."))
P("stranger_inmail_recruiter", "en", "Daniel Okafor", "Senior Recruiter | European Parliament contractor", "Luxembourg",
  ("inm", "Freelance reviser roster", "Dear Alex, we are building a roster of freelance English revisers for parliamentary documents over 2017. "
          "Work is remote, paid per page at the official tariff. If you would like to be considered, please reply with your CV."))
P("stranger_inmail_recruiter", "es", "Carmen Aguilar", "Localization Manager | Polyglot Games", "Madrid",
  ("inm", "Traductor/a EN>ES para un videojuego", "Hola Alex, buscamos traductores EN>ES para un juego de rol, unas 50.000 palabras entre noviembre "
          "y enero. ¿Te encaja? Te paso el brief y la tarifa."))


# =============================================================== stranger_inmail_sales (CAT and TM vendors, course seller, scam fee)
P("stranger_inmail_sales", "en", "Jordan Blake", "Growth | MemoBank TM", "Amsterdam",
  ("inm", "Boost your productivity 30%", "Hi Alex, MemoBank gives you access to 50M aligned segments across 24 languages. Freelancer plan only "
          "9.99/month. Start your free trial today!"),
  ("inm", "Your free trial is waiting", "Alex, you haven't started your trial yet. Translators who use MemoBank deliver faster. Activate now."))
P("stranger_inmail_sales", "fr", "Stéphanie Lorrain", "Formatrice | Académie de la post-édition", "Lyon",
  ("inm", "Formation post-édition certifiante", "Bonjour Alex, la traduction automatique arrive : notre formation certifiante en post-édition "
          "(20 h, 690 €) vous prépare. Prise en charge possible. Je vous envoie la brochure ?"))
P("stranger_inmail_sales", "en", "Global Translators Database", "Membership Team | GTD International", "Lagos",
  ("inm", "Get 10 jobs a month", "Dear Translator, join the Global Translators Database and receive up to 10 paid jobs every month. Lifetime "
          "registration only 75 USD. Limited places."))
P("stranger_inmail_sales", "de", "Oliver Rausch", "Sales | WordForge CAT", "Berlin",
  ("inm", "WordForge Pro: Herbstangebot", "Hallo Alex, WordForge Pro jetzt für 199 € statt 399 € – inklusive Trados-Import. "
          "Gilt bis 31. Oktober. Darf ich Ihnen eine Lizenz reservieren?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Joris Lemmens", "Translator NL>EN | Admin of Benelux Translators group", "Hasselt",
  ("inv", "Hi Alex, I am collecting the rates of freelancers in Belgium for an anonymous survey, the results go to everyone who participates. "
          "Would you join? Takes 3 minutes."),
  ("msg", "Thank you for filling in! As promised, here are the results: median FR>EN is 0.11, the PDF is attached with all pairs."),
  ("msg", "Hi Alex, I now offer a consulting package to help translators raise their rates, 3 sessions for 300 euro. Interested?"), nl="en")
P("good_turns_ugly", "fr", "Caroline Hennart", "Traductrice EN>FR", "Louvain-la-Neuve",
  ("inv", "Coucou Alex ! On était dans la même promo à l'ISTI, je suis retombée sur ton nom. Je cherche quelqu'un vers l'anglais pour des "
          "relectures croisées, échange de bons procédés ?"),
  ("msg", "Super, voici mon premier texte à relire, 900 mots. Envoie-moi le tien quand tu veux, je te le fais dans la semaine."),
  ("end",),
  ("msg", "Hello ! Je t'ai recommandée pour {skill}, tu peux me recommander pour Traduction et Relecture ? Merci ma belle !"))
P("good_turns_ugly", "de", "Stefan Kuhlmann", "Übersetzer | Betreiber von uebersetzer-tipps.de", "Dresden",
  ("inv", "Hallo Alex, ich schreibe eine Artikelserie über Übersetzer im EU-Umfeld und würde Sie gern kurz interviewen. Kostenlos, natürlich "
          "mit Link auf Ihr Profil."),
  ("msg", "Vielen Dank fürs Interview, hier ist der Artikel! Er ist gestern online gegangen."),
  ("msg", "Hallo Alex, noch ein Hinweis: Für 149 € im Jahr können Sie einen Premium-Eintrag in unserem Übersetzerverzeichnis buchen. "
          "Soll ich das für Sie einrichten?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Kate Summers", "Business Development | LinguaLeads", "London",
  ("inm", "Direct clients for translators", "Hi Alex, we help translators land direct clients. Would you like to book a call with our team?"),
  ("inv", "Hi Alex, we met at the Translation Forum in Brussels. Would be good to stay in touch!"))
P("reinvite_known_bad", "fr", "Fabrice Noël", "Agent commercial | Imprimerie Noël", "Namur",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, je relance ma demande, ce serait un plaisir de vous avoir dans mon réseau."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Sandra Evans", "Managing Director | Evans Language Services", "Leeds",
  ("inv", "Hi Alex, we need translators for our growing client base. Connect?"),
  ("inm", "Re: your silence", "Alex, ignoring people is extremely rude. I was offering you work. Shame on you."),
  ("inv", "Hi Alex, I hope we can start over. Let's connect."))
P("reinvite_known_ugly", "fr", "Michel Dardenne", "Fondateur | Club des traducteurs francophones", "Bruxelles",
  ("inm", "Club des traducteurs", "Bonjour Alex, notre club réunit des traducteurs francophones pour des échanges de pratiques. Voulez-vous nous rejoindre ?"),
  ("inm", "Adhésion", "Bonjour, l'adhésion annuelle au club est de 250 €, elle inclut nos formations en ligne. Je vous envoie le bulletin ?"),
  ("inv", "Bonjour Alex, je vous invite à rejoindre mon réseau professionnel."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Anouk de Graaf", "Product owner | TermCloud", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for the invite Alex! Since you do legal translation, you may like TermCloud Pro: shared termbases for 15 euro a month. "
          "Can I give you a trial?"), nl="en")
P("user_invited_pitch_once", "fr", "Laurent Cuvelier", "Conseiller en gestion de patrimoine", "Uccle",
  ("acc",),
  ("msg", "Merci pour l'invitation. Puisque vous êtes indépendante, je me permets de vous proposer un rendez-vous pour optimiser votre "
          "pension libre complémentaire. Quand seriez-vous disponible ?"))
P("user_invited_pitch_once", "es", "Rocío Fernández", "Socia | Agencia Lenguas Vivas", "Málaga",
  ("acc",),
  ("msg", "¡Gracias por la invitación! Te cuento que ofrecemos servicios de maquetación DTP para traductores a 3 € la página. "
          "¿Te mando tarifas?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ryan Cooper", "Sales Lead | LinguaLeads", "Manchester",
  ("acc",),
  ("msg", "Cheers for connecting! LinguaLeads can get you 5 qualified direct clients a month. Starter plan 99 euro. Want the details?"),
  ("msg", "Hi Alex, just bumping this. We have a special for Belgian translators this week."))
P("user_invited_pitch_twice", "de", "Melanie Roth", "Vertrieb | Diktat & Sprache GmbH", "Mainz",
  ("acc",),
  ("msg", "Danke für die Einladung! Darf ich Ihnen unsere Transkriptionssoftware vorstellen? 20 % Rabatt für Übersetzer."),
  ("msg", "Hallo Alex, ich wollte nochmal nachhaken wegen der Software. Soll ich Ihnen eine Testlizenz schicken?"))
P("user_invited_pitch_twice", "fr", "Arnaud Piette", "Commercial | Solutions web pour indépendants", "Liège",
  ("acc",),
  ("msg", "Merci d'avoir pensé à moi ! Je crée des sites multilingues pour traducteurs, à partir de 450 €. Un devis ?"),
  ("msg", "Re-bonjour Alex, je vous ai préparé une maquette pour votre futur site. On en discute cette semaine ?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Gemma Whitaker", "Translator FR/ES>EN | ITI member", "Brighton",
  ("acc",),
  ("msg", "Thanks for the add, Alex! As discussed at the conference, here is the style guide we use for EU texts in UK English, plus the link "
          "to the free IATE webinar on the 12th."))
P("user_invited_value", "fr", "Benjamin Goffin", "Chef de projet | Lexitrad Brussels", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour l'invitation ! On cherche justement un relecteur FR>EN pour un dossier de concurrence, 4 000 mots, à ton tarif. "
          "Je t'envoie les fichiers ?"))
P("user_invited_value", "de", "Lea Hofbauer", "Übersetzerin EN/FR>DE", "Wien",
  ("acc",),
  ("msg", "Danke für die Einladung! Wie besprochen: Hier ist meine Liste seriöser Agenturen mit gutem Zahlungsverhalten und die Blacklist "
          "der Zahlungsverweigerer. Gern weiterverbreiten."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Isabelle Gérard", "Interprète | Parlement européen", "Bruxelles", ("acc",))
P("acceptance_only", "en", "Maarten Wouters", "Translator EN>NL", "Antwerp", ("acc",))
P("lone_endorsement", "en", "Nina Jacobs", "MA student Translation | KU Leuven", "Leuven", ("end",))
P("lone_endorsement", "es", "Javier Molina", "Traductor técnico", "Zaragoza", ("end",))


# =============================================================== more voices
P("good_invitation", "en", "Ellen Dierickx", "Office manager | Dierickx Notarissen", "Ghent",
  ("inv", "Dear Alex, Hilde Verhoeven gave me your name. Our notary office needs a sworn translation of three deeds NL>EN this month. "
          "Could you tell me if you are available and how you work?"), nl="en")
P("bait_and_switch_invitation", "en", "Patrick O'Neill", "Freelance translator | ex-agency PM", "Cork",
  ("inv", "Hi Alex, fellow translator here. I have more FR>EN work than I can handle and I'm looking for someone to pass overflow to. "
          "Connect and I'll send some your way?"),
  ("msg", "Great to connect. To get into my overflow pool you need to complete my paid onboarding course (120 euro), so I know the quality "
          "matches. Link below.", (3, 7)))
P("stranger_inmail_recruiter", "fr", "Sophie Lacroix", "Assistante | Étude du notaire Lacroix", "Bruxelles",
  ("inm", "Traduction d'actes FR>EN", "Bonjour Alex, Mme Verhoeven nous a donné votre nom. Nous aurions trois actes de société à traduire vers "
          "l'anglais, environ 8 000 mots. Pourriez-vous nous envoyer votre devis ?"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Hilde Verhoeven", "hilde@verhoeven-translations.example.be", "Notary job",
     "Hi Alex,\n\nI also wrote you on LinkedIn but just in case: the notary contact is Sophie at Lacroix. They pay on time.\n\nHilde", "en"),
    ("Trad'Express Facturation", "compta@tradexpress.example.fr", "Bon de commande 2016-0917",
     "Bonjour,\n\nVeuillez trouver ci-joint le bon de commande. Retrouvez-nous sur LinkedIn pour nos prochaines offres.", "fr"),
    ("Richard Coleman", "coleman.estates.ltd@freemail.example", "Cheque posted",
     "Dear Alex,\n\nThe cheque is on its way as I told you on LinkedIn. Please transfer the difference as soon as it arrives.", "en"),
    ("ProZ.com", "noreply@proz.example.com", "New jobs matching your language pairs",
     "Hi Alex,\n\n4 new FR>EN jobs were posted today. Tip: link your LinkedIn profile to your ProZ profile.", "en"),
    ("SPF Finances", "noreply@minfin.example.be", "Votre déclaration TVA trimestrielle",
     "Madame, Monsieur,\n\nVotre déclaration TVA du 3e trimestre est attendue pour le 20 octobre.", "fr"),
    ("BDÜ Landesverband", "info@bdue-nrw.example.de", "Einladung: Stammtisch Aachen",
     "Liebe Kolleginnen und Kollegen,\n\nder nächste Stammtisch ist am 14.10. Fotos vom letzten Treffen gibt es auf unserer LinkedIn-Seite.", "de"),
    ("Lucía Carrasco", "lucia.carrasco@correo.example.es", "Facturas e IVA",
     "Hola Alex,\n\nte mandé invitación en LinkedIn, pero te escribo aquí también por si acaso. ¿Cómo pones el IVA en las facturas a España?\n\nLucía", "es"),
    ("Dropbox", "no-reply@dropbox.example.com", "Bram shared \"Pharma_FR-EN_source\" with you",
     "Bram Claes shared a folder with you. Click to view.", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _st in _s[6]:
        if _st[0] == "inv" and _st[1] != DEFAULT:
            assert len(_st[1]) <= 300, (_s[2], len(_st[1]))

_CUR = {"Tanya Brooks", "Jordan Blake", "Gemma Whitaker", "Iván Serrano", "Global Translators Database", "Marisol Ortega", "Anouk de Graaf"}
ERAS = {s[2]: "2016" for s in PEOPLE if s[2] not in _CUR}
HEADER = [f"# mailbot development corpus dev169. Generated by scripts/make_corpus_dev169.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance translator in Brussels, September-October 2016: agencies, CAT and TM vendors, scams, peers, a course "
          "seller, a rude agency. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev169", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
