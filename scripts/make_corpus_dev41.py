#!/usr/bin/env python3
"""Write mailbot's forty-first, independent development corpus: tests/corpus/dev41/*.eml + expected.toml.

The angle: the user Alex owns Salvia Pharmacy & Health, a chain of twelve pharmacies and
health stores around Barcelona and the Catalan coast. Their LinkedIn world: wholesalers and
buying cooperatives, brand reps for dermocosmetics, supplements and herbal lines, shop-fitters,
POS, robot and shelf-label vendors, pharmacists (peers in Spain, Italy, France, Germany and the
UK) swapping tips on rotas, shortages and the e-prescription, the pharmacists' college and
associations with free CPD evenings, pharmacy students asking for Erasmus+ or PhiP placements,
franchise networks and funds that want to buy or absorb the chain, marketing agencies for
pharmacies, and reps who turn nasty when they are ignored. People write Spanish, Italian,
French, German and English, some in a language other than the one LinkedIn uses for Alex.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the job-alert
titles and other LinkedIn mail topics, the headlines of spoof-only names and PYMK suggestions,
and the pitches that spoofs carry are swapped for pharmacy ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev41.py              # writes tests/corpus/dev41
    python scripts/make_corpus_dev41.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260841

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ pharmacy world (this process only)
SKILLS = {
    "en": ["Community Pharmacy", "Retail Pharmacy", "Pharmacy Management", "Multi-site Retail", "Pharmaceutical Care", "Health & Wellness Retail"],
    "de": ["Offizin-Pharmazie", "Apothekenmanagement", "Filialleitung", "Pharmazeutische Betreuung", "Einzelhandel"],
    "fr": ["Pharmacie d'officine", "Gestion d'officine", "Parapharmacie", "Soins pharmaceutiques", "Management multi-sites"],
    "es": ["Farmacia comunitaria", "Gestión de farmacias", "Atención farmacéutica", "Parafarmacia", "Retail multitienda"],
    "it": ["Farmacia territoriale", "Gestione della farmacia", "Parafarmacia", "Consulenza farmaceutica", "Retail multi-punto vendita"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Owner at Salvia Pharmacy & Health (12 pharmacies and health stores)",
             "de": "Inhaber bei Salvia Pharmacy & Health (12 Apotheken und Gesundheitsgeschäfte)",
             "fr": "Propriétaire chez Salvia Pharmacy & Health (12 pharmacies et boutiques santé)",
             "es": "Propietario en Salvia Pharmacy & Health (12 farmacias y tiendas de salud)",
             "it": "Titolare presso Salvia Pharmacy & Health (12 farmacie e negozi salute)"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
# spoof-only names and other LinkedIn mail lean to Spanish wording, the user's own setting
mc.LANGS[:] = ["es", "it", "fr", "de", "en"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.example.org", "nodkim",
                       "display:gmail.com", "buried", "wrongpass", "noauth", "lookalike:xn--linkedn-dza.com", "untrusted:mx.example.net.relay-gw.example"]
mc.CITY.update({"es": ["Barcelona", "Girona", "Tarragona", "Sitges", "Reus", "Valencia"], "it": ["Milano", "Bologna", "Pavia", "Bergamo", "Torino", "Cagliari"],
                "fr": ["Perpignan", "Montpellier", "Toulouse", "Lyon", "Paris", "Narbonne"]})
mc.JOBS[:] = [("Director/a de Operaciones – Cadena de Farmacias", "Grupo Farmavida"), ("Direttore di Farmacia", "Farmacie Comunali Riunite"),
              ("Pharmacien gérant – parapharmacie", "Pharmacies du Soleil"), ("Regionalleitung Apotheken (m/w/d)", "Rhein-Apotheken Verbund"),
              ("Head of Pharmacy Operations, Iberia", "Wellcare Group")]
mc.COMPANIES["good"] = ["Farmàcia Vidal", "Col·legi de Farmacèutics", "Università di Pavia", "Pharmacie du Castillet", "McCrae Pharmacy Group",
                        "Marien-Apotheke", "Farmacia Soler", "SEFAC"]
mc.COMPANIES["sales"] = ["Tillwise POS", "Apodesk Ladenbau", "Farmagrowth", "NutriVita", "PharmaRobotics", "Pharmavie+", "Derma Lumière", "QueueFree"]
mc.HEADLINES["good"] = ["Farmacéutica titular | {co}", "Farmacista presso {co}", "Pharmacien adjoint chez {co}", "Community Pharmacist at {co}",
                        "Apothekerin | {co}", "Estudiante de Farmacia | {co}", "Pharmacy Technician at {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Pharmacy | {co}", "Account Executive at {co}", "Business Developer presso {co}",
                         "Founder & CEO | {co}", "Responsable grands comptes officines | {co}", "Delegado comercial en {co}"]
SALES_SUBJECTS = {
    "en": ["Quick question", "Idea for Salvia", "15 minutes?", "Your parapharmacy sales", "Partnership"],
    "de": ["Kurze Frage", "Idee für Salvia", "15 Minuten?", "Ihre Freiwahl", "Zusammenarbeit"],
    "fr": ["Petite question", "Une idée pour Salvia", "15 minutes ?", "Vos ventes de parapharmacie", "Partenariat"],
    "es": ["Pregunta rápida", "Una idea para Salvia", "¿15 minutos?", "Vuestras ventas de parafarmacia", "Colaboración"],
    "it": ["Domanda veloce", "Un'idea per Salvia", "15 minuti?", "Le vendite di parafarmacia", "Collaborazione"],
}
for _l, _s in SALES_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _s
SPOOF_PITCH = {
    "en": ["Hi {first}, your wholesaler account is on hold because of an unpaid delivery. Sign in to the secure portal to release today's orders.",
           "Hello {first}, a batch recall affects products in your stores. Log in to confirm which branches received the lot."],
    "de": ["Hallo {first}, Ihr Großhandelskonto wurde wegen einer offenen Rechnung gesperrt. Bitte melden Sie sich an, um die Lieferungen freizugeben.",
           "Guten Tag {first}, ein Chargenrückruf betrifft Ware in Ihren Filialen. Bitte bestätigen Sie den Bestand über den sicheren Link."],
    "fr": ["Bonjour {first}, votre compte grossiste est suspendu pour une facture impayée. Connectez-vous pour débloquer les commandes du jour.",
           "Bonjour {first}, un rappel de lot concerne vos officines. Connectez-vous pour indiquer les quantités en stock."],
    "es": ["Hola {first}, tu cuenta con la distribuidora está bloqueada por un albarán pendiente. Inicia sesión para liberar los pedidos de hoy.",
           "Hola {first}, hay una alerta de retirada de lote que afecta a tus farmacias. Entra en el enlace para confirmar las unidades."],
    "it": ["Ciao {first}, il tuo conto con il grossista è bloccato per una fattura non pagata. Accedi per sbloccare gli ordini di oggi.",
           "Gentile {first}, un richiamo di lotto riguarda le sue farmacie. Acceda per confermare le giacenze."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «director de farmacias»", "Tu alerta de empleo de director de farmacias en {city}", "Ver empleo"),
    news=("¿Llegan las cadenas de farmacias a España?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Titulares de Farmacia España", "Estas son las conversaciones más destacadas de tu grupo"),
    newsletter=("Detrás del mostrador: la farmacia que no se ve", "Nueva edición de un boletín al que estás suscrito"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «direttore di farmacia»", "Il tuo avviso di lavoro per direttore di farmacia a {city}", "Visualizza offerta"),
    news=("Farmacia dei servizi: a che punto siamo?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Farmacisti Titolari Italia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Il bancone: storie di farmacia di quartiere", "Nuova edizione di una newsletter a cui sei iscritto"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « pharmacien gérant »", "Votre alerte emploi pour pharmacien gérant à {city}", "Voir l'offre"),
    news=("Les officines face aux ruptures de stock : l'hiver de trop ?", "Les actualités du jour de LinkedIn News"),
    group=("Meilleures discussions dans Pharmaciens titulaires de France", "Voici les meilleures discussions de votre groupe cette semaine"),
    newsletter=("Au comptoir : chroniques d'officine", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Filialleitung Apotheke“", "Ihr Jobalarm für Filialleitung Apotheke in {city}", "Job anzeigen"),
    news=("E-Rezept: Was hat sich für die Vor-Ort-Apotheke verändert?", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in Apothekeninhaber:innen Netzwerk", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Hinter dem HV-Tisch: Notizen aus der Offizin", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.OTHER["en"].update(
    job=("{n} new jobs for \"pharmacy operations director\"", "Your job alert for pharmacy operations director in {city}", "View job"),
    news=("Can independent pharmacies survive the online giants?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Independent Pharmacy Owners Europe", "Here are the top conversations in your group this week"),
    newsletter=("The Dispensary Door: running a pharmacy that people trust", "New edition of a newsletter you subscribed to"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Montserrat Vidal", "Farmacéutica titular | Farmàcia Vidal, Reus", "Reus",
  ("inv", "Hola Alex, soy titular en Reus. He visto que en vuestras tiendas la parafarmacia tiene caja propia y me lo estoy planteando. "
          "Me surgen dudas con el programa de gestión y el inventario por separado. ¿Te puedo hacer un par de preguntas un día?"),
  ("rem",))
P("good_invitation", "es", "Jordi Casals", "Vocal de Formación | Col·legi de Farmacèutics de Barcelona", "Barcelona",
  ("inv", "Bon dia Alex! El jueves 14 hacemos en el Colegio una sesión sobre deprescripción en mayores polimedicados, 19:30h. "
          "Gratis para colegiados y con 0,8 créditos de formación continuada. Si vienes con tus adjuntos os guardo sitio."))
P("good_invitation", "es", "Martina Galli", "Studentessa di Farmacia (V anno) | Università di Pavia", "Pavia",
  ("inv", "Buongiorno! Sono al quinto anno di Farmacia a Pavia e cerco una farmacia in Spagna per il tirocinio Erasmus+ (6 mesi da febbraio, borsa pagata "
          "dall'università). Parlo spagnolo B2. Accogliete tirocinanti? Posso mandarle CV e lettera del tutor."),
  ("rem",), nl="it")
P("good_invitation", "en", "Lukas Brandstätter", "Pharmaziestudent, 2. Staatsexamen | LMU München", "München",
  ("inv", "Guten Tag, ich beginne im Mai mein Praktisches Jahr und darf ein halbes Jahr davon in einer öffentlichen Apotheke im EU-Ausland machen. "
          "Hätten Sie in einer Ihrer Apotheken Platz für einen PhiP? Spanisch B1, lerne fleißig weiter."), nl="de")
P("good_invitation", "en", "Fiona McCrae", "Community pharmacist & owner | McCrae Pharmacy Group (4 branches)", "Glasgow",
  ("inv", "Alex, caught your session at the FIP congress on keeping a pharmacist at every counter across a dozen sites. I'm at 4 branches, opening a 5th. "
          "Could we swap notes sometime? I'll happily send you our locum rota model in return."),
  ("rem",))
P("good_invitation", "fr", "Camille Dufresne", "Pharmacienne titulaire | Pharmacie du Castillet, Perpignan", "Perpignan",
  ("inv", "Bonjour Alex, titulaire à Perpignan ici. Avec trois confrères on monte un petit groupe transfrontalier pour se dépanner entre officines "
          "(ruptures, gardes, un flacon qui manque un samedi soir). Rien à vendre, juste de l'entraide. Ça vous tente ?"))
P("good_invitation", "it", "Roberto Sanna", "Medical Science Liaison | Ferraglia Pharma", "Cagliari",
  ("inv", "Buongiorno Alex, il 7 novembre a Barcellona teniamo una serata di formazione gratuita per farmacisti su dolore cronico e interazioni dei FANS, "
          "relatrice una farmacologa dell'UB. Nessun prodotto in sala, solo formazione. Le giro il programma?"))
P("good_invitation", "en", "Tom Ashcroft", "Owner, Ashcroft Chemists | Leeds", "Leeds",
  ("inv", "Hi Alex, Marta Soler (Farmacia Soler, Tarragona) said you're the one to ask about running a travel vaccination clinic across several shops. "
          "I'm setting one up in Leeds and 20 minutes of your experience would save me months. Coffee's on me next time you're over."))


# =============================================================== default_invitation
P("default_invitation", "es", "Rubén Ocaña", "Delegado comercial | Dermocosmética", "Valencia", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sandra Kolbe", "Ladenbau | Apothekeneinrichtung", "Bielefeld", ("inv", NONOTE))
P("default_invitation", "it", "Gianni Ferrante", "Agente di commercio – Integratori e fitoterapici", "Bari", ("inv", DEFAULT))
P("default_invitation", "fr", "Yannick Morvan", "Pharmacien adjoint", "Brest", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Chloe Baxter", "Marketing for healthcare brands | Content | Social", "Bristol", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Henrik Lorenzen", "Vertriebsleiter Südeuropa | Apodesk Ladenbau", "Bielefeld",
  ("inv", "Guten Tag, wir planen und bauen seit 40 Jahren Apotheken: Sichtwahl, Freiwahl, Beratungsinseln. Für Ketten ab 10 Standorten gibt es ein "
          "Rahmenkonzept mit festen Modulpreisen. Darf ich Ihnen bei einem Termin in Barcelona unsere Referenzen zeigen?"),
  ("rem",))
P("sales_invitation", "en", "Dylan Marsh", "Account Executive | Tillwise – POS for pharmacy & health retail", "Dublin",
  ("inv", "Hi Alex - Tillwise runs POS, loyalty and stock sync for 300+ pharmacies. Groups of 10+ stores usually cut stock-outs by a third in 90 days. "
          "Worth a 20-min look? I'd tailor the demo to your parapharmacy lines."))
P("sales_invitation", "fr", "Franck Delorme", "Directeur du développement | Réseau Pharmavie+", "Toulouse",
  ("inv", "Bonjour, notre réseau accompagne les pharmacies indépendantes qui veulent grandir sans perdre leur âme : centrale d'achat, enseigne, "
          "merchandising. Avec 12 points de vente vous seriez un membre de premier plan. Je vous présente nos conditions d'adhésion ?"),
  ("rem",))
P("sales_invitation", "es", "Nacho Berrocal", "CEO & Founder | Farmagrowth · Marketing para farmacias", "Madrid",
  ("inv", "¡Hola Alex! 👋 Ayudamos a cadenas de farmacias a multiplicar las ventas online de parafarmacia con Google Shopping y TikTok. "
          "Este mes me queda hueco para una auditoría gratis de tu ecommerce. ¿Te la preparo?"))
P("sales_invitation", "it", "Federico Anselmi", "Partner | Calder Pharma Capital – M&A farmacie", "Milano",
  ("inv", "Buongiorno, seguiamo per un fondo europeo l'acquisizione di catene di farmacie nell'area mediterranea e la sua rete di 12 punti vendita "
          "rientra nel profilo. Sarebbe disponibile per una conversazione riservata su una possibile valutazione?"))
P("sales_invitation", "en", "Kai Wendt", "Key Account Manager Iberia | NutriVita Supplements", "Hamburg",
  ("inv", "Hi Alex, I look after pharmacy chains in Iberia for NutriVita. Our new magnesium + B6 range ships with a free counter display and "
          "30-day sale-or-return for chains. Can I send samples to your head office and get 15 min with your buyer?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Esteban Quirós", "Fundador | Círculo de Titulares", "Zaragoza",
  ("inv", "Hola Alex, estoy juntando a unos pocos titulares con varias farmacias para vernos una vez al trimestre y hablar sin filtros de márgenes, "
          "personal y guardias. Nada comercial, todos somos del gremio. ¿Te apuntas?"),
  ("msg", "Gracias por aceptar, Alex. Te cuento cómo funciona el Círculo por dentro: somos el canal de adhesión de Farmared, la cooperativa de compras. "
          "La entrada son 3.500 € por farmacia y luego un 1,2 % sobre compras, a cambio de condiciones de grupo con los laboratorios. "
          "Para 12 farmacias te puedo hacer una propuesta cerrada. ¿Te paso el dossier y lo vemos el martes?", (3, 12)),
  ("msg", "Alex, ¿pudiste mirar el dossier? La tarifa de entrada sube en enero, si firmas antes te la congelo.", (8, 20)))
P("bait_and_switch_invitation", "it", "Sergio Valli", "Farmacista | 3 farmacie in Brianza", "Monza",
  ("inv", "Ciao Alex, anch'io farmacista, gestisco tre farmacie in Brianza. Una curiosità: come organizzate la rotazione dei banconisti tra i punti vendita? "
          "Noi d'estate andiamo in crisi con i turni."),
  ("msg", "Grazie mille! A proposito di turni: con un socio ho sviluppato TurnoFarma, un software di pianificazione per farmacie, 49 € al mese per "
          "punto vendita. Per 12 farmacie ti faccio un prezzo speciale. Ti mostro la demo giovedì pomeriggio?"))
P("bait_and_switch_invitation", "en", "Gemma Hartley", "Retail Health Insights | Free guides for pharmacy owners", "Manchester",
  ("inv", "Hi Alex, we've just published a free 40-page guide to growing the health & wellness aisle in pharmacies, with benchmarks from 200 stores. "
          "Happy to send you a copy, no strings attached."),
  ("msg", "Here's the guide as promised! One more thing while I have you: we also run done-for-you category reviews, £2,900 per store or £24k for a "
          "group your size, with planograms delivered in six weeks. Shall I put a proposal together for your 12?", (2, 6)),
  ("msg", "Hi Alex, just bumping this up. We've got one review slot left before Christmas.", (6, 15)))
P("bait_and_switch_invitation", "de", "Oliver Stahnke", "Netzwerk Apothekeninhaber Europa", "Hannover",
  ("inv", "Hallo Alex, wir sind ein europäisches Netzwerk von Inhabern mit mehreren Filialen. Austausch zu Digitalisierung, Personal, E-Rezept. "
          "Kostenlos und unter Kollegen. Sie wären eine Bereicherung für die Runde."),
  ("msg", "Schön, dass Sie dabei sind! Kurz zu unserem Netzwerkpartner RoboPharm: Kommissionierautomaten mit 8 % Mitgliederrabatt, bei 12 Filialen "
          "rechnet sich das schnell. Ich würde Ihnen gern einen Termin mit dem Vertrieb vor Ort organisieren. Passt Ihnen KW 42?", (4, 15)))
P("bait_and_switch_invitation", "fr", "Agnès Roussel", "Animatrice de communauté | Santé naturelle & bien-être", "Montpellier",
  ("inv", "Bonjour Alex, j'anime une communauté de professionnels de la santé naturelle (pharmaciens, naturopathes, herboristes) : partage de protocoles, "
          "webinaires gratuits chaque mois. Vos boutiques santé y ont toute leur place 🌿"),
  ("msg", "Merci de m'avoir acceptée ! Je voulais vous parler d'une belle opportunité : nos huiles essentielles bio se vendent très bien en officine, "
          "et en devenant distributeur (kit de démarrage 299 €) vous touchez aussi sur les ventes de votre équipe. On s'appelle cette semaine ?"),
  ("msg", "Petit rappel 🌸 la promo sur le kit se termine dimanche !"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Nathan Cole", "Partner | Apex Pharmacy Advisory", "Canterbury",
  ("inm", "From one operator to another", "Alex, I ran six pharmacies in Kent for 15 years before selling up. Curious how you're handling the squeeze on "
          "generics margins. We found a few things that actually worked and I'm happy to share them. Just hit reply."),
  ("inm", "Re: From one operator to another", "Thanks for getting back to me. As I mentioned, I now advise owners on exits. We have three buyers actively "
          "looking at Spain, and a 12-store group at your turnover could fetch a strong multiple. Our mandate fee is 2.5% on completion, nothing upfront. "
          "Shall we book a call next week?", (4, 12)))
P("bait_and_switch_inmail", "es", "Lorena Pizarro", "Organizadora | Jornadas de Farmacia Comunitaria de Levante", "Alicante",
  ("inm", "Invitación a mesa redonda", "Hola Alex, estamos preparando las III Jornadas de Farmacia Comunitaria de Levante y nos encantaría que contaras "
          "cómo gestionas doce farmacias sin perder el trato cercano. Mesa redonda de 45 minutos, en marzo, en Alicante. ¿Te animas?"),
  ("inm", "Mesa redonda: confirmación", "¡Qué bien que te interese! Para cerrar tu participación, los ponentes de empresa contratan uno de nuestros "
          "paquetes de visibilidad: stand básico 1.800 €, o patrocinio de la mesa 3.500 € con logo en toda la cartelería. Te mando la propuesta y me dices."))
P("bait_and_switch_inmail", "it", "Daniele Fumagalli", "Ricercatore di mercato | Osservatorio Farmacie Indipendenti", "Bologna",
  ("inm", "Indagine sulle catene indipendenti", "Gentile Alex, stiamo conducendo un'indagine gratuita sulle catene di farmacie indipendenti in Europa "
          "(personale, margini, servizi). Chi partecipa riceve il report completo. Le bastano 10 minuti: posso mandarle il questionario?"),
  ("inm", "Risultati e proposta", "Grazie per aver compilato! Dai suoi dati emerge che la sua rete avrebbe molto da guadagnare entrando nel circuito "
          "FarmaRete Plus: insegna, listini di gruppo e piattaforma e-commerce, con un canone di 650 € al mese per punto vendita. "
          "Le propongo una call con il nostro direttore sviluppo.", (6, 20)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Pilar Echevarría", "Farmacéutica adjunta | Nutrición y dietética", "Bilbao",
  ("end",), ("end",),
  ("msg", "Hola Alex!! Te he validado {skill} y alguna más, que te lo tienes ganado 😊 Una cosilla: estoy moviendo el CV para una plaza de "
          "nutrición en un hospital, ¿me validarías Nutrición clínica y Dietética? Me haría un favorazo."))
P("endorse_me_back", "de", "Thorsten Vollmer", "PTA | Berater Apothekenmarketing", "Bremen",
  ("end",),
  ("msg", "Moin Alex, hab Sie eben für {skill} bestätigt. Würden Sie mir umgekehrt \"Apothekenmarketing\" und \"Sichtwahlgestaltung\" bestätigen? "
          "Ich mach mich gerade selbstständig und jede Bestätigung zählt. Danke!"))
P("endorse_me_back", "en", "Ravi Menon", "Pharmacy Business Consultant | ex-Lloyds", "Leicester",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill}, well earned! If you've got a sec, a reciprocal endorsement for Pharmacy Operations and "
          "Retail Strategy would mean a lot. Cheers"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Jens Haberland", "Gebietsleiter Apotheken | Medivo Kosmetik", "Köln",
  ("inv", "Hallo Alex, ich betreue für Medivo die Apotheken in Südeuropa und würde Ihnen gern unsere neue Sonnenschutzlinie mit Einführungsrabatt vorstellen."),
  ("rem",),
  ("inm", "Ihre Ignoranz", "Drei Monate, keine Antwort. Ich habe Ihnen ein faires Angebot gemacht. Mit dieser Arroganz werden Sie in fünf Jahren von "
          "den großen Ketten geschluckt, und dann jammern Sie. Aber bitte, Ihre Entscheidung."))
P("hostility_after_decline", "es", "Tomás Lebrero", "Delegado de zona | Laboratorios Almensa", "Castellón",
  ("inv", "Hola Alex, soy el nuevo delegado de zona de Almensa. Me gustaría presentarme y pasarme por vuestras farmacias cuando te venga bien."),
  ("inm", "Sin respuesta", "Alex, llevo tres semanas intentando que me recibas. Tus encargadas me mandan a hablar contigo y tú ni contestas. "
          "Con esa actitud no me extraña que los laboratorios os den las peores condiciones. Un poco de educación no cuesta nada."))
P("hostility_after_decline", "it", "Ornella Ruggiero", "Informatrice scientifica | Integratori", "Napoli",
  ("inv", DEFAULT),
  ("inm", "Complimenti", "Ma si può? Ho chiesto solo un collegamento, non un appuntamento. Evidentemente chi ha dodici farmacie si crede chissà chi. "
          "Complimenti per la maleducazione, davvero."))
P("hostility_after_decline", "en", "Gary Pickford", "Director | ShelfSmart Retail Fixtures", "Birmingham",
  ("inv", "Alex, we've refitted 60 pharmacies across the UK and Spain with modular shelving that pays for itself in 18 months. Keen to show you a few before/after shots."),
  ("rem",),
  ("inm", "Manners", "Alex, I've sent you a connection request and two messages. A simple \"no thanks\" would do. It's people like you who make this job "
          "miserable. Don't bother replying now."))
P("hostility_after_decline", "fr", "Didier Castaing", "Directeur régional | Groupement Pharmacies Solidaires", "Narbonne",
  ("inv", "Bonjour, j'aimerais échanger avec vous sur l'avenir des officines indépendantes face aux chaînes et aux plateformes."),
  ("inm", "Sans réponse", "Monsieur, pas de réponse, rien. Je prends note. Ce genre de comportement en dit long sur la manière dont vous devez traiter "
          "vos équipes. Nous n'avions de toute façon pas besoin de vous dans le groupement."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Agustín Cuadrado", "Director comercial | Rótulos y Escaparates Levante", "Valencia",
  ("msg", "Buenas Alex, vi que estáis abriendo la farmacia de Sitges. Hacemos cruces LED, rotulación y escaparates para farmacias, con permisos "
          "municipales incluidos. ¿Te paso presupuesto para las doce y te hago precio por volumen?"),
  ("msg", "Alex, ¿viste lo del presupuesto? Te lo dejo en 1.950 € por cruz instalada."),
  ("msg", "Mira, Alex, no sé quién te crees. Te escribo con buena fe tres veces y ni un \"no me interesa\". Así os va a los de las cadenas, "
          "mucha foto en LinkedIn y cero educación. No te molesto más."))
P("hostility_connection", "it", "Valeria Conte", "Social media manager per farmacie | Studio Conte", "Torino",
  ("acc",),
  ("msg", "Ciao Alex, grazie per avermi aggiunta dopo Cosmofarma! Come ti dicevo allo stand, gestiamo i social di 40 farmacie: piano editoriale, "
          "reel e sponsorizzate a 690 € al mese per insegna. Ti preparo una proposta per Salvia?"),
  ("msg", "Scusa ma sei stato TU a chiedermi il collegamento. Poi sparisci? Sono due settimane che aspetto una risposta. Che modi. "
          "Non ti disturbo più, ma lasciatelo dire: così non si trattano le persone."))
P("hostility_connection", "en", "Shane Doherty", "Franchise Development | CarePoint Pharmacy Network", "Cork",
  ("msg", "Alex, straight to it: CarePoint is expanding into Spain and we'd love to bring your 12 stores under our banner. You keep day-to-day "
          "control, we bring the buying power. Royalty is 4% of turnover. Call this week?"),
  ("msg", "Suit yourself. When the discounters eat your lunch, don't come crying to us. You were warned, and frankly your silence says plenty "
          "about how you run things."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Frank Seidler", "Key Account Manager | PharmaRobotics GmbH", "Stuttgart",
  ("msg", "Hallo Alex, ein Kommissionierautomat spart in einer Apotheke Ihrer Größe rund 25 Stunden Personal pro Woche. Wir hätten im Frühjahr "
          "noch Installationskapazität für Spanien. Darf ich Ihnen ein Angebot für die drei größten Filialen rechnen?"),
  ("msg", "Guten Tag Alex, kleine Erinnerung: unser Leasingmodell ab 1.490 € im Monat gilt noch bis Quartalsende. Kurzes Telefonat?"),
  ("msg", "Hallo Alex, letzter Versuch von meiner Seite: Wir sind nächste Woche auf der Infarma in Barcelona, Halle 2. Ich reserviere Ihnen gern einen Demo-Slot."))
P("connection_only_pitches", "fr", "Sabrina Lenoir", "Chargée de clientèle grands comptes | Derma Lumière Laboratoires", "Lyon",
  ("msg", "Bonjour Alex, Derma Lumière arrive en Espagne ! Nos soins peaux sensibles se vendent à 2,5 rotations par mois en officine. "
          "Je vous propose un référencement dans vos 12 points de vente avec 30 % de remise de lancement. Un rendez-vous ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : nous offrons la tête de gondole les trois premiers mois. Dispo jeudi pour un appel ?"))
P("connection_only_pitches", "es", "Iván Pedrosa", "Consultor de expansión | Franquicias de salud", "Sevilla",
  ("msg", "Hola Alex, trabajo con una red de farmacias que está integrando cadenas independientes en Cataluña. Con doce puntos de venta tendrías "
          "condiciones de compra que ahora no tienes. ¿Te viene bien una videollamada de 30 minutos?"),
  ("msg", "Alex, te dejo el dossier de integración. Cuota de entrada según volumen y 2,5 % de royalty. ¿Lo comentamos el lunes?"))
P("connection_only_pitches", "en", "Holly Nash", "Growth Marketing | Pillbox Digital", "London",
  ("msg", "Hi Alex! Ran a quick audit on salviapharmacy - you're missing out on ~4k monthly searches for 'farmacia cerca' terms. We do local SEO for "
          "pharmacy groups from €1,200/month. Want the full report?"),
  ("msg", "Following up on the SEO audit, happy to walk you through it in 15 min. Friday work?"),
  ("msg", "Hi Alex, last one from me: we're onboarding two pharmacy groups in Spain next month and have room for one more. Shall I hold it for you?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Mirko Barone", "Area Manager Estero | Erbolario Verde Fitoterapia", "Bergamo",
  ("msg", "Ciao Alex, ti scrivo perché nei tuoi negozi salute ci starebbe benissimo la nostra linea di tisane e gemmoderivati bio. Margine del 45 %, "
          "espositore in omaggio. Posso passare a lasciarti il listino quando sono a Barcellona a fine mese?"))
P("single_pitch", "en", "Dan Whitlock", "Sales Director EMEA | QueueFree Kiosks", "Reading",
  ("msg", "Alex, saw the queue outside your Passeig de Gràcia store on a Saturday. Our self check-in kiosks let customers take a ticket for the "
          "pharmacist and browse meanwhile. Three-month pilot for one store at a reduced fee - fancy a call?"))
P("single_pitch", "fr", "Hugo Lacombe", "Responsable commercial | Étiquettes électroniques Affichéo", "Lille",
  ("msg", "Bonjour Alex, nos étiquettes électroniques mettent à jour vos prix dans les 12 boutiques depuis un seul écran, plus d'erreurs de "
          "prix en rayon. Je peux vous faire une démonstration en visio et un chiffrage pour l'ensemble du réseau ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Marta Soler", "Titular | Farmacia Soler, Tarragona", "Tarragona",
  ("msg", "Alex, te paso la hoja de registro de temperaturas de la nevera que nos dio por buena la inspección la semana pasada. Está en Excel, "
          "con alarmas de fuera de rango. Cámbiale el logo y listo."),
  ("msg", "Por cierto, te he presentado a Tom Ashcroft, un titular de Leeds que quiere montar vacunación del viajero. Buen tío, y sabe muchísimo de "
          "servicios. Creo que os podéis ayudar mutuamente."))
P("connection_brings_value", "it", "Francesco Aiello", "Farmacista titolare | Farmacia Aiello, Palermo", "Palermo",
  ("end",),
  ("msg", "Alex, ti giro una dritta: la sospensione orale di amoxicillina è di nuovo carente da noi e credo arriverà anche da voi. Ti allego la "
          "formula galenica che usiamo in laboratorio (stabilità 14 giorni in frigo), validata con il nostro ordine. Se ti serve te la spiego al telefono."))
P("connection_brings_value", "fr", "Nathalie Berthier", "Présidente | Association des pharmaciens transfrontaliers", "Perpignan",
  ("msg", "Bonjour Alex, notre prochaine soirée de formation aura lieu le 21 mai à Figueres : vaccination en officine des deux côtés de la frontière, "
          "avec une intervenante de l'ARS et un pharmacien catalan. Gratuite, repas compris, attestation de DPC délivrée. Vos adjoints sont les bienvenus."))
P("connection_brings_value", "de", "Dr. Katrin Albers", "Apothekerin | Fachapothekerin für Allgemeinpharmazie", "Freiburg",
  ("end",),
  ("msg", "Liebe Alex, wie versprochen unsere Checkliste für die erweiterte Medikationsberatung bei Polymedikation, auf Englisch übersetzt, "
          "damit Ihre Teams damit arbeiten können. Und das kostenlose Online-Seminar der Kammer am 12.3. ist für ausländische Kolleginnen offen."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Sunita Kaur", "Senior Recruiter, Retail Pharmacy | Wellcare Group", "London",
  ("inm", "Head of Pharmacy Operations, Iberia", "Hi Alex, I'm hiring a Head of Pharmacy Operations for Wellcare's new Iberian business: 40 stores by 2027, "
          "reporting to the Europe MD, based in Barcelona. Your track record building a 12-site group is exactly the profile. Package is competitive plus "
          "equity. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "es", "Carmen Villalobos", "Headhunter | Sector Salud y Farma", "Madrid",
  ("inm", "Dirección de operaciones – cadena de parafarmacias", "Buenos días, Alex. Busco para un cliente (cadena de parafarmacias con 60 tiendas) "
          "un/a director/a de operaciones. Reporta al CEO, Madrid o Barcelona, con plan de expansión en Portugal. Me encantaría contarte el detalle por teléfono."))
P("stranger_inmail_recruiter", "de", "Birgit Hansen", "Personalberaterin Healthcare | Hansen Executive Search", "Hamburg",
  ("inm", "Geschäftsführung Apothekenkooperation", "Guten Tag, für eine genossenschaftliche Apothekenkooperation mit 900 Mitgliedern suche ich eine "
          "Geschäftsführung mit eigener Filialerfahrung, gern mit internationalem Hintergrund. Sitz Hamburg, teilweise remote. Hätten Sie Interesse an einem vertraulichen Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Pauline Carré", "Partenariats officines | ParaMarket", "Paris",
  ("inm", "Vos produits sur ParaMarket", "Bonjour Alex, ParaMarket est la marketplace de parapharmacie qui monte en Espagne. Vous y listez votre "
          "catalogue, nous gérons le trafic : commission de 12 % seulement. Un rendez-vous de 20 min pour ouvrir votre compte vendeur ?"))
P("stranger_inmail_sales", "it", "Stefano Lupo", "Consulente energia per il retail | LuceNova", "Verona",
  ("inm", "Bolletta dei vostri negozi", "Buongiorno, con le nostre insegne e i faretti LED le farmacie risparmiano fino al 40 % sulla bolletta. "
          "Facciamo noi l'installazione, lei paga a rate con il risparmio. Le mando un preventivo?"))
P("stranger_inmail_sales", "en", "Jared Kline", "Co-founder | PharmaChat AI", "Austin",
  ("inm", "WhatsApp for your 12 pharmacies", "Hey Alex, PharmaChat answers your customers on WhatsApp 24/7: stock checks, opening hours, repeat "
          "prescriptions. Pharmacy groups see 30% fewer phone calls. Can I show you in 15 mins?"),
  ("inm", "Re: WhatsApp for your 12 pharmacies", "Hi Alex, quick bump. We just launched Spanish and Catalan voices, first month free for groups. Worth a look?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Claire Donovan", "Medical Education Manager | Hallam Consumer Health", "Nottingham",
  ("inv", "Hi Alex, we're running a free CPD-accredited webinar for pharmacy teams on gut health and antibiotic-associated diarrhoea, "
          "led by a GI consultant. No product talk. Would your counter staff find it useful? I can send the joining link."),
  ("msg", "Thanks for connecting! Here's the recording and the slides from Tuesday, plus the CPD certificate template for your team."),
  ("msg", "Hi Alex, hope the team enjoyed the session. Now that they know the science, would you consider ranging our new probiotic across your "
          "12 stores? Chain launch terms are 25% off plus a free gondola end for three months. Can I book 20 minutes with your buyer?", (10, 25)))
P("good_turns_ugly", "es", "Ainhoa Etxeberria", "Farmacéutica | Formadora en dermofarmacia", "San Sebastián",
  ("inv", "Kaixo Alex! Doy formación en dermofarmacia a equipos de mostrador y tengo un módulo corto sobre fotoprotección infantil que regalo "
          "a las farmacias antes del verano. Si te sirve para tus tiendas, te lo paso."),
  ("msg", "¡Aquí lo tienes! Presentación, casos prácticos y un test de 10 preguntas. Úsalo como quieras."),
  ("end",),
  ("msg", "Oye Alex, te he validado {skill}. Te importaría validarme Dermofarmacia y Formación de equipos? Estoy lanzándome como formadora "
          "freelance y me ayuda mucho."))
P("good_turns_ugly", "de", "Stefan Riedl", "Apotheker | Inhaber Marien-Apotheke Passau", "Passau",
  ("inv", "Hallo Alex, kurze Kollegenfrage: Wie habt ihr in Spanien die Rezeptsammlung für Heime organisiert, seitdem alles elektronisch läuft? "
          "Wir kämpfen hier gerade mit genau dem Thema."),
  ("msg", "Danke für die ausführliche Antwort! Im Gegenzug unsere Ablaufbeschreibung für die Heimversorgung, darf gern weiterverwendet werden."),
  ("msg", "Hallo Alex, noch was anderes: Ich bin inzwischen Regionalpartner bei VitalApo, der Kooperation mit eigener Dachmarke. Für Gruppen wie "
          "Ihre gibt es ein Einstiegspaket (Beitrag 390 € pro Filiale und Monat, dafür Einkaufskonditionen und Marketing). Wollen wir das mal besprechen?", (20, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Simone Tedeschi", "Sales Manager | Vetrina Digitale – schermi per farmacie", "Milano",
  ("inm", "Schermi in vetrina", "Buongiorno, installiamo monitor in vetrina con contenuti già pronti e spazi venduti alle aziende: la farmacia "
          "incassa parte della pubblicità. Posso presentarle il modello in una call?"),
  ("inv", "Buongiorno Alex, ci siamo incrociati a Cosmofarma, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "es", "Raquel Montoya", "Key Account | Distribución farmacéutica", "Murcia",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, coincidimos en la charla de Infarma sobre escasez de medicamentos. ¿Conectamos?"))
P("reinvite_known_bad", "en", "Brent Faulkner", "VP Sales | LoyalLoop – loyalty apps for pharmacies", "Boston",
  ("inv", "Hi Alex, LoyalLoop gives pharmacy chains a branded loyalty app in 6 weeks. Groups like yours see 18% more repeat visits. Quick demo?"),
  ("inv", "Hi Alex, really liked your comment in the thread on pharmacist-led services. Would be good to connect."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Ralf Hüsken", "Vertrieb | Apotheken-Kühlschränke & Medikamentenlagerung", "Dortmund",
  ("inv", "Hallo Alex, unsere DIN-konformen Medikamentenkühlschränke mit Datenlogger sind gerade im Angebot. Kurzes Gespräch?"),
  ("inm", "Na gut", "Hallo Alex, keine Antwort ist auch eine Antwort. Aber so behandelt man keine Leute, die Ihnen Arbeit abnehmen wollen. "
          "Kein Wunder, dass man über Sie hört, Sie seien schwierig."),
  ("inv", "Hallo Alex, neues Jahr, neue Chance? Vielleicht vernetzen wir uns ja doch."))
P("reinvite_known_ugly", "fr", "Olivier Garrigue", "Consultant | Études de marché santé", "Bordeaux",
  ("inm", "Étude gratuite sur les parapharmacies", "Bonjour Alex, nous réalisons une étude gratuite sur la parapharmacie en Europe du Sud. "
          "Les participants reçoivent le rapport complet. Auriez-vous 10 minutes ?"),
  ("inm", "Suite à l'étude", "Merci pour vos réponses ! Notre cabinet propose aussi un accompagnement pour passer votre parapharmacie en ligne : "
          "forfait de 8 900 € HT puis abonnement mensuel. Je vous envoie la proposition ?"),
  ("inv", "Bonjour Alex, je serais ravi de vous compter dans mon réseau."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Beatriz Salcedo", "Key Account Manager | Distribuidora Farmacéutica del Mediterráneo", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que hablamos en Infarma, te paso nuestras condiciones para pedidos transfer: 8 % de descuento "
          "a partir de 3.000 € y portes gratis a las doce farmacias. ¿Quedamos para cerrarlo?"))
P("user_invited_pitch_once", "it", "Luca Fabbri", "Progettista | Fabbri Arredamenti per Farmacie", "Rimini",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Come ti dicevo in fiera, ridisegniamo farmacie chiavi in mano: banco, scaffali, illuminazione. "
          "Se mi mandi la planimetria di un negozio ti preparo un rendering e un preventivo."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Megan Hale", "Founder | Apothecary Social – marketing for pharmacies", "Brighton",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Since you asked at the expo how we'd grow Salvia's Instagram: our Pharmacy Growth package is £1,500/month, "
          "content, ads and influencer posts included. Want me to send the deck?"),
  ("msg", "Hey Alex, circling back. We've got a launch offer this month, 20% off the first quarter. Shall I book us a call?"))
P("user_invited_pitch_twice", "fr", "Romain Vasseur", "Directeur de l'expansion | Enseigne Pharmazur", "Marseille",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Comme évoqué au salon, Pharmazur reprend des réseaux d'officines indépendants : vous gardez la gestion, "
          "on apporte l'enseigne et la centrale. Je peux vous faire une proposition chiffrée pour vos 12 magasins ?"),
  ("msg", "Bonjour Alex, je reviens vers vous avec notre proposition de rachat partiel (51 %) ou d'adhésion à l'enseigne. Un créneau la semaine prochaine ?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Ute Kessler", "Professorin für Klinische Pharmazie | Universität Bonn", "Bonn",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie in Barcelona besprochen: Wir schicken ab Herbst gern zwei PhiP nach Spanien, die Betreuung läuft über "
          "uns, Ihnen entstehen keine Kosten. Dazu die Links zu unseren freien Lernmodulen zur Medikationsanalyse, gern für Ihre Teams."))
P("user_invited_value", "es", "Andrés Lozano", "Farmacéutico comunitario | Investigador en SEFAC", "Granada",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Como te comenté, buscamos farmacias para el estudio de cribado de hipertensión: formación gratuita para tu "
          "equipo, tensiómetros validados prestados y el protocolo completo. Te adjunto la hoja informativa por si quieres que participen tus farmacias."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Martine Joubert", "Pharmacienne | Conseil de l'Ordre, section A", "Toulouse", ("acc",))
P("acceptance_only", "it", "Elena Marchi", "Farmacista | Federfarma Bologna", "Bologna", ("acc",))
P("lone_endorsement", "es", "Noelia Castro", "Técnica en farmacia | Salvia Sitges", "Sitges", ("end",))
P("lone_endorsement", "de", "Jana Wolff", "PTA | Ehemalige Praktikantin bei Salvia", "Leipzig", ("end",))

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Col·legi de Farmacèutics", "formacio@cofb.example.cat", "Inscripciones abiertas: deprescripción en mayores polimedicados",
     "Estimado/a colegiado/a,\n\nya puedes inscribirte en la sesión del jueves 14 (0,8 créditos). Sigue también nuestras novedades en LinkedIn.\n\nVocalía de Formación", "es"),
    ("Marta Soler", "marta@farmaciasoler.example.es", "Plantilla neveras",
     "Alex,\n\nte la he mandado por LinkedIn pero por si acaso te la adjunto aquí también. Y ojo, que Tom te escribirá.\n\nUn abrazo,\nMarta", "es"),
    ("Encargada Salvia Sitges", "sitges@salvia.example.es", "Comercial de robots",
     "Hola Alex,\n\nha venido otra vez el de los robots de dispensación. Dice que te ha escrito por LinkedIn tres veces. Le he dicho que tú decides.\n\nNúria", "es"),
    ("Ufficio Erasmus Farmacia", "erasmus.farmacia@unipv.example.it", "Learning agreement – Martina Galli",
     "Gentile titolare,\n\nla studentessa Martina Galli ci informa di averla contattata via LinkedIn per il tirocinio Erasmus+. In allegato il modulo da firmare.", "it"),
    ("Apodesk Ladenbau", "vertrieb@apodesk.example.de", "Ihr Apothekenumbau – Referenzen",
     "Sehr geehrte/r Alex Morgan,\n\nwie per LinkedIn angekündigt, anbei unsere Referenzmappe. Gern planen wir einen Termin in Barcelona.\n\nHenrik Lorenzen", "de"),
    ("Réseau Pharmavie+", "newsletter@pharmavie.example.fr", "La lettre des titulaires – novembre",
     "Bonjour,\n\nce mois-ci : négociations annuelles, nouvelles marques exclusives. Rejoignez la conversation sur notre page LinkedIn.", "fr"),
    ("Gestoría Puig", "info@gestoriapuig.example.es", "Re: valoración de la cadena",
     "Alex,\n\nsobre el fondo italiano que te escribió por LinkedIn: antes de dar ningún dato, que firmen un NDA. Hablamos el lunes.\n\nJosep", "es"),
    ("Cosmofarma Exhibition", "visitors@cosmofarma.example.it", "Your visitor badge",
     "Dear visitor,\n\nyour badge for Cosmofarma is attached. Share your visit on LinkedIn with #Cosmofarma.", "en"),
    ("Fiona McCrae", "fiona@mccraepharmacy.example.co.uk", "Locum rota model (as promised on LinkedIn)",
     "Hi Alex,\n\nI sent you a LinkedIn request a while back, but here's the rota spreadsheet anyway. Shout if anything's unclear.\n\nFiona", "en"),
    ("XING", "mailrobot@xing.example.com", "Neue Kontaktanfrage von Jens Haberland",
     "Hallo Alex,\n\nJens Haberland möchte sich mit Ihnen auf XING vernetzen. Tipp: Verknüpfen Sie Ihr Profil auch mit LinkedIn.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot forty-first development corpus (dev41). Generated by scripts/make_corpus_dev41.py (seed {SEED}); do not edit by hand.",
          "# Alex as the owner of a chain of 12 pharmacies and health stores: wholesalers and brand reps, shop-fitting and POS vendors, peer pharmacists, "
          "associations and CPD evenings, students asking for placements, franchise networks and buyers, marketing agencies. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev41", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER)
